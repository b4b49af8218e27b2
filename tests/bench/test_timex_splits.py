"""Dateline's own timex sets: well-formed gold, a fixed held-out part, and a verbose listing that
never shows a held-out sentence, so no rule is written from one."""

from __future__ import annotations

import re

import pytest

from bench.temporal import devset

#: TIMEX3 values as TempEval-3 writes them: dates, weeks, quarters, halves, seasons, parts of a
#: day, clock times, decades and centuries (also train's `199X`), vague references, durations
#: (also the first blind set's `PXH`) and sets.
_VALUE = re.compile(
    r"\d{4}(?:-\d\d(?:-\d\d(?:T(?:\d\d:\d\d|MO|AF|EV|NI))?)?|-W\d\d(?:-WE|-\d)?|-Q[1-4]|-H[12]"
    r"|-(?:SP|SU|FA|WI))?"
    r"|\d{2,3}X?|PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|P(?:\d+|X)[YMWDQH]|P\d+Y\d+M|PT(?:(?:\d+(?:\.\d+)?|X)[HMS])+"
    r"|XXXX-(?:WXX-(?:\d|WE)(?:T(?:MO|AF|EV|NI))?|\d\d|SP|SU|FA|WI|XX-XXT(?:MO|AF|EV|NI))"
)


@pytest.mark.parametrize("split", sorted(devset.SPLITS))
def test_every_gold_span_is_its_text_with_a_timex3_value(split: str) -> None:
    path, _, _ = devset.SPLITS[split]
    for sentence in devset.read_devset(path):
        for gold in sentence.timexes:
            assert sentence.text[gold.start : gold.end] == gold.text, (sentence.name, gold)
            assert gold.type in ("DATE", "TIME", "DURATION", "SET"), (sentence.name, gold)
            assert _VALUE.fullmatch(gold.value), (sentence.name, gold)


def test_the_second_blind_set_holds_out_half_with_its_own_seed() -> None:
    path, seed, share = devset.SPLITS["blind2"]
    sentences = devset.read_devset(path)
    held = devset.held_out_ids(sentences, seed, share)
    assert len(held) == len(sentences) // 2
    assert held == devset.held_out_ids(sentences, seed, share)
    assert seed not in (devset.SEED, devset.BLIND_SEED)


def test_verbose_lists_only_the_development_half(capsys: pytest.CaptureFixture[str]) -> None:
    path, seed, share = devset.SPLITS["blind2"]
    held = devset.held_out_ids(devset.read_devset(path), seed, share)
    devset.main(verbose=True, which="blind2")
    listed = set(re.findall(r"^(c\d{3}) \[", capsys.readouterr().out, flags=re.MULTILINE))
    assert listed, "the development half has misses to list"
    assert not listed & held
