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


class FastJSONTranscoder(JSONTranscoder):
    def decode(self, data: bytes) -> Any:
        if long_number(data):
            return super().decode(data)
        try:
            obj = orjson.loads(data)
        except orjson.JSONDecodeError:
            return super().decode(data)
        remaining = data.count(_TYPE)
        if not remaining:
            return obj
        if type(obj) is not dict or self._top_level(obj, remaining):
            return super().decode(data)  # something deeper: the library's bottom-up hook
        return obj

    def _top_level(self, obj: dict[str, Any], remaining: int) -> int:
        """Converts the transcoded values directly under `obj` and in its lists; returns how
        many `_type_` keys are still unaccounted for."""
        decode = self._decode_obj
        for key, value in obj.items():
            kind = type(value)
            if kind is dict:
                if len(value) == 2 and "_type_" in value and not _nested(value):
                    obj[key] = decode(value)
                    remaining -= 1
            elif kind is list and value and type(value[0]) is dict:
                for n, item in enumerate(value):
                    if type(item) is dict and len(item) == 2 and "_type_" in item and not _nested(item):
                        value[n] = decode(item)
                        remaining -= 1
        return remaining


def _nested(value: dict[str, Any]) -> bool:
    """Whether a `_type_` object's data is itself a container (then the library decodes)."""
    return type(value.get("_data_")) in (dict, list)
