from hypothesis import given, settings
from hypothesis import strategies as st

from extraction.numbers import NUMBER_RE, _amount, find_amounts, parse_amount


def amounts(text: str) -> list[tuple[int, str, str | None]]:
    return [(a.value, a.qualifier, a.vague) for a in find_amounts(text)]


def test_reads_digits_with_thousands_separators_and_scales() -> None:
    assert amounts("around 2,500 troops and 9 million people") == [
        (2500, "about", None),
        (9_000_000, "exact", None),
    ]


def test_reads_number_words() -> None:
    assert amounts("three soldiers, twenty-five others") == [(3, "exact", None), (25, "exact", None)]


def test_qualifiers_map_to_the_product_vocabulary() -> None:
    text = "at least 16, more than 85, over 80, up to 210, roughly 40, as many as 7"
    assert [q for _, q, _ in amounts(text)] == [
        "at_least", "more_than", "more_than", "up_to", "about", "up_to",
    ]  # fmt: skip


def test_vague_amounts_keep_the_word_and_a_conventional_floor() -> None:
    assert amounts("dozens of fighters and scores of civilians") == [
        (24, "vague", "dozens"),
        (40, "vague", "scores"),
    ]


def test_another_is_flagged_but_exact() -> None:
    (found,) = find_amounts("injuring another 36")
    assert found.another and found.qualifier == "exact" and found.value == 36


def test_parse_amount_rejects_non_numbers() -> None:
    assert parse_amount("many") is None
    assert parse_amount("1.5 million") == 1_500_000


_SALAD = st.sampled_from(
    [
        "at least", "no fewer than", "another", "a", "half", "dozen", "few", "tens of thousands", "2,500",
        "9", "twenty-five", "three", "hundred", "more than", "some", "up to", "killed", "AT LEAST", "A",
        "Dozens", "x_1", "٣", "over", " ", " ", ", ", "-", "\n", "“", ".",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_SALAD, max_size=25).map(" ".join), st.integers(0, 200), st.integers(0, 200))
def test_amounts_are_those_the_number_pattern_finds_anywhere(text: str, start: int, length: int) -> None:
    # Only the words that can open an amount, and the qualifiers before them, are tried.
    start = min(start, len(text))
    end = min(len(text), start + length)
    expected = [_amount(m) for m in NUMBER_RE.finditer(text, start, end)]
    assert find_amounts(text, start, end) == [amount for amount in expected if amount is not None]


def test_amounts_written_with_letters_the_pattern_folds_read_as_their_ascii_spelling() -> None:
    # Case-insensitive matching reads "ſ" as "s" and the Kelvin sign as "k": the amount is
    # matched, so it must be read, not stop the extraction with an error (0.5.0 raised KeyError).
    assert amounts("Dozenſ were hurt and ſome 30 fled") == [(24, "vague", "dozens"), (30, "about", None)]
    assert amounts("a thouſand homes and ſix schools") == [(1_000, "exact", None), (6, "exact", None)]
    assert parse_amount("twenty-ſix") == 26
