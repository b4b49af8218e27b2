"""Quotations that run over more than one sentence.

Wire copy often quotes two sentences and names the speaker after the second:
'"We were attacked with dynamite. My officers acted with restraint," Vargas said.' The first
sentence holds an opening quotation mark and no closing one; it is quoted speech all the same,
said by whoever the sentence that closes the quotation names. `Quotes.read` pairs marks inside
one sentence only; `across` adds what it cannot see: the part of a sentence inside a quotation
opened before it or closed after it, and which later sentence says who is speaking.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from extraction.kinds import Quotes
from extraction.sentences import Sentence

#: A quotation left open longer than this many sentences is taken for a stray mark.
_LONGEST = 4
#: Counted as a long quotation whatever its length: its words run on in another sentence.
_RUNS_ON = 99
_MARKS = '"“”'


@dataclass(frozen=True)
class Continued:
    """One sentence's quotations with the parts a quotation across sentences covers, and the
    index of the sentence whose attribution speaks for it (None: its own)."""

    quotes: Quotes
    speaker_from: int | None


def across(text: str, sentences: Sequence[Sentence], quotes: Sequence[Quotes]) -> list[Continued]:
    """Each sentence's quotations, a quotation running over sentences included."""
    result = [Continued(quoted, None) for quoted in quotes]
    opened: int | None = None  # the sentence whose opening mark is not closed yet
    for index, sentence in enumerate(sentences):
        span = text[sentence.start : sentence.end]
        if opened is not None:
            close = _first_mark(span)
            if close is None:
                if index - opened >= _LONGEST:
                    opened = None  # a stray mark: nothing was quoted
                continue
            for inside in range(opened, index + 1):
                result[inside] = _quoted(text, sentences[inside], quotes[inside], inside, index, opened)
            opened = None
            continue
        if _opens(span):
            opened = index
    return result


def _quoted(
    text: str, sentence: Sentence, quoted: Quotes, index: int, closing: int, opening: int
) -> Continued:
    span = text[sentence.start : sentence.end]
    if index == opening:
        lo, hi = _last_mark(span), len(span)
    elif index == closing:
        lo, hi = 0, (_first_mark(span) or 0) + 1
    else:
        lo, hi = 0, len(span)
    found = tuple(sorted({*quoted.found, (lo, hi, _RUNS_ON)}))
    return Continued(Quotes(quoted.span, quoted.start, found), None if index == closing else closing)


def _opens(span: str) -> bool:
    """Whether the sentence leaves a quotation open: an odd number of straight marks, the last
    one opening (at the start or after a space), or a curly opening mark after its last closing."""
    straight = span.count('"')
    if straight % 2 == 1:
        at = span.rfind('"')
        return at == 0 or span[at - 1].isspace()
    return span.rfind("“") > span.rfind("”")


def _first_mark(span: str) -> int | None:
    marks = [at for at in (span.find(mark) for mark in _MARKS) if at >= 0]
    return min(marks) if marks else None


def _last_mark(span: str) -> int:
    return max(span.rfind('"'), span.rfind("“"))
