"""Parsing `--figure measure=value[:qualifier][@party]` as an analyst types it."""

from __future__ import annotations

import re

from pydantic import ValidationError

from domain.errors import InvalidInput
from domain.values import Figure

_FIGURE = re.compile(
    r"(?P<measure>[a-z_]+)=(?P<value>\d[\d,]*)(?::(?P<qualifier>[a-z_]+))?(?:@(?P<party>.+))?"
)


def parse_figure(text: str) -> Figure:
    """`killed=16:at_least@PMF fighters` -> Figure(killed, 16, at_least, "PMF fighters")."""
    match = _FIGURE.fullmatch(text.strip())
    if match is None:
        raise InvalidInput(
            f"figure {text!r}: write measure=value[:qualifier][@party], e.g. killed=16:at_least@PMF"
        )
    try:
        return Figure(
            measure=match["measure"], value=int(match["value"].replace(",", "")),
            qualifier=match["qualifier"] or "exact", party=match["party"],  # type: ignore[arg-type]
        )
    except ValidationError as error:
        first = error.errors()[0]
        field = ".".join(str(p) for p in first["loc"])
        raise InvalidInput(f"figure {text!r}: {field}: {first['msg']}") from None
