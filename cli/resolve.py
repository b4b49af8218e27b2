"""`dateline resolve`: one date expression, or a JSONL batch, resolved against an anchor."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import click

from domain.errors import InvalidInput
from domain.temporal import resolve
from domain.when import When

_FIELDS = (
    "expression",
    "anchor",
    "timezone",
    "start",
    "end",
    "granularity",
    "timex",
    "mod",
    "rule",
    "direction",
    "reason",
    "leaned_on",
    "resolver",
)


def parse_anchor(text: str | None) -> dt.datetime | dt.date | None:
    """ISO date or datetime (with or without offset); InvalidInput otherwise."""
    if text is None or text == "":
        return None
    try:
        if "T" in text or " " in text.strip():
            return dt.datetime.fromisoformat(text.strip())
        return dt.date.fromisoformat(text.strip())
    except ValueError as error:
        raise InvalidInput(f"unparseable anchor {text!r} (want ISO, e.g. 2024-02-08)") from error


def as_json(when: When) -> dict[str, Any]:
    """The product.md fields; `reason` and `readings` only when they say something."""
    data: dict[str, Any] = {name: getattr(when, name) for name in _FIELDS}
    if data["reason"] is None:
        del data["reason"]
    if when.readings:
        data["readings"] = [as_json(reading) for reading in when.readings]
    return data


def as_line(when: When) -> str:
    if when.granularity == "duration":
        return f"{when.expression}: {when.timex} duration, not on the timeline rule={when.rule}"
    if when.start is None and when.end is None:
        return f"{when.expression}: unresolved ({when.reason})"
    interval = f"[{when.start or '…'}, {when.end or '…'})"
    mod = f" {when.mod}" if when.mod else ""
    return (
        f"{when.expression}: {interval} {when.granularity} {when.timex}{mod} "
        f"rule={when.rule} direction={when.direction}"
    )


def resolve_request(expression: str, anchor: str | None, timezone: str | None, context: str) -> When:
    """One request as the command reads it: the anchor as ISO text, the sentence as context."""
    moment = parse_anchor(anchor)
    at = context.find(expression) if context else -1
    if at <= 0:
        return resolve(expression, moment, timezone=timezone, context=context)
    # "Talks began on January 27 and ended the following day": an anaphor leans on the date the
    # context gives before it, as it does on the report's in an ingest. (Imported here: the
    # tagger's patterns are compiled on import, which other commands need not wait for.)
    from extraction.since_then import last_placed
    from extraction.timex import resolve_text

    previous = last_placed(resolve_text(context, moment, timezone=timezone), at)
    return resolve(expression, moment, timezone=timezone, context=context, previous=previous, at=at)


def _batch(path: Path) -> list[When]:
    if not path.is_file():
        raise InvalidInput(f"no such file: {path}")
    results = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            expression = item["expression"]
        except (json.JSONDecodeError, KeyError, TypeError) as error:
            raise InvalidInput(f"{path}:{number}: not a JSON object with an expression") from error
        anchor = item.get("anchor")
        try:
            context = item.get("context") or ""
            results.append(resolve_request(expression, anchor, item.get("timezone"), context))
        except InvalidInput as error:
            raise InvalidInput(f"{path}:{number}: {error}") from error
    return results


@click.command("resolve")
@click.argument("expression", required=False)
@click.option("--anchor", help="Publication moment: 2024-02-08 or 2024-02-08T10:00+03:00.")
@click.option("--timezone", "timezone", help="Publisher's IANA zone, e.g. Asia/Baghdad.")
@click.option("--context", default="", help="The sentence around the expression (tense cues).")
@click.option("--json", "as_json_flag", is_flag=True, help="Print JSON instead of a line.")
@click.option("--batch", type=click.Path(path_type=Path), help="JSONL file, one request a line.")
def resolve_command(
    expression: str | None,
    anchor: str | None,
    timezone: str | None,
    context: str,
    as_json_flag: bool,
    batch: Path | None,
) -> None:
    """Resolve a date expression against a report's anchor.

    \b
    Example:
      dateline resolve "late hours of Wednesday" --anchor 2024-02-08 --timezone Asia/Baghdad
      late hours of Wednesday: [2024-02-07T20:00, 2024-02-08T00:00) part_of_day ...

    With --batch FILE.jsonl, each line is {"expression", "anchor", "timezone", "context"}
    and each output line is the JSON result, in the same order.
    """
    if batch is not None:
        for when in _batch(batch):
            click.echo(json.dumps(as_json(when), ensure_ascii=False))
        return
    if not expression:
        raise InvalidInput("give an EXPRESSION or --batch FILE")
    when = resolve_request(expression, anchor, timezone, context)
    click.echo(json.dumps(as_json(when), ensure_ascii=False) if as_json_flag else as_line(when))
