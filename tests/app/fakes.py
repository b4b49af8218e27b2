"""A stand-in extractor for service tests: one statement claim per line of the body.

The real extractor is tested on its own; these tests are about storage guarantees.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from domain.values import ClaimContent, CodedBy, Span


def line_extractor(text: str, *, publisher: str, **_: Any) -> list[ClaimContent]:
    claims, offset = [], 0
    for n, line in enumerate(text.split("\n")):
        if n > 0 and line.strip():
            claims.append(ClaimContent(
                kind="statement", speaker=publisher, quote=line,
                span=Span(start=offset, end=offset + len(line)),
                coded_by=CodedBy(kind="extractor", name="fake-lines", version="1"),
            ))
        offset += len(line) + 1
    return claims


def calling_back(first: Callable[[], None]) -> Callable[..., list[ClaimContent]]:
    """An extractor that runs `first` before extracting: lets a test interleave two writers."""
    def extractor(text: str, **kwargs: Any) -> list[ClaimContent]:
        first()
        return line_extractor(text, **kwargs)

    return extractor


def coded_lines(text: str, *, publisher: str, **_: Any) -> list[ClaimContent]:
    """Body lines written `KIND YYYY-MM-DD PLACE KILLED`: one dated claim each, so that tests
    can make claims that link into incidents without depending on the real extractor."""
    from domain.values import Figure
    from domain.when import When

    claims, offset = [], 0
    for n, line in enumerate(text.split("\n")):
        parts = line.split()
        if n > 0 and len(parts) == 4:
            kind, day, place, killed = parts
            end = f"{day[:8]}{int(day[8:]) + 1:02d}"
            claims.append(ClaimContent(
                kind=kind, speaker=publisher, quote=line, span=Span(start=offset, end=offset + len(line)),
                figures=(Figure(measure="killed", value=int(killed)),), location=place,
                when=When(expression=day, start=day, end=end, granularity="day"),
                coded_by=CodedBy(kind="extractor", name="fake-coded", version="1"),
            ))
        offset += len(line) + 1
    return claims
