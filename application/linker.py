"""Linking new claims to incidents: the rule of domain/linking.py applied against the
nearby open incidents, opening an incident when a dated claim fits none."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from uuid import UUID

from domain.anchor import anchor_of
from domain.claim import Claim
from domain.ids import incident_id
from domain.incident import Incident
from domain.linking import RULE, ClaimFacts, IncidentMembers
from domain.report import Report
from projections.incident_index import IncidentIndex, IndexOverlay, claim_facts

#: Acts first, so an incident opens as the strike or attack it is, and the casualties or
#: target counts told in the same breath join it.
OPENING_ORDER = {"strike": 0, "attack": 1, "responsibility": 2}


def link_claims(
    report: Report, claims: list[Claim], *, index: IncidentIndex | IndexOverlay,
    load: Callable[[UUID], Incident], now: datetime, loaded: dict[UUID, Incident] | None = None,
) -> list[Incident]:
    """The incidents opened or extended for these claims, with their new link events pending.

    Filing several reports in one transaction: `index` is an overlay that gets this report's
    links (so the next report of the batch links against them), and `loaded` holds the
    incidents the batch has loaded or opened so far, so an incident two reports link to is
    one aggregate with both reports' events pending."""
    loaded = {} if loaded is None else loaded
    anchor = anchor_of(report.published, report.timezone)
    day = anchor.date() if isinstance(anchor, datetime) else anchor
    pending: dict[UUID, list[ClaimFacts]] = {}
    # The members of each incident this report links to, with its links so far: one copy
    # per incident and report, which its later claims are scored against (by `UUID.int`,
    # as the index keys them).
    working: dict[int, IncidentMembers] = {}
    touched: dict[UUID, Incident] = {}
    for claim in sorted(claims, key=lambda c: OPENING_ORDER.get(c.content["kind"], 9)):
        facts = claim_facts(claim.id, report.id, claim.content, report.timezone, day)
        if facts is None:
            continue
        match = index.best(facts, working)
        if match is None and not facts.dated:
            continue  # an undated claim joins a corroborated incident, never opens one
        if match is None:
            incident = Incident.open(incident_id=incident_id(str(claim.id)), kind=facts.kind,
                                     title=title(claim), by=RULE, now=now)
            incident.link(claim.id, by=RULE, score=None, reasons=("first claim",), now=now)
        else:
            incident = touched.get(match.incident) or loaded.get(match.incident) or load(match.incident)
            incident.link(claim.id, by=RULE, score=match.score, reasons=match.reasons, now=now)
        touched[incident.id] = loaded[incident.id] = incident
        pending.setdefault(incident.id, []).append(facts)
        key = incident.id.int
        if key not in working:
            held = index.members_of(incident.id)
            working[key] = held.copy() if held else IncidentMembers()
        working[key].add(facts)
    if isinstance(index, IndexOverlay):
        for iid, added in pending.items():
            index.add(iid, working[iid.int], added)
    return list(touched.values())


def title(claim: Claim) -> str:
    # Only the kind: the timeline names an incident from all its claims' places and dates.
    return str(claim.content["kind"]).replace("_", " ")
