"""Whether work grows linearly with its input, without asserting any time.

A test that bounds seconds fails on a slow or busy machine and passes a quadratic step on a
fast one. The ratio of the CPU time on an input four times larger to the CPU time on the
smaller one cancels the machine's speed out: linear work gives about 4, quadratic work 16,
so `LINEAR` leaves room for noise and for the fixed costs of the smaller run.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

#: Growth tolerated when the input grows four times.
LINEAR = 8.0
#: The smaller run is counted as taking at least this long, so that a run too short for the
#: clock's resolution cannot make a large ratio out of noise.
FLOOR = 0.005


def cpu_seconds(call: Callable[[], object], runs: int = 2) -> float:
    """The least CPU time of `runs` calls (this process's, not the wall clock's)."""
    best = float("inf")
    for _ in range(runs):
        began = time.process_time()
        call()
        best = min(best, time.process_time() - began)
    return best


def growth(run: Callable[[T], object], small: T, large: T) -> float:
    """CPU time of `run(large)` over that of `run(small)`."""
    return cpu_seconds(lambda: run(large)) / max(cpu_seconds(lambda: run(small)), FLOOR)
