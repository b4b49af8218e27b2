"""TempEval-3 Task A scores, from the task paper's definitions (UzZaman et al. 2013).

Strict: spans identical. Relaxed: spans overlap. Attribute (type, value) F1 is relaxed F1
times the attribute's accuracy over the relaxed matches.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bench.temporal.tml import GoldTimex


@dataclass(frozen=True)
class System:
    start: int
    end: int
    type: str
    value: str


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict_system: int = 0
    strict_gold: int = 0
    relaxed_system: int = 0
    relaxed_gold: int = 0
    type_ok: int = 0
    value_ok: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        for name in (
            "gold",
            "system",
            "strict_system",
            "strict_gold",
            "relaxed_system",
            "relaxed_gold",
            "type_ok",
            "value_ok",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses.extend(other.misses)


def _overlap(a: GoldTimex, b: System) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def score(gold: list[GoldTimex], system: list[System]) -> Counts:
    counts = Counts(gold=len(gold), system=len(system))
    counts.strict_system = sum(any(g.start == s.start and g.end == s.end for g in gold) for s in system)
    counts.relaxed_system = sum(any(_overlap(g, s) for g in gold) for s in system)
    for g in gold:
        best = max(system, key=lambda s: _overlap(g, s), default=None)
        if best is None or _overlap(g, best) == 0:
            counts.misses.append(f"MISSED {g.text!r} {g.type} {g.value}")
            continue
        counts.relaxed_gold += 1
        counts.strict_gold += best.start == g.start and best.end == g.end
        counts.type_ok += best.type == g.type
        counts.value_ok += best.value == g.value
        if best.value != g.value or best.type != g.type:
            counts.misses.append(f"VALUE  {g.text!r} gold={g.type}:{g.value} ours={best.type}:{best.value}")
    return counts


def f1(precision: float, recall: float) -> float:
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def figures(c: Counts) -> dict[str, float]:
    """Percentages: strict/relaxed P, R, F1; value F1; type F1."""

    def ratio(a: int, b: int) -> float:
        return a / b if b else 0.0

    strict_p, strict_r = ratio(c.strict_system, c.system), ratio(c.strict_gold, c.gold)
    relaxed_p, relaxed_r = ratio(c.relaxed_system, c.system), ratio(c.relaxed_gold, c.gold)
    relaxed_f1 = f1(relaxed_p, relaxed_r)
    return {
        "strict_p": 100 * strict_p,
        "strict_r": 100 * strict_r,
        "strict_f1": 100 * f1(strict_p, strict_r),
        "relaxed_p": 100 * relaxed_p,
        "relaxed_r": 100 * relaxed_r,
        "relaxed_f1": 100 * relaxed_f1,
        "value_f1": 100 * relaxed_f1 * ratio(c.value_ok, c.relaxed_gold),
        "type_f1": 100 * relaxed_f1 * ratio(c.type_ok, c.relaxed_gold),
    }
