"""TempEval-3 Task A for Dateline: `python -m bench.temporal [--split SPLIT]`.

SPLIT is platinum, train, or one of Dateline's own sets: devset, blind, blind2, blind3, blind4,
blind5.

Prints per-document and overall scores, gold-span DATE normalisation, timing against
dateparser, and ends with one machine-readable line.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from bench.temporal import devset
from bench.temporal.runner import gold_span_dates, tag_document
from bench.temporal.scoring import Counts, figures, score
from bench.temporal.timing import compare
from bench.temporal.tml import Document, read_split

REPO = Path(__file__).resolve().parents[2]


def shared_folder() -> Path:
    return Path(os.environ.get("DATELINE_SHARED", REPO.parent / "shared")).resolve()


def _row(name: str, c: Counts) -> str:
    f = figures(c)
    return (
        f"{name:42} gold={c.gold:4} sys={c.system:4} strict={f['strict_f1']:6.2f} "
        f"relaxed={f['relaxed_f1']:6.2f} value={f['value_f1']:6.2f} type={f['type_f1']:6.2f}"
    )


def evaluate(docs: list[Document], verbose: bool) -> tuple[Counts, int, int]:
    total = Counts()
    dates_ok = dates = 0
    for doc in docs:
        counts = score(list(doc.timexes), tag_document(doc))
        total.add(counts)
        print(_row(doc.name, counts))
        for text, gold, ours in gold_span_dates(doc):
            dates += 1
            dates_ok += gold == ours
            if verbose and gold != ours:
                print(f"    GOLD-SPAN {text!r} gold={gold} ours={ours}")
        if verbose:
            for miss in counts.misses:
                print("    " + miss)
    return total, dates_ok, dates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", choices=("platinum", "train", *devset.SPLITS), default="platinum")
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    parser.add_argument("--repeats", type=int, default=5, help="timing repetitions")
    parser.add_argument("--part", help="only this sub-corpus of the split (train: TimeBank or AQUAINT)")
    parser.add_argument("--no-timing", action="store_true", help="skip the comparison with dateparser")
    args = parser.parse_args()
    if args.split in devset.SPLITS:  # Dateline's own sentences: see bench/temporal/devset.py
        devset.main(args.verbose, args.split)
        return
    folder = shared_folder() / "benchmarks" / "tempeval3" / args.split
    docs = read_split(folder / args.part if args.part else folder)
    total, dates_ok, dates = evaluate(docs, args.verbose)
    f = figures(total)
    print(_row("OVERALL", total))
    print(
        f"strict P/R/F1 {f['strict_p']:.2f}/{f['strict_r']:.2f}/{f['strict_f1']:.2f}  "
        f"relaxed P/R/F1 {f['relaxed_p']:.2f}/{f['relaxed_r']:.2f}/{f['relaxed_f1']:.2f}"
    )
    print(f"gold-span DATE normalisation: {dates_ok}/{dates}")
    if args.no_timing:
        print(
            f"tempeval3-{args.split}{'/' + args.part if args.part else ''} strict_f1={f['strict_f1']:.2f} "
            f"relaxed_f1={f['relaxed_f1']:.2f} value_f1={f['value_f1']:.2f} type_f1={f['type_f1']:.2f} "
            f"gold_span_dates={dates_ok}/{dates}"
        )
        return
    timing = compare(docs if args.split == "platinum" else docs[:20], args.repeats)
    print(
        f"time: dateline {timing['dateline_s']:.3f}s ({timing['dateline_eps']:.0f} expr/s), "
        f"dateparser {timing['dateparser_s']:.3f}s ({timing['dateparser_eps']:.0f} expr/s), "
        f"dateline is {timing['ratio']:.1f}x faster"
    )
    print("targets: value_f1>=85.0 gold_span_dates>=92/96 faster than dateparser")
    print(
        f"tempeval3-{args.split} strict_f1={f['strict_f1']:.2f} relaxed_f1={f['relaxed_f1']:.2f} "
        f"value_f1={f['value_f1']:.2f} type_f1={f['type_f1']:.2f} "
        f"gold_span_dates={dates_ok}/{dates} speed_vs_dateparser={timing['ratio']:.1f}x"
    )


if __name__ == "__main__":
    main()
