"""Report text: normalisation, the content hash that identifies a report, repeated bodies.

Wire copy often arrives with its body pasted twice (a CMS glitch, a scraper that read
two page regions). The rule here is general: a run of two or more paragraphs that
repeats, word for word, a run seen earlier in the same text is dropped, and so is any
single repeated paragraph long enough not to be a refrain (a short line such as
"(Reporting by X)" may legitimately recur).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

#: A lone paragraph repeated verbatim is dropped only from this length on.
MIN_REPEATED_PARAGRAPH = 60

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_RUNS = re.compile(r"\n{3,}")


def normalise(text: str) -> str:
    """NFC, Unix line ends, single spaces, no trailing blanks: what two copies must share."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


def content_hash(text: str) -> str:
    """SHA-256 of the normalised text: a report's identity."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Deduplicated:
    text: str
    removed_paragraphs: int


def _key(paragraph: str) -> str:
    return " ".join(paragraph.split()).casefold()


def _repeated_flags(keys: list[str]) -> list[bool]:
    """Marks each paragraph that repeats an earlier one and is part of a repeated run
    (its neighbour repeats too) or is long enough on its own."""
    seen: set[str] = set()
    repeat = []
    for key in keys:
        repeat.append(bool(key) and key in seen)
        seen.add(key)
    flags = []
    for i, is_repeat in enumerate(repeat):
        in_run = (i > 0 and repeat[i - 1]) or (i + 1 < len(repeat) and repeat[i + 1])
        flags.append(is_repeat and (in_run or len(keys[i]) >= MIN_REPEATED_PARAGRAPH))
    return flags


def drop_repeated_paragraphs(text: str) -> Deduplicated:
    """Returns the normalised text with repeated paragraphs removed (first copy kept)."""
    paragraphs = normalise(text).split("\n")
    flags = _repeated_flags([_key(p) for p in paragraphs])
    kept = [p for p, drop in zip(paragraphs, flags, strict=True) if not drop]
    cleaned = _BLANK_RUNS.sub("\n\n", "\n".join(kept)).strip()
    return Deduplicated(text=cleaned, removed_paragraphs=sum(flags))


def headline(text: str) -> str:
    """The first non-empty line: plain-text reports carry their headline there."""
    for line in text.split("\n"):
        if line.strip():
            return line.strip()
    return ""
