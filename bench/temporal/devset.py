"""Dateline's own development set: `python -m bench.temporal --split devset [--verbose]`.

`tests/data/timex_devset.jsonl` holds one made-up sentence of 2010s-2020s news copy a line, with
its creation date and gold TIMEX3 spans, types and values. TimeBank and AQUAINT are 1989-1998
financial and wire text, so a tagger tuned on them misses what newer copy writes often ("now",
ages, "overnight", clock times with zones, decades, sets); this set measures those.

A random third of the sentences (fixed seed, by sentence) is held out: it is only ever
printed in aggregate, so rules are written against the other two thirds and checked on it.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

from bench.temporal.runner import gold_span_dates, value_of
from bench.temporal.scoring import Counts, System, figures, score
from bench.temporal.tml import Document, GoldTimex
from extraction.timex import resolve_text

DEVSET = Path(__file__).resolve().parents[2] / "tests" / "data" / "timex_devset.jsonl"
#: The held-out third is drawn once with this seed; changing it would leak held-out sentences.
SEED = 20240613
#: The blind set: written by someone who had not seen the resolver, its rules or its output,
#: and scored once as it came. Half of it (this seed) is held out from the rules written after.
BLIND = DEVSET.with_name("timex_blind.jsonl")
BLIND_SEED = 20261123
#: The second blind set: wire copy (datelines, earnings, several expressions a sentence) written
#: before its author read the tagger or the resolver, scored once as it came; half held out.
BLIND2 = DEVSET.with_name("timex_blind2.jsonl")
BLIND2_SEED = 20261124
#: The third blind set: crisis, conflict, election, disaster and sport copy (parts of days,
#: day-month dates, ranges, holidays, seasons, halves, sets, clock times with zones), written
#: before its author read the tagger or the resolver, scored once as it came; half held out.
BLIND3 = DEVSET.with_name("timex_blind3.jsonl")
BLIND3_SEED = 20261127
#: The fourth blind set: courts, health, diplomacy, markets, strikes, transport, science, aid,
#: farming and climate copy as well as conflict and elections, written before its author read the
#: tagger or the resolver, scored once as it came; half held out.
BLIND4 = DEVSET.with_name("timex_blind4.jsonl")
BLIND4_SEED = 20261201
#: The fifth blind set: TimeML's conventions as train annotates them (PRESENT_REF and PAST_REF,
#: quarters and fiscal periods, comparisons a year back, durations against points, words left
#: untagged), half of it 1990s newswire; written before its author read the tagger or the
#: resolver, scored once as it came; half held out.
BLIND5 = DEVSET.with_name("timex_blind5.jsonl")
BLIND5_SEED = 20261202
#: Each split: its file, the seed of its held-out draw, and one sentence in `share` held out.
SPLITS: dict[str, tuple[Path, int, int]] = {
    "devset": (DEVSET, SEED, 3),
    "blind": (BLIND, BLIND_SEED, 2),
    "blind2": (BLIND2, BLIND2_SEED, 2),
    "blind3": (BLIND3, BLIND3_SEED, 2),
    "blind4": (BLIND4, BLIND4_SEED, 2),
    "blind5": (BLIND5, BLIND5_SEED, 2),
}


#: One sentence of the dev set, read as a TempEval document named by the sentence's id.
Sentence = Document


def read_devset(path: Path = DEVSET) -> list[Sentence]:
    sentences = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        gold = tuple(
            GoldTimex(t["start"], t["end"], t["text"], t["type"], t["value"]) for t in row["timexes"]
        )
        sentences.append(Sentence(row["id"], dt.date.fromisoformat(row["dct"]), row["text"], gold))
    return sentences


def held_out_ids(sentences: list[Sentence], seed: int = SEED, share: int = 3) -> frozenset[str]:
    """One sentence in `share`, drawn over the sorted ids. The draw changes if sentences are
    added, so a set is extended with a new file (and a new seed), never by appending."""
    ids = sorted(s.name for s in sentences)
    return frozenset(random.Random(seed).sample(ids, len(ids) // share))


def _system(sentence: Sentence) -> list[System]:
    return [
        System(m.start, m.end, m.type, value_of(w.timex))
        for m, w in resolve_text(sentence.text, sentence.dct)
    ]


def _spurious(sentence: Sentence, system: list[System]) -> list[str]:
    return [
        f"SPURIOUS {sentence.text[s.start : s.end]!r} {s.type} {s.value}"
        for s in system
        if not any(min(g.end, s.end) > max(g.start, s.start) for g in sentence.timexes)
    ]


def evaluate(sentences: list[Sentence], verbose: bool) -> Counts:
    total = Counts()
    for sentence in sentences:
        system = _system(sentence)
        counts = score(list(sentence.timexes), system)
        total.add(counts)
        if verbose:
            problems = counts.misses + _spurious(sentence, system)
            if problems:
                print(f"{sentence.name} [{sentence.dct}] {sentence.text}")
                for problem in problems:
                    print("    " + problem)
    return total


def _gold_span_dates(sentences: list[Sentence]) -> str:
    results = [gold == ours for s in sentences for _, gold, ours in gold_span_dates(s)]
    return f"gold_span_dates={sum(results)}/{len(results)}"


def _line(name: str, c: Counts) -> str:
    f = figures(c)
    value_accuracy = 100 * c.value_ok / c.relaxed_gold if c.relaxed_gold else 0.0
    type_accuracy = 100 * c.type_ok / c.relaxed_gold if c.relaxed_gold else 0.0
    return (
        f"{name} gold={c.gold} sys={c.system} relaxed_p={f['relaxed_p']:.2f} "
        f"relaxed_r={f['relaxed_r']:.2f} relaxed_f1={f['relaxed_f1']:.2f} strict_f1={f['strict_f1']:.2f} "
        f"value_acc={value_accuracy:.2f} type_acc={type_accuracy:.2f} value_f1={f['value_f1']:.2f} "
        f"type_f1={f['type_f1']:.2f}"
    )


def main(verbose: bool = False, which: str = "devset") -> None:
    """`devset`: two thirds to write rules against, a third held out. `blind` to `blind5`:
    half and half."""
    path, seed, share = SPLITS[which]
    sentences = read_devset(path)
    held = held_out_ids(sentences, seed, share)
    dev = [s for s in sentences if s.name not in held]
    held_out = [s for s in sentences if s.name in held]
    # Only the development part is ever listed miss by miss.
    for name, part, listed in (("dev", dev, verbose), ("heldout", held_out, False)):
        print(f"{_line(f'{which}-{name}', evaluate(part, listed))} {_gold_span_dates(part)}")


if __name__ == "__main__":
    main()
