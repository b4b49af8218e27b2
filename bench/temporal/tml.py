"""Reads TimeML (.tml) files: plain text of <TEXT>, gold TIMEX3 spans, and the DCT."""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass
from pathlib import Path

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_DCT = re.compile(r"<DCT>\s*<TIMEX3([^>]*)>")


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class Document:
    name: str
    dct: dt.date
    text: str
    timexes: tuple[GoldTimex, ...]


def read_document(path: Path) -> Document:
    raw = path.read_text(encoding="utf-8")
    dct_match = _DCT.search(raw)
    if dct_match is None:
        raise ValueError(f"{path.name}: no DCT")
    dct = dt.date.fromisoformat(dict(_ATTR.findall(dct_match.group(1)))["value"][:10])
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    text, timexes = _strip(body)
    return Document(path.stem, dct, text, tuple(timexes))


def _strip(body: str) -> tuple[str, list[GoldTimex]]:
    """Plain text without tags, and where each TIMEX3 lay in it."""
    parts: list[str] = []
    length = 0
    timexes: list[GoldTimex] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    position = 0
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[position : tag.start()])
        parts.append(chunk)
        length += len(chunk)
        position = tag.end()
        if tag.group(2) != "TIMEX3":
            continue
        if not tag.group(1):
            open_timex = (length, dict(_ATTR.findall(tag.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            text = "".join(parts)[start:length]
            timexes.append(GoldTimex(start, length, text, attrs.get("type", ""), attrs.get("value", "")))
            open_timex = None
    parts.append(html.unescape(body[position:]))
    return "".join(parts), timexes


def read_split(folder: Path) -> list[Document]:
    return [read_document(path) for path in sorted(folder.rglob("*.tml"))]
