"""Equal parts of claim contents held once.

A store of a few hundred thousand claims repeats most of what their contents hold: every claim
an extractor version coded with one rule carries the same `coded_by`, the claims of one sentence
share their quote, date and place path, undated claims share one `when`, and speakers, kinds,
figures and actors recur. Decoded from JSON, each is an object of its own (about 2.5 KB a
claim). Contents are never mutated once a row holds them (`rows.dump` shares them with the
documents it writes; a correction or a new date replaces the content), so equal parts may be
one object: the catalog keeps one of each, and a claim row's content points at it.
"""

from __future__ import annotations

from typing import Any

import orjson

#: How many distinct parts are kept before the tables start again. Parts already shared stay
#: shared; later ones are shared among themselves.
MAX_PARTS = 1 << 20
_strings: dict[str, str] = {}
#: Dicts and lists, by their JSON: equal for equal values written alike, and apart for values
#: Python finds equal but JSON writes otherwise (1, 1.0 and true; 0.0 and -0.0; keys in another
#: order), so a shared part is written as the one it stands for.
_parts: dict[str, Any] = {}
#: A claim's span is its own (claims of one sentence share it, but few sentences make several).
_OWN = frozenset({"span"})


def shared_content(content: dict[str, Any]) -> dict[str, Any]:
    """A claim content equal to `content` whose values are the kept equal ones (the dict
    itself is new: each row has its own, and `content` is left as it was)."""
    return {key: value if key in _OWN else shared(value) for key, value in content.items()}


def shared(value: Any) -> Any:
    """The kept value equal to `value` (a string, or a dict or list of JSON's types), or
    `value` itself when it is the first or of another type."""
    kind = type(value)
    if kind is str:
        return _kept(_strings, value, value)
    if kind is not dict and kind is not list:
        return value
    try:
        # Decoded to text: orjson's bytes keep the buffer they were written in (kilobytes
        # for a short document), which a key kept for good must not.
        key = orjson.dumps(value).decode()
    except TypeError:
        return value
    found = _parts.get(key)
    if found is None:
        # Kept as a copy made of kept parts (its strings, its inner dicts and lists).
        value = {k: shared(v) for k, v in value.items()} if kind is dict else [shared(v) for v in value]
        found = _kept(_parts, key, value)
    # JSON writes an infinity as null: the text alone would let `[inf]` stand for `[None]`. Equal
    # text and equal value together leave no two values apart that one object stands for.
    return found if found == value else value


def _kept(table: dict[Any, Any], key: Any, value: Any) -> Any:
    found = table.get(key)
    if found is None:
        if len(table) >= MAX_PARTS:
            table.clear()
        found = table[key] = value
    return found
