import datetime

from extraction.dating import govern
from extraction.timex import resolve_text

ANCHOR = datetime.date(2024, 2, 8)


def expression(text: str, cue: str, *, event: bool = False) -> str | None:
    dated = resolve_text(text, ANCHOR, timezone="Asia/Baghdad")
    return govern(text, (0, len(text)), text.index(cue), dated, event=event).expression


def test_a_date_in_another_clause_does_not_govern() -> None:
    text = "The leader on Thursday called for withdrawal after a drone strike killed a commander."
    assert expression(text, "called") == "Thursday"
    assert expression(text, "strike") is None


def test_an_event_takes_the_date_of_its_relative_clause() -> None:
    text = "Fifty fighters died in the clashes, which began on Wednesday."
    assert expression(text, "clashes", event=True) == "Wednesday"
    assert expression(text, "died") is None


def test_placed_dates_beat_vague_ones() -> None:
    text = "The recent drone attack in Jordan late last month killed three soldiers."
    assert expression(text, "attack") == "late last month"


def test_no_date_means_undated_not_the_publication_date() -> None:
    dated = resolve_text("Troops are deployed.", ANCHOR)
    when = govern("Troops are deployed.", (0, 20), 0, dated)
    assert when.start is None and when.reason


def test_an_opener_inside_a_date_expression_cuts_no_clause() -> None:
    text = "Troops crossed the river on Monday. The following day, shells hit the town, killing two."
    assert expression(text, "killing") == "The following day"
    # "following" still opens a clause where it is not part of a date.
    after = "Militants killed two guards on Tuesday following a raid on Sunday."
    assert expression(after, "killed") == "Tuesday" and expression(after, "raid") == "Sunday"
