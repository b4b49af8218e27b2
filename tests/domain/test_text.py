from hypothesis import given
from hypothesis import strategies as st

from domain.text import content_hash, drop_repeated_paragraphs, headline, normalise

LEAD = "Town shelled overnight, officials say"
PARAS = [
    "Artillery fire hit the eastern districts of the town late on Tuesday, the governor said.",
    "At least four people were killed and a dozen wounded, according to the regional health office.",
    "The army denied targeting residential areas and said it had struck an ammunition depot.",
]


def test_a_body_pasted_twice_is_kept_once() -> None:
    doubled = "\n".join([LEAD, *PARAS, *PARAS])
    result = drop_repeated_paragraphs(doubled)
    assert result.text == "\n".join([LEAD, *PARAS])
    assert result.removed_paragraphs == len(PARAS)


def test_a_repeated_run_is_dropped_even_when_the_lead_is_not_repeated() -> None:
    doubled = "\n".join([LEAD, *PARAS, *PARAS[1:]])
    assert drop_repeated_paragraphs(doubled).text == "\n".join([LEAD, *PARAS])


def test_a_short_refrain_is_not_mistaken_for_a_repeat() -> None:
    text = "\n".join([LEAD, PARAS[0], "(More to follow)", PARAS[2], "(More to follow)"])
    assert drop_repeated_paragraphs(text).text == text


def test_copies_that_differ_only_in_layout_have_one_hash() -> None:
    a = "Headline\r\n\r\n\r\nBody  text here.  \r\n"
    b = "Headline\n\nBody text here."
    assert content_hash(a) == content_hash(b)
    assert content_hash(a) != content_hash(b + " More.")


def test_headline_is_the_first_non_empty_line() -> None:
    assert headline("\n\n  Title here \nbody") == "Title here"


@given(st.text())
def test_normalising_is_idempotent(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once


@given(st.lists(st.text(min_size=1), max_size=8))
def test_deduplicating_never_invents_text(paragraphs: list[str]) -> None:
    text = "\n".join(paragraphs)
    cleaned = drop_repeated_paragraphs(text).text
    kept = set(cleaned.split("\n"))
    assert kept <= set(normalise(text).split("\n"))
