from extraction.kinds import find_cues, mask_quotes


def kinds(text: str) -> set[str]:
    return {cue.kind for cue in find_cues(text, 0, len(text), mask_quotes(text, 0, len(text)))}


def test_event_and_speech_kinds() -> None:
    assert kinds("A drone strike killed three.") == {"strike"}
    assert kinds("Militants ambushed a convoy.") == {"attack"}
    assert kinds("He called for the immediate withdrawal of foreign troops.") == {"call_for_withdrawal"}
    assert kinds("Talks were suspended last month.") == {"talks_status"}
    assert kinds("The group vowed revenge.") == {"threat"}
    assert kinds("The group claimed responsibility for the attack.") == {"responsibility"}


def test_long_quotations_are_not_events() -> None:
    assert kinds('He said: "The continued American attacks on our lives must end now."') == set()


def test_generic_plural_needs_an_event_verb() -> None:
    assert kinds("Repeated airstrikes angered the government.") == set()
    assert kinds("The airstrikes were carried out at dawn.") == {"strike"}
