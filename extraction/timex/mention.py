"""A temporal expression found in text: its character span and TimeML type."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(frozen=True, order=True)
class Mention:
    start: int
    end: int
    text: str
    type: TimexType
