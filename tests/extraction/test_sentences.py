from extraction.sentences import split


def texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split(text)]


def test_first_line_is_the_headline_and_the_dateline_is_left_out() -> None:
    text = "Big news today\nKYIV, March 3 (Wire) - Russia fired missiles. Two died."
    found = split(text)
    assert found[0].headline
    assert texts(text) == ["Big news today", "Russia fired missiles.", "Two died."]


def test_abbreviations_do_not_end_a_sentence() -> None:
    text = "H\nThe U.S. Central Command said on Feb. 7 it struck Gen. Ali. Then more."
    assert texts(text)[1:] == ["The U.S. Central Command said on Feb. 7 it struck Gen. Ali.", "Then more."]


def test_a_bare_attribution_joins_its_quotation() -> None:
    text = 'H\n"We will respond." He concluded.\nNext line.'
    assert texts(text)[1] == '"We will respond." He concluded.'


def test_editorial_lines_are_skipped() -> None:
    text = "H\nRebels attacked.\nCorrection: An earlier version said Tuesday."
    assert texts(text) == ["H", "Rebels attacked."]


def test_spans_index_the_text() -> None:
    text = "Headline\n  Body one. Body two.  \n"
    for sentence in split(text):
        assert text[sentence.start : sentence.end].strip() == text[sentence.start : sentence.end]


def test_plain_spans_keep_every_line_for_the_date_tagger() -> None:
    from extraction.sentences import spans

    text = "Headline Monday\nKYIV, March 3 (Wire) - Gen. Ali spoke on Feb. 7. Then more.\nCorrection: Monday."
    assert [text[s:e] for s, e in spans(text)] == [
        "Headline Monday",
        "KYIV, March 3 (Wire) - Gen. Ali spoke on Feb. 7.",
        "Then more.",
        "Correction: Monday.",
    ]
