"""Rules of resolver 1.7, counted on the misses of TempEval-3 train (real newswire): a second
comparison with the same point, quarters named by their year, a future auxiliary before a
bound, comparison points after an outlook, parts of the day on the day just mentioned, "that
same day" after a month, a unit left out ("this year as last"), a second day of a month ("July
11 and 12"), quarters described in passing ("a flat second quarter"), "mid-afternoon
yesterday", and "this quarter's" results in the weeks after a quarter closed.

The sentences are made up; anchors are given per test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from domain.temporal import RESOLVER_VERSION, resolve
from tests.temporal.tagged import values

#: A Thursday in late October, early in the season of third-quarter results.
RESULTS_DAY = dt.date(2024, 10, 24)


def test_version() -> None:
    assert RESOLVER_VERSION.startswith("dateline-temporal/1.")


def test_a_second_comparison_a_year_back_is_the_same_point() -> None:
    text = (
        "The Oslo shipper said net income fell to $12 million from $19 million a year ago. "
        "Revenue was $310 million, compared with $288 million a year earlier."
    )
    assert values(text, RESULTS_DAY) == [
        ("a year ago", "DATE", "2023"),
        ("a year earlier", "DATE", "2023"),
    ]


def test_a_year_earlier_in_a_narrative_still_counts_back() -> None:
    text = "The Lagos refinery was sold a year ago. A year earlier it had been shut for repairs."
    assert values(text, RESULTS_DAY) == [
        ("a year ago", "DATE", "2023"),
        ("A year earlier", "DATE", "2022"),
    ]


def test_a_quarter_named_by_its_year_after_another_date_is_the_quarter_reported() -> None:
    # "last year" came between the third quarter and "the 2023 quarter": the quarter compared is
    # still the one being reported, the last closed one.
    text = (
        "The Porto brewer's third-quarter profit fell, as it had last year. "
        "It earned $4 million on sales of $90 million in the 2023 quarter."
    )
    assert values(text, RESULTS_DAY)[-1] == ("the 2023 quarter", "DATE", "2023-Q3")


def test_a_period_named_by_its_year_is_a_quarter_only_in_results() -> None:
    results = "Last year was hard. The Quito bank earned $2 million in the 2023 period."
    plain = "Last year was hard. Rainfall in Quito was below normal in the 2023 period."
    assert values(results, RESULTS_DAY)[-1] == ("the 2023 period", "DATE", "2023-Q3")
    assert values(plain, RESULTS_DAY)[-1] == ("the 2023 period", "DATE", "2023")
    months = (
        "Last year was hard. For the nine months, the Quito bank earned $9 million, up from "
        "$7 million in the 2023 period."
    )
    assert values(months, RESULTS_DAY)[-1] == ("the 2023 period", "DATE", "2023")


#: A Tuesday in mid-February.
FEBRUARY_DAY = dt.date(2024, 2, 13)


def test_a_future_auxiliary_heading_the_clause_outranks_a_participle_after_a_bound() -> None:
    # "untouched" after the date would otherwise make the bound "by August" look back.
    text = (
        "The Perth airline will almost double its flights between Perth and Chennai by "
        "August in the search for new markets untouched by the slump."
    )
    assert values(text, FEBRUARY_DAY) == [("August", "DATE", "2024-08")]


def test_a_bound_after_a_past_verb_still_looks_back() -> None:
    text = "The Perth airline had doubled its flights to Chennai by August, officials said."
    assert values(text, FEBRUARY_DAY) == [("August", "DATE", "2023-08")]


def test_a_year_ago_result_after_an_outlook_is_the_reported_quarter_a_year_back() -> None:
    text = (
        "The Turin steelmaker's third-quarter profit fell by half. It expects demand to recover "
        "in the second quarter of 2025. In the year-ago period, it earned $80 million."
    )
    assert values(text, RESULTS_DAY)[-1] == ("the year-ago period", "DATE", "2023-Q3")


def test_a_year_ago_outlook_after_an_outlook_keeps_the_quarter_ahead() -> None:
    text = (
        "The Turin steelmaker expects demand to recover in the second quarter of 2025, when "
        "sales will top those of the year-ago quarter."
    )
    assert values(text, RESULTS_DAY)[-1] == ("the year-ago quarter", "DATE", "2024-Q2")


def test_a_bare_part_of_the_day_falls_on_the_day_just_mentioned() -> None:
    # Monday's report of Friday's session: "the morning" is Friday's, as "at 10 a.m." would be.
    text = "Shares in Madrid fell on Friday. Dealers sold heavily in the morning."
    assert values(text, dt.date(2024, 10, 28)) == [
        ("Friday", "DATE", "2024-10-25"),
        ("the morning", "TIME", "2024-10-25TMO"),
    ]


def test_a_bare_part_of_the_day_with_no_day_mentioned_is_the_report_day() -> None:
    text = "Dealers in Madrid sold heavily in the morning."
    assert values(text, dt.date(2024, 10, 28)) == [("the morning", "TIME", "2024-10-28TMO")]


def test_that_same_day_is_found_and_keeps_an_unknown_day_of_a_month() -> None:
    text = "A court in Accra convicted the smugglers last October. Their assets were frozen that same day."
    assert values(text, dt.date(2024, 3, 5)) == [
        ("last October", "DATE", "2023-10"),
        ("that same day", "DATE", "2023-10-XX"),
    ]


def test_that_day_after_a_year_keeps_an_unknown_month_and_day() -> None:
    text = "The dam in Kariba was finished in 1959. Engineers toasted it that day."
    assert values(text, dt.date(2024, 3, 5))[-1] == ("that day", "DATE", "1959-XX-XX")


def test_that_same_evening_is_found() -> None:
    text = "The ferry sank off Bali on Tuesday. Divers found the hull that same evening."
    assert values(text, dt.date(2024, 3, 8))[-1] == ("that same evening", "TIME", "2024-03-05TEV")


def test_a_unit_left_out_after_this_year_is_the_year_named() -> None:
    assert values("The Lyon insurer paid twice the dividend this year as last.", RESULTS_DAY) == [
        ("this year", "DATE", "2024"),
        ("last", "DATE", "2023"),
    ]
    assert values("The bank cut its growth forecast for this year and next.", RESULTS_DAY) == [
        ("this year", "DATE", "2024"),
        ("next", "DATE", "2025"),
    ]


def test_last_and_next_with_a_noun_after_them_are_no_unit_left_out() -> None:
    assert values("Sales fell this year and next season looks weak.", RESULTS_DAY) == [
        ("this year", "DATE", "2024"),
        ("next season", "DATE", "2025"),
    ]


def test_a_second_day_after_a_date_takes_its_month() -> None:
    text = "A summit of the alliance will be held in Vilnius on July 11 and 12."
    assert values(text, dt.date(2024, 3, 6)) == [
        ("July 11", "DATE", "2024-07-11"),
        ("12", "DATE", "2024-07-12"),
    ]


def test_a_number_after_a_date_and_a_count_is_no_day() -> None:
    text = "Prices rose on March 3 and 4 percent more on Friday."
    assert [found for found in values(text, dt.date(2024, 3, 6)) if found[0] == "4"] == []


@pytest.mark.parametrize(
    ("expression", "timex"),
    [
        ("a flat second quarter", "2024-Q2"),
        ("a record third quarter", "2024-Q3"),
        ("a weak first half", "2024-H1"),
    ],
)
def test_a_quarter_with_an_article_and_an_adjective_is_that_quarter(expression: str, timex: str) -> None:
    context = f"After {expression}, the Oslo shipper's profit rose."
    assert resolve(expression, RESULTS_DAY, context=context).timex == timex


def test_a_described_quarter_is_tagged_whole_and_later_comparisons_keep_the_reported_one() -> None:
    text = (
        "The Oslo shipper's third-quarter profit rose 20%. After a flat second quarter, it "
        "blamed fuel costs. Charges in the year-earlier period were larger."
    )
    assert values(text, RESULTS_DAY) == [
        ("third-quarter", "DATE", "2024-Q3"),
        ("a flat second quarter", "DATE", "2024-Q2"),
        ("the year-earlier period", "DATE", "2023-Q3"),
    ]


def test_mid_afternoon_with_its_day_is_one_expression() -> None:
    text = "In Frankfurt at mid-afternoon yesterday, the shares were up 2%."
    assert values(text, dt.date(2024, 10, 24)) == [("mid-afternoon yesterday", "TIME", "2024-10-23TAF")]


def test_this_quarters_results_early_in_a_quarter_are_the_quarter_reported() -> None:
    text = (
        "The Lyon publisher reported a loss for the third quarter ended Sept. 30. This quarter's "
        "loss includes charges of $5 million."
    )
    assert values(text, dt.date(2024, 11, 1))[-1] == ("This quarter", "DATE", "2024-Q3")


def test_this_quarter_ahead_or_outside_results_is_the_current_quarter() -> None:
    assert values("Sales this quarter will rise, the Lyon publisher said.", dt.date(2024, 11, 1)) == [
        ("this quarter", "DATE", "2024-Q4")
    ]
    assert values("This quarter's loss includes charges.", dt.date(2024, 12, 20)) == [
        ("This quarter", "DATE", "2024-Q4")
    ]


def test_a_day_left_unknown_stays_unknown_for_the_next_anaphor() -> None:
    text = "The strike began last October. Talks failed that same day. Police moved in later that day."
    assert values(text, dt.date(2024, 3, 5))[1:] == [
        ("that same day", "DATE", "2023-10-XX"),
        ("later that day", "DATE", "2023-10-XX"),
    ]
