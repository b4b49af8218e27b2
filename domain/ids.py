"""Deterministic identifiers: the same input always names the same aggregate.

A report's id derives from its content hash, so two processes filing the same text
race for the same aggregate and the store's uniqueness keeps exactly one. An
extracted claim's id derives from its report, its coder and its place in the text,
so re-running the same extractor version proposes nothing new; a hand-coded claim's id
derives from its content, so asserting the same thing twice records it once.
"""

from __future__ import annotations

from uuid import UUID, uuid5

NAMESPACE = UUID("6f1d3c1e-8a4b-5d0e-9c2f-2d1a7e5b9c40")


def report_id(text_hash: str) -> UUID:
    return uuid5(NAMESPACE, f"report:{text_hash}")


def extracted_claim_id(report: UUID, coder: str, version: str, ordinal: int, quote: str) -> UUID:
    return uuid5(NAMESPACE, f"claim:{report}:{coder}:{version}:{ordinal}:{quote}")


def coded_claim_id(report: UUID, content_json: str) -> UUID:
    """A hand-coded claim is named by its whole content: the same claim coded twice is one."""
    return uuid5(NAMESPACE, f"coded-claim:{report}:{content_json}")


def incident_id(seed: str) -> UUID:
    return uuid5(NAMESPACE, f"incident:{seed}")
