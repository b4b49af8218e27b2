from extraction.figures import find_figures


def figures(text: str) -> list[tuple[str, int, str]]:
    return [
        (h.figure.measure, h.figure.value or 0, h.figure.qualifier) for h in find_figures(text, 0, len(text))
    ]


def test_casualty_verb_before_the_amount() -> None:
    assert figures("striking targets and killing at least 16 fighters and injuring another 36") == [
        ("killed", 16, "at_least"),
        ("injured", 36, "exact"),
    ]


def test_predicate_after_the_noun_phrase() -> None:
    assert figures("Two civilians were killed and three wounded in the town.") == [
        ("killed", 2, "exact"),
        ("injured", 3, "exact"),
    ]


def test_coordinated_subjects_share_the_predicate() -> None:
    assert figures("The group said 47 soldiers and 84 mercenaries died in the clashes.") == [
        ("killed", 47, "exact"),
        ("killed", 84, "exact"),
    ]


def test_elided_figure_inherits_measure_and_qualifier() -> None:
    assert figures("Around 2,500 American troops in Iraq and 900 in Syria are deployed.") == [
        ("troops", 2500, "about"),
        ("troops", 900, "about"),
    ]


def test_noun_measures() -> None:
    assert figures("jets struck more than 60 targets at 16 locations") == [
        ("targets", 60, "more_than"),
        ("locations", 16, "exact"),
    ]


def test_tally_nouns() -> None:
    assert figures("The death toll rose to 104.") == [("killed", 104, "exact")]


def test_durations_and_definite_references_are_not_figures() -> None:
    assert figures("a 13-hour siege; the three soldiers; for 180 days; no one was hurt") == []


def test_party_is_the_noun_phrase_without_parentheses() -> None:
    (hit,) = find_figures("killing 16 Popular Mobilization Forces (PMF) fighters.", 0, 55)
    assert hit.figure.party == "Popular Mobilization Forces fighters"
