"""The read models' one concession to the size of the catalog they read: no cyclic garbage
collection while one is worked out."""

from __future__ import annotations

import gc
from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def without_collection(func: Callable[P, R]) -> Callable[P, R]:
    """Runs `func` with the cyclic garbage collector paused (as `application.readmodel.bulk`
    does for a load). A read makes tens of thousands of documents and copies that stay alive
    until it returns; each collection their number triggers scans the whole catalog again,
    which at 10,000 reports doubled the slowest as-of queries. Reference counting still frees
    what a read drops, and the collector's state is restored on return, so calls nest."""

    @wraps(func)
    def paused(*args: P.args, **kwargs: P.kwargs) -> R:
        enabled = gc.isenabled()
        gc.disable()
        try:
            return func(*args, **kwargs)
        finally:
            if enabled:
                gc.enable()

    return paused
