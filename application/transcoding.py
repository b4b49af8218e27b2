"""A faster reader for the stored events' JSON, same format on disk.

The library's `JSONTranscoder` decodes with the standard `json` module and an `object_hook`
called for every JSON object (a claim's content has dozens): that hook, not the parsing,
was most of reading the log. This transcoder parses with `orjson` and then converts only
where the library's encoder can have written a `{"_type_": name, "_data_": value}` object:
it counts the `"_type_"` keys in the bytes first (C speed) and converts those it finds at
the top level and in top-level lists (where the events keep their ids and timestamps). When
that accounts for every one, the result is what the library's decoder returns for the same
bytes; when it does not (a transcoded value deeper down), or orjson would read the bytes
differently (NaN, integers past 64 bits, lone surrogates), the library's decoder reads them.

Encoding is the library's, unchanged: events written by either read the same.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from uuid import UUID

import orjson
from eventsourcing.persistence import JSONTranscoder, Transcoding

from projections.rows import parse_uuid

_TYPE = b'"_type_"'
#: orjson turns integers past 64 bits into floats where `json` keeps them exact; a run of
#: 19 digits is the first place that can happen, so such documents go the library's way.
#: (Every digit mapped to 0, then one substring search: several times faster than a regex.)
_DIGITS = bytes.maketrans(b"123456789", b"000000000")
_LONG_RUN = b"0" * 19


def long_number(data: bytes) -> bool:
    """Whether `data` holds a run of 19 or more digits."""
    return _LONG_RUN in data.translate(_DIGITS)
class UUIDAsHexFast(Transcoding):
    """The library's `uuid_hex` transcoding, without `UUID`'s general parsing."""

    type = UUID
    name = "uuid_hex"

    def encode(self, obj: UUID) -> str:
        return obj.hex

    def decode(self, data: str) -> UUID:
        assert isinstance(data, str)
        return parse_uuid(data)


#: Where an event of a topic keeps its transcoded values: (key, whether it holds a list of
#: them, the name of the one it held (None for a list), that name's decoder).
Plan = tuple[tuple[str, bool, str | None, Callable[[Any], Any] | None], ...]
#: Ids kept by `FastJSONTranscoder.uuid` at most; past that it starts again.
KNOWN_IDS = 1 << 16
_ABSENT = object()


class FastJSONTranscoder(JSONTranscoder):
    def __init__(self) -> None:
        super().__init__()
        self._decoders: dict[str, Callable[[Any], Any]] = {}
        self._plans: dict[str, Plan] = {}
        self._ids: dict[str, UUID] = {}

    def register(self, transcoding: Transcoding) -> None:
        super().register(transcoding)
        # Ids as `UUIDAsHexFast` reads them, each made once (`uuid`).
        fast_ids = isinstance(transcoding, UUIDAsHexFast)
        self._decoders[transcoding.name] = self.uuid if fast_ids else transcoding.decode
        self._plans.clear()  # they hold the decoders

    def uuid(self, text: str) -> UUID:
        """`parse_uuid(text)` for an id as `uuid.hex` or `str(uuid)` writes it, made once for
        all the events read while it is kept: an event names ids other events named (a claim
        its report, a link its claim), and a reader makes a `UUID` per id it reads (two for
        three of them in a rebuild); sharing them also lets the catalog's dict lookups
        find a key by identity, without `UUID.__eq__` (a Python call)."""
        key = text if len(text) == 32 else text.replace("-", "") if len(text) == 36 else None
        if key is None:
            return parse_uuid(text)
        ids = self._ids
        found = ids.get(key)
        if found is None:
            found = parse_uuid(text)
            if len(ids) >= KNOWN_IDS:
                ids.clear()
            ids[key] = found
        return found

    def known_ids(self) -> dict[str, UUID]:
        """The ids `uuid` has made and keeps, by their 32 hex digits (the same dict as it
        grows and starts again): `uuid(text)` is the one found there for such a text."""
        return self._ids

    def decode(self, data: bytes) -> Any:
        return self.decode_state(data, None)

    def decode_state(self, data: bytes, topic: str | None) -> Any:
        """`decode`, for a stored event of `topic`: the keys where the last event of that
        topic kept its transcoded values are tried first (events of one class keep them in
        the same places), so most events are converted without looking at every key."""
        if long_number(data):
            return super().decode(data)
        try:
            obj = orjson.loads(data)
        except orjson.JSONDecodeError:
            return super().decode(data)
        remaining = data.count(_TYPE)
        if not remaining:
            return obj
        if type(obj) is not dict:
            return super().decode(data)
        plan = self._plans.get(topic) if topic is not None else None
        if plan is not None:
            if self._follows(obj, plan, remaining):
                return obj
            obj = orjson.loads(data)  # as read: the plan may have converted some values first
        remaining, found = self._top_level(obj, remaining)
        if remaining:
            return super().decode(data)  # something deeper: the library's bottom-up hook
        if topic is not None:
            self._plans[topic] = found
        return obj

    def _follows(self, obj: dict[str, Any], plan: Plan, remaining: int) -> bool:
        """Converts `obj` by `plan` when the plan accounts for every transcoded value in it.
        When it does not, says so, having maybe converted some of its values (the caller
        reads the bytes again); then the general path reads them, and raises what the
        library would raise for them. A value the plan names by its name is checked inline,
        as `_leaf` checks it (a `{"_type_": name, "_data_": leaf}` object, nothing else)."""
        try:
            for key, many, name, decode in plan:
                value = obj.get(key)
                if many:
                    if type(value) is not list:
                        return False
                    obj[key] = [_leaf(self._decoders, item) for item in value]
                    remaining -= len(value)
                    continue
                if type(value) is not dict or len(value) != 2 or value.get("_type_") != name:
                    return False
                data = value.get("_data_", _ABSENT)
                if data is _ABSENT or type(data) in _CONTAINERS or decode is None:
                    return False
                obj[key] = decode(data)
                remaining -= 1
        except Exception:  # not as planned, or a value its transcoding refuses: the general path says so
            return False
        return not remaining

    def _top_level(self, obj: dict[str, Any], remaining: int) -> tuple[int, Plan]:
        """Converts the transcoded values directly under `obj` and in its lists; returns how
        many `_type_` keys are still unaccounted for, and where it found the others."""
        decode = self._decode_obj
        found: list[tuple[str, bool, str | None, Callable[[Any], Any] | None]] = []
        for key, value in obj.items():
            kind = type(value)
            if kind is dict:
                if _transcoded(value):
                    obj[key] = decode(value)
                    remaining -= 1
                    name = value["_type_"]
                    if type(name) is str and name in self._decoders:
                        found.append((key, False, name, self._decoders[name]))
            elif kind is list and value and type(value[0]) is dict:
                whole = True
                for n, item in enumerate(value):
                    if _transcoded(item):
                        value[n] = decode(item)
                        remaining -= 1
                    else:
                        whole = False
                if whole:
                    found.append((key, True, None, None))
        return remaining, tuple(found)


    def converters(self) -> tuple[Callable[[Any], UUID], Callable[[Any], str]] | None:
        """What a fold of stored states (`SealingMapper.fold`) reads transcoded values with:
        an id (`uuid_hex`) as this transcoder decodes it, and a timestamp (`datetime_iso`) as
        the decoded moment's `isoformat()` gives it, each from a `{"_type_": name, "_data_":
        leaf}` object as `_leaf` accepts it; they raise on anything else. The timestamps are
        kept (the events of one save share theirs): one `fromisoformat` and one `isoformat`
        per distinct text instead of both per event. None without both transcodings."""
        decoders = self._decoders
        as_id, as_moment = decoders.get("uuid_hex"), decoders.get("datetime_iso")
        if as_id is None or as_moment is None:
            return None
        moments: dict[str, str] = {}
        # This transcoder's own ids (`uuid`) are looked up first: a hex id already made is
        # the one `uuid` would return (its key is the text itself).
        ids = self._ids if as_id == self.uuid else {}

        def uuid(value: Any) -> UUID:
            if type(value) is not dict or len(value) != 2 or value.get("_type_") != "uuid_hex":
                raise _Unplanned
            data = value["_data_"]
            if type(data) is str:
                found = ids.get(data)
                if found is not None:
                    return found
            elif type(data) in _CONTAINERS:
                raise _Unplanned
            made: UUID = as_id(data)
            return made

        def moment(value: Any) -> str:
            if type(value) is not dict or len(value) != 2 or value.get("_type_") != "datetime_iso":
                raise _Unplanned
            data = value["_data_"]
            if type(data) is not str:
                raise _Unplanned  # (a `datetime_iso` is text; anything else, the general way)
            found = moments.get(data)
            if found is None:
                found = as_moment(data).isoformat()
                if type(found) is not str:
                    raise _Unplanned
                if len(moments) >= KNOWN_IDS:
                    moments.clear()
                moments[data] = found
            return found

        return uuid, moment


class _Unplanned(Exception):
    """A value where the plan expected a transcoded one."""


def _leaf(decoders: dict[str, Callable[[Any], Any]], value: Any) -> Any:
    """The object a `{"_type_": name, "_data_": leaf}` value stands for."""
    if not _transcoded(value) or type(name := value["_type_"]) is not str or name not in decoders:
        raise _Unplanned
    return decoders[name](value["_data_"])


def _transcoded(value: Any) -> bool:
    """Whether `value` is a `{"_type_": name, "_data_": leaf}` object the library wrote (a
    name that is not a string, such as another such object, is left to the library's
    decoder, which converts that one first and refuses the name after)."""
    return (type(value) is dict and len(value) == 2 and type(value.get("_type_")) is str
            and "_data_" in value and not _nested(value))


_CONTAINERS = (dict, list)


def _nested(value: dict[str, Any]) -> bool:
    """Whether a `_type_` object's data is itself a container (then the library decodes)."""
    return type(value.get("_data_")) in _CONTAINERS
