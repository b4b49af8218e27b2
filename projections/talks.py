"""Withdrawal talks: the status over time with the claims behind every change, and the calls beside it.

A `talks_status` claim's status is the one its content states (`content["talks_status"]`) when it
states one, else the first cue of `CUES` its quote matches; claims that match no cue are
listed as `unclassified`, never guessed. Claims are ordered by when their fact held (the
start of the claim's interval, else its report's publication), then by record time;
consecutive claims with the same status form one period, which ends where the next begins.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from projections.catalog import Catalog, ClaimRow
from projections.collecting import without_collection
from projections.evidence import is_live, publisher, when_moment

STATUSES = (
    "no_talks", "talks_announced", "talks_ongoing", "talks_suspended",
    "agreement_reached", "withdrawal_underway", "withdrawal_complete",
)

#: Cue phrases per status, tried in this order: the more specific (and later in a
#: withdrawal's course) first, so "agreed to hold talks" is an announcement, not an agreement.
CUES: tuple[tuple[str, str], ...] = (
    ("withdrawal_complete", r"complet\w* (?:the |its |their )?withdrawal|withdrawal (?:is|was|has been) "
     r"complete|last (?:\w+ )?troops (?:have )?left|fully withdrawn"),
    ("withdrawal_underway", r"beg[au]n (?:to withdraw|withdrawing|the withdrawal)|started withdrawing|"
     r"withdrawal (?:has )?(?:begun|started|under ?way)|are withdrawing|pulling out"),
    ("talks_announced", r"announced (?:\w+ )?(?:talks|negotiations)|will (?:hold|begin|start|open) "
     r"(?:\w+ )?(?:talks|negotiations)|agreed to (?:hold|begin|start) (?:\w+ )?talks|plans? to hold talks"),
    ("talks_suspended", r"suspend\w*|broke off|break off|halted (?:the )?(?:talks|negotiations)|"
     r"(?:talks|negotiations) (?:were |have been )?(?:paused|frozen|stalled|called off)|walked out"),
    ("agreement_reached", r"reached (?:an |a )?(?:agreement|deal)|agreed (?:on|to|that)|signed (?:an |a )?"
     r"(?:agreement|deal)|struck (?:an |a )?deal"),
    ("no_talks", r"no (?:talks|negotiations)|refus\w* to (?:negotiate|talk)|rejected (?:\w+ )?talks"),
    ("talks_ongoing", r"engaged in (?:\w+ )?(?:talks|negotiations)|(?:talks|negotiations) (?:continue|are "
     r"(?:ongoing|under ?way|continuing))|ongoing (?:talks|negotiations)|in talks|negotiating|"
     r"(?:held|holding) (?:\w+ )?(?:talks|negotiations)|round of (?:talks|negotiations)"),
)
_COMPILED = tuple((status, re.compile(pattern, re.I)) for status, pattern in CUES)


def classify(content: dict[str, Any]) -> str | None:
    """The talk status a claim asserts: stated outright, else cued by its quote."""
    stated = content.get("talks_status")
    if stated in STATUSES:
        return str(stated)
    quote = str(content.get("quote", ""))
    return next((status for status, cue in _COMPILED if cue.search(quote)), None)


@without_collection
def talks(catalog: Catalog) -> dict[str, Any]:
    rows = _ordered(catalog, "talks_status")
    classified = [(row, status) for row in rows if (status := classify(row.content))]
    history = _periods(classified, catalog)
    return {
        "status": history[-1]["status"] if history else "no_talks",
        "since": history[-1]["start"] if history else None,
        "history": history,
        "unclassified": [str(row.id) for row in rows if classify(row.content) is None],
        "calls": calls(catalog),
    }


def _ordered(catalog: Catalog, kind: str) -> list[ClaimRow]:
    rows = [r for r in catalog.claims.values() if r.content.get("kind") == kind and is_live(r, catalog)]
    return sorted(rows, key=lambda r: (_moment(r, catalog), r.asserted_at, str(r.id)))


def _moment(row: ClaimRow, catalog: Catalog) -> datetime:
    moment, _ = when_moment(row, catalog)
    return moment.astimezone(UTC) if moment else datetime.max.replace(tzinfo=UTC)


def _periods(classified: list[tuple[ClaimRow, str]], catalog: Catalog) -> list[dict[str, Any]]:
    history: list[dict[str, Any]] = []
    for row, status in classified:
        if not history or history[-1]["status"] != status:
            start = when_moment(row, catalog)[1]
            if history:
                history[-1]["end"] = start
            history.append({"status": status, "start": start, "end": None, "claims": [], "sources": []})
        _add_evidence(history[-1], row, catalog)
    return history


def _add_evidence(entry: dict[str, Any], row: ClaimRow, catalog: Catalog) -> None:
    entry["claims"].append(str(row.id))
    source = publisher(row, catalog)
    if source not in entry["sources"]:
        entry["sources"].append(source)


def calls(catalog: Catalog) -> list[dict[str, Any]]:
    """Every call for withdrawal; one speaker's call on one day, however many outlets report it, is one.

    `who` is the speaker as first reported, `when` the local day (the claim's date, else its
    report's publication), `asked` the fullest wording of the demand; `demands` keeps them all.
    """
    grouped: list[dict[str, Any]] = []
    on_day: dict[str | None, list[dict[str, Any]]] = defaultdict(list)  # the calls of each `when`
    for row in _ordered(catalog, "call_for_withdrawal"):
        text = when_moment(row, catalog)[1]
        day = text[:10] if text else None
        speaker = row.content["speaker"]
        same = next((c for c in on_day[day] if same_speaker(c["speakers"], speaker)), None)
        if same is None:
            same = {"who": speaker, "when": day, "asked": "", "speakers": [], "demands": [],
                    "dated_by": None, "sources": [], "claims": []}
            grouped.append(same)
            on_day[day].append(same)
        _add_call(same, row, catalog)
    return grouped


def _add_call(call: dict[str, Any], row: ClaimRow, catalog: Catalog) -> None:
    content = row.content
    for field, value in (("speakers", content["speaker"]), ("demands", content["quote"])):
        if value not in call[field]:
            call[field].append(value)
    call["asked"] = max(call["demands"], key=len)
    when = content.get("when") or {}
    if call["dated_by"] is None and when.get("start"):
        call["dated_by"] = {k: when.get(k) for k in ("expression", "start", "end", "granularity", "rule")}
    _add_evidence(call, row, catalog)


@lru_cache(maxsize=1 << 12)
def _name_words(name: str) -> frozenset[str]:
    """A name's words without Arabic articles and titles, so "Qais al-Khazali" ~ "Al-Khazali"."""
    words = re.findall(r"\w+", re.sub(r"\b(?:al|el|ad|ar|as)-", "", name.casefold()))
    return frozenset(w for w in words if w not in {"al", "el", "the", "sheikh", "mr", "dr"})


def same_speaker(known: Iterable[str], name: str) -> bool:
    """One name's words contain the other's: the short form an outlet uses is the same person."""
    words = _name_words(name)
    return any(words and (words <= (other := _name_words(k)) or other <= words) for k in known)
