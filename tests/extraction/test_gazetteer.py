import json
from pathlib import Path

from extraction.gazetteer import Gazetteer


def test_aliases_resolve_to_one_actor() -> None:
    gazetteer = Gazetteer.load()
    for written, canonical in [
        ("Abu Baqer al-Saadi", "Abu Baqir al-Saadi"),
        ("Hezbollah's Brigades", "Kataib Hezbollah"),
        ("Popular Mobilization Forces", "Popular Mobilization Forces"),
        ("PMF", "Popular Mobilization Forces"),
        ("Hashd", "Popular Mobilization Forces"),
        ("US Central Command", "CENTCOM"),
    ]:
        assert gazetteer.resolve(written).name == canonical


def test_transliteration_variants_match_by_rule() -> None:
    gazetteer = Gazetteer.load()
    assert gazetteer.resolve("Abu Bakir al-Saedi").rule == "fuzzy"
    assert gazetteer.resolve("Abu Bakir al-Saedi").name == "Abu Baqir al-Saadi"
    assert gazetteer.resolve("Saeedi").name == "Abu Baqir al-Saadi"


def test_unseen_names_are_kept_as_written() -> None:
    found = Gazetteer.load().resolve("Colonel  Jane Doe’s")
    assert (found.name, found.rule) == ("Colonel Jane Doe", "unseen")


def test_acronyms_do_not_match_ordinary_words() -> None:
    assert [m.actor.name for m in Gazetteer.load().find("give us the US position")] == ["United States"]


def test_user_file_extends_the_gazetteer(tmp_path: Path) -> None:
    extra = tmp_path / "mine.json"
    extra.write_text(json.dumps({"actors": [
        {"name": "Northern Front", "type": "armed_group", "aliases": ["NF", "Jabhat al-Shamal"]},
        {"name": "CENTCOM", "aliases": ["Central Cmd"]},
    ]}))  # fmt: skip
    gazetteer = Gazetteer.load(extra)
    assert gazetteer.resolve("Jabhat al-Shamal").name == "Northern Front"
    assert gazetteer.resolve("Central Cmd").name == "CENTCOM"
    assert gazetteer.resolve("US Central Command").name == "CENTCOM"


def test_a_bare_surname_needs_a_close_spelling_not_only_its_consonants() -> None:
    """"Sido" and "Saadi" share the consonant skeleton "sd"; an unrelated official called Sido
    must not become the gazetteer's Saadi, while spelling variants of a known surname still do."""
    gazetteer = Gazetteer.load()
    for written in ("Sido", "Sadeh", "Sued", "Soda"):
        assert gazetteer.resolve(written).rule == "unseen", written
    for written, canonical in [("Saeedi", "Abu Baqir al-Saadi"), ("Saadi", "Abu Baqir al-Saadi"),
                               ("Khazaly", "Qais al-Khazali")]:
        found = gazetteer.resolve(written)
        assert (found.name, found.rule) == (canonical, "surname"), written
