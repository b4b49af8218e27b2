"""The spec's intervals on expressions the resolver never saw: `python -m bench.resolve [--verbose]`.

`tests/data/resolve_blind1.jsonl` (international wire copy), `resolve_blind2.jsonl` (regional
outlets' English) and `resolve_blind3.jsonl` (ranges, bounds, date formats, clock times in other
zones, clock changes) were each written from `specs/temporal-resolution.md` alone, by someone who had
not seen the resolver: one request a line (`expression`, `anchor`, `timezone`, `context`, as
`dateline resolve --batch` reads it) with the interval, granularity and direction expected, or
`unresolved` / `contradiction`. `basis` says whether the spec's table fixes the answer (`spec`)
or the writer had to decide (`judgement`, with a note). Half of each set (by id, fixed seed) is
held out: printed only in aggregate, so rules are written against the other half and checked
on it. `--verbose` lists the development half's misses.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cli.resolve import resolve_request
from domain.when import When

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"
#: Each set with the seed its held-out half is drawn with; changing a seed would leak that half.
SETS = {
    "wire": (DATA / "resolve_blind1.jsonl", 20261203),
    "regional": (DATA / "resolve_blind2.jsonl", 20261204),
    "formats": (DATA / "resolve_blind3.jsonl", 20261205),
}
_COMPARED = ("start", "end", "granularity", "direction")


@dataclass(frozen=True)
class Item:
    id: str
    request: dict[str, Any]
    expect: dict[str, Any]
    basis: str
    note: str


def load(path: Path) -> list[Item]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            raw = json.loads(line)
            request = {k: raw.get(k) for k in ("expression", "anchor", "timezone", "context")}
            items.append(Item(raw["id"], request, raw["expect"], raw.get("basis", ""), raw.get("note", "")))
    return items


def held_out(items: list[Item], seed: int) -> set[str]:
    """The other half of the ids, drawn once: `random.Random(seed).sample` picks the development half."""
    ids = sorted(item.id for item in items)
    development = set(random.Random(seed).sample(ids, len(ids) // 2))
    return set(ids) - development


def answer(item: Item) -> When:
    r = item.request
    return resolve_request(r["expression"], r["anchor"], r["timezone"], r["context"] or "")


def right(expect: dict[str, Any], when: When) -> bool:
    """The expected fields, and only those: an unresolved answer must say it lacks an anchor."""
    reason = when.reason or ""
    if expect.get("unresolved"):
        return when.start is None and when.end is None and reason.startswith("no anchor")
    if expect.get("contradiction"):
        return reason.startswith("contradiction")
    return all(getattr(when, key) == expect[key] for key in _COMPARED if key in expect)


def score(name: str, path: Path, seed: int, verbose: bool) -> tuple[int, int]:
    items = load(path)
    held = held_out(items, seed)
    tally: Counter[tuple[str, str, bool]] = Counter()
    misses = []
    for item in items:
        when = answer(item)
        part = "held-out" if item.id in held else "development"
        good = right(item.expect, when)
        tally[(part, item.basis, good)] += 1
        if not good and part == "development":
            misses.append((item, when))
    for part in ("development", "held-out"):
        cells = []
        for basis in ("spec", "judgement"):
            ok, total = tally[(part, basis, True)], tally[(part, basis, True)] + tally[(part, basis, False)]
            cells.append(f"{basis} {ok}/{total}")
        ok = sum(n for (p, _, g), n in tally.items() if p == part and g)
        total = sum(n for (p, _, _), n in tally.items() if p == part)
        print(f"{name:9} {part:12} {', '.join(cells)}, all {ok}/{total}")
    if verbose:
        for item, when in misses:
            got = {key: getattr(when, key) for key in (*_COMPARED, "rule", "reason")}
            print(f"  MISS {item.id} [{item.basis}] {item.request['expression']!r} "
                  f"anchor={item.request['anchor']}\n    want {item.expect}\n    got  {got}")  # fmt: skip
    right_all = sum(n for (_, _, g), n in tally.items() if g)
    return right_all, sum(tally.values())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.resolve", description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list the development halves' misses")
    args = parser.parse_args(argv)
    totals = [score(name, path, seed, args.verbose) for name, (path, seed) in SETS.items()]
    right_all, total = sum(r for r, _ in totals), sum(t for _, t in totals)
    print(f"resolve-blind right={right_all}/{total}")


if __name__ == "__main__":
    main()
