from extraction.attribution import attribute
from extraction.gazetteer import Gazetteer
from extraction.kinds import mask_quotes
from extraction.speakers import Speakers


def subject(text: str) -> tuple[str, str] | None:
    found = attribute(text, 0, len(text), mask_quotes(text, 0, len(text), 1))
    return (found.subject, found.scope) if found else None


def test_said_after_a_quotation_with_an_appositive() -> None:
    text = '"We hold them responsible," Major General Ali Hasan, spokesperson for the army, said.'
    assert subject(text) == ("Major General Ali Hasan, spokesperson for the army", "sentence")


def test_according_to() -> None:
    assert subject("Ten died, according to a statement from the ministry.") == (
        "a statement from the ministry",
        "sentence",
    )


def test_act_verbs_attribute_only_the_act() -> None:
    assert subject("The rebel leader on Monday called for talks after a strike.") == (
        "The rebel leader on Monday",
        "act",
    )


def test_report_verb_wins_over_an_earlier_act_verb() -> None:
    text = "The group pledged to stop, its chief negotiator Ana Ruiz said."
    assert subject(text) == ("its chief negotiator Ana Ruiz", "sentence")


def test_no_attribution() -> None:
    assert subject("Shelling hit the town on Sunday.") is None


def test_speakers_resolve_titles_roles_and_pronouns() -> None:
    speakers = Speakers(Gazetteer.load())
    speakers.learn("Qais al-Khazali, secretary-general of Asaib Ahl al-Haq")
    assert (
        speakers.resolve("The leader of the Iran-backed Asaib Ahl al-Haq on Thursday").name
        == "Qais al-Khazali"
    )
    assert speakers.resolve("Interior Minister Ihor Klymenko").name == "Ihor Klymenko"
    assert speakers.resolve("he").name == "Ihor Klymenko"
    assert (
        speakers.resolve("Iraq’s Iran-backed Harakat al-Nujaba militia in a statement").name
        == "Harakat al-Nujaba"
    )
    assert speakers.resolve("a doctor at the facility").name == "doctor at the facility"
