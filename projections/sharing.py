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

from collections.abc import Callable
from typing import Any

import orjson

#: How many distinct parts are kept before the tables start again. Parts already shared stay
#: shared; later ones are shared among themselves.
MAX_PARTS = 1 << 20
_strings: dict[str, str] = {}
#: Dicts and lists, by their JSON: equal for equal values written alike, and apart for values
#: Python finds equal but JSON writes otherwise (1, 1.0 and true; 0.0 and -0.0; keys in another
#: order), so a shared part is written as the one it stands for. `_parts` holds those kept from
#: a value as orjson read it (`shared_read`), `_loose` the others (which may hold an infinity,
#: written as null, or a value of a type JSON does not have): a value orjson read from a text
#: is equal to a part in `_parts` kept for the same text, so it needs no comparing (a rebuild
#: shares some 300,000). A text is in one table at most.
_parts: dict[str, Any] = {}
_loose: dict[str, Any] = {}
#: A claim's span is its own (claims of one sentence share it, but few sentences make several).
_OWN = frozenset({"span"})


def shared_content(content: dict[str, Any], *, read: bool = False) -> dict[str, Any]:
    """A claim content equal to `content` whose values are the kept equal ones (the dict
    itself is new: each row has its own, and `content` is left as it was). `read`: `content`
    is as `orjson.loads` made it (what a fold of stored states gives), the same parts shared
    with fewer steps (`shared_read`)."""
    if read:
        return _shared_read_content(content)
    return {key: value if key in _OWN else shared(value) for key, value in content.items()}


def _shared_read_content(content: dict[str, Any]) -> dict[str, Any]:
    """`shared_content(content, read=True)`, its strings (most of a content's values) looked
    up here rather than in a call per value (a rebuild shares some 60,000 contents)."""
    made = {}
    strings = _strings
    for key, value in content.items():
        if key in _OWN:
            made[key] = value
        elif type(value) is str:
            found = strings.get(value)
            made[key] = found if found is not None else _kept_string(value)
        else:
            made[key] = shared_read(value)
    return made


def shared(value: Any) -> Any:
    """The kept value equal to `value` (a string, or a dict or list of JSON's types), or
    `value` itself when it is the first or of another type."""
    kind = type(value)
    if kind is str:
        found = _strings.get(value)
        return found if found is not None else _kept_string(value)
    if kind is not dict and kind is not list:
        return value
    key = _text(value)
    if key is None:
        return value
    found = _loose.get(key)
    if found is None:
        found = _parts.get(key)
        if found is None:
            return _keep(key, value, shared)
    # JSON writes an infinity as null: the text alone would let `[inf]` stand for `[None]`. Equal
    # text and equal value together leave no two values apart that one object stands for.
    return found if found == value else value


def shared_read(value: Any) -> Any:
    """`shared(value)` for a value as `orjson.loads` makes it: such a value is equal to
    what orjson reads its own JSON as (orjson reads no infinity or NaN, and writes back
    every number it reads as it read it), so a part in `_parts` kept for that JSON is equal
    to it without comparing them."""
    kind = type(value)
    if kind is str:
        found = _strings.get(value)
        return found if found is not None else _kept_string(value)
    if kind is not dict and kind is not list:
        return value
    # `_text`, inline (a call per part). An empty one's JSON is known without writing it
    # (claims' lists are often empty).
    try:
        key = orjson.dumps(value).decode() if value else "[]" if kind is list else "{}"
    except TypeError:
        return value
    found = _parts.get(key)
    if found is not None:
        return found
    found = _loose.get(key)
    if found is None:
        return _keep(key, value, shared_read)
    return found if found == value else value


def _text(value: dict[str, Any] | list[Any]) -> str | None:
    """The part's key: its JSON (None when orjson refuses it). Decoded to text: orjson's bytes
    keep the buffer they were written in (kilobytes for a short document), which a key kept
    for good must not."""
    try:
        return orjson.dumps(value).decode()
    except TypeError:
        return None


def _keep(key: str, value: dict[str, Any] | list[Any], share: Callable[[Any], Any]) -> Any:
    """Keeps a copy of `value` made of kept parts (its strings, its inner dicts and lists,
    each as `share` gives it), in `_parts` for a value orjson read (`share` is `shared_read`:
    equal to what orjson reads `key` as), else in `_loose`; returns it."""
    made = ({k: _kept_leaf(v, share) for k, v in value.items()} if type(value) is dict
            else [_kept_leaf(v, share) for v in value])
    if len(_parts) + len(_loose) >= MAX_PARTS:
        _parts.clear()
        _loose.clear()
    (_parts if share is shared_read else _loose)[key] = made
    return made


def _kept_leaf(value: Any, share: Callable[[Any], Any]) -> Any:
    """`share(value)`, a string looked up here (most of a new part's values are strings or
    null: a date's, a figure's)."""
    if type(value) is str:
        found = _strings.get(value)
        return found if found is not None else _kept_string(value)
    return share(value) if type(value) is dict or type(value) is list else value


def _kept_string(value: str) -> str:
    if len(_strings) >= MAX_PARTS:
        _strings.clear()
    _strings[value] = value
    return value
