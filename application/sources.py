"""Reading reports from disk: text files, folders of them, JSON manifests and JSONL.

This is the I/O edge of ingestion: it yields raw text and metadata fields, and leaves
validation to `application.filing`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from domain.errors import InvalidInput

#: Plain-text report files picked up from a folder.
TEXT_SUFFIXES = (".txt", ".text")
ACCEPTED_ENCODINGS = "UTF-8 (with or without a byte-order mark)"


@dataclass(frozen=True)
class RawReport:
    text: str
    fields: dict[str, Any]
    origin: str


def read_text(path: Path) -> str:
    """Decodes a report file; anything but UTF-8 is refused with the encodings we accept."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InvalidInput(f"{path}: is a folder") from None
    except OSError as error:
        raise InvalidInput(f"{path}: cannot read ({error.strerror})") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InvalidInput(f"{path}: UTF-16 text; Dateline reads {ACCEPTED_ENCODINGS}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InvalidInput(
            f"{path}: not valid UTF-8 at byte {error.start}; Dateline reads {ACCEPTED_ENCODINGS}"
        ) from None


def from_paths(paths: list[Path], fields: dict[str, Any]) -> Iterator[RawReport]:
    """Text files named directly, or every text file in the folders named (sorted)."""
    for path in paths:
        for file in _expand(path):
            yield RawReport(text=read_text(file), fields=dict(fields), origin=shown(file))


def shown(path: Path) -> str:
    """A path as the user would write it: relative to the working folder when near it."""
    absolute = os.path.abspath(path)  # as named: a symlinked folder keeps the name it was given
    relative = os.path.relpath(absolute, os.getcwd())
    return absolute if relative.startswith(f"..{os.sep}..") else relative


def _expand(path: Path) -> list[Path]:
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix in TEXT_SUFFIXES)
        if not files:
            raise InvalidInput(f"{path}: no report files ({', '.join(TEXT_SUFFIXES)}) in this folder")
        return files
    if not path.exists():
        raise InvalidInput(f"{path}: no such file")
    return [path]


def from_manifest(manifest: Path) -> Iterator[RawReport]:
    """A JSON list of {file, publisher, published, timezone, ...}, or JSONL with inline `text`."""
    text = read_text(manifest)
    if manifest.suffix == ".jsonl":
        yield from _jsonl(text, manifest)
    else:
        yield from _json_list(text, manifest)


def _json_list(text: str, manifest: Path) -> Iterator[RawReport]:
    try:
        entries = json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidInput(f"{manifest}: not valid JSON (line {error.lineno}: {error.msg})") from None
    if not isinstance(entries, list):
        raise InvalidInput(f"{manifest}: a manifest is a JSON list of report objects")
    for number, entry in enumerate(entries, start=1):
        where = f"{manifest} entry {number}"
        entry = _object(entry, where)
        if "text" in entry:
            yield RawReport(text=_text_field(entry, where), fields=entry, origin=where)
            continue
        file = _inside(manifest.parent, entry.get("file"), where)
        yield RawReport(text=read_text(file), fields=entry, origin=shown(file))


def _jsonl(text: str, manifest: Path) -> Iterator[RawReport]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{manifest} line {number}"
        try:
            entry = _object(json.loads(line), where)
        except json.JSONDecodeError as error:
            raise InvalidInput(f"{where}: not valid JSON ({error.msg})") from None
        yield RawReport(text=_text_field(entry, where), fields=entry, origin=where)


def _object(entry: object, where: str) -> dict[str, Any]:
    if not isinstance(entry, dict):
        raise InvalidInput(f"{where}: expected a JSON object")
    return entry


def _text_field(entry: dict[str, Any], where: str) -> str:
    text = entry.get("text")
    if not isinstance(text, str):
        raise InvalidInput(f"{where}: `text` must be a string")
    return text


def _inside(folder: Path, name: object, where: str) -> Path:
    """The manifest's `file`, which must stay inside the manifest's folder."""
    if not isinstance(name, str) or not name:
        raise InvalidInput(f"{where}: `file` must name a report file")
    base = folder.resolve()
    if not (base / name).resolve().is_relative_to(base):
        raise InvalidInput(f"{where}: file {name!r} is outside the manifest's folder")
    return folder / name
