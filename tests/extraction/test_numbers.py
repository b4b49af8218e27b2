from extraction.numbers import find_amounts, parse_amount


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
