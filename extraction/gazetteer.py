"""The gazetteer: canonical actors and their aliases, shipped as data and extendable by the user.

The shipped file is `extraction/data/gazetteer.json`; a user file in the same format
(`{"actors": [{"name", "type", "aliases"}]}`) adds actors or aliases (`Gazetteer.load(extra)`).
A name is resolved exactly (normal key), then fuzzily (same consonant skeleton and similar
spelling, see `names`), then by surname for people; a name never seen is kept as written.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from extraction import names
from extraction.places import Places
from extraction.tokens import StartWords, Tokens, longest_first, tokens

#: A name written as an acronym: "SRA", "U.N.", "ISPR".
_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,8}")

_DATA_FILE = "gazetteer.json"
_MAX_FUZZY_TOKENS = 5


@dataclass(frozen=True)
class Actor:
    """One canonical actor: a person, an armed group, a state, an institution."""

    name: str
    type: str = "unknown"
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Resolution:
    """What a written name resolves to, and by which rule."""

    name: str
    type: str | None
    rule: str  # "gazetteer", "fuzzy", "surname" or "unseen"

    @property
    def known(self) -> bool:
        return self.rule != "unseen"


@dataclass(frozen=True)
class ActorMention:
    """An actor found in text, with the span of the words that named it."""

    start: int
    end: int
    actor: Actor
    rule: str


@dataclass
class Gazetteer:
    """Alias index over a set of actors."""

    actors: tuple[Actor, ...]
    places: Places = field(default_factory=Places)
    _exact: dict[tuple[str, ...], Actor] = field(default_factory=dict, repr=False)
    _lengths: dict[str, int] = field(default_factory=dict, repr=False)
    _skeletons: dict[tuple[str, ...], list[tuple[tuple[str, ...], Actor]]] = field(
        default_factory=dict, repr=False
    )
    #: People by the skeleton of their names' last word, with that word as each name writes it.
    _surnames: dict[str, list[tuple[str, Actor]]] = field(default_factory=dict, repr=False)
    _first_skeletons: set[str] = field(default_factory=set, repr=False)
    #: Words an actor's name can start with, exactly or fuzzily: `_match_at` finds nothing at
    #: any other word, so the scan does not ask it.
    _starts: StartWords = field(init=False, repr=False)

    def __post_init__(self) -> None:
        for actor in self.actors:
            for written in (actor.name, *actor.aliases):
                self._index(names.normal_tokens(written), actor)
        self._starts = StartWords(
            lambda key: key in self._lengths or names.skeleton(key) in self._first_skeletons
        )

    def _index(self, key: tuple[str, ...], actor: Actor) -> None:
        if not key:
            return
        self._exact[key] = actor
        self._lengths[key[0]] = max(self._lengths.get(key[0], 0), len(key))
        if len(key) > 1:
            self._skeletons.setdefault(names.skeleton_key(key), []).append((key, actor))
            self._first_skeletons.add(names.skeleton(key[0]))
            if actor.type == "person":
                bucket = self._surnames.setdefault(names.skeleton(key[-1]), [])
                if (key[-1], actor) not in bucket:
                    bucket.append((key[-1], actor))

    # -- loading -------------------------------------------------------------------------

    @classmethod
    def load(cls, extra: Path | None = None) -> Gazetteer:
        """The shipped gazetteer, extended by the user's file `extra` when given."""
        if extra is None:
            return _default()
        data = json.loads(Path(extra).read_text(encoding="utf-8"))
        return cls.from_data(_shipped_data(), data)

    @classmethod
    def from_data(cls, *documents: Mapping[str, Any]) -> Gazetteer:
        """Merge documents in order; a later entry with the same name adds its aliases."""
        merged: dict[str, Actor] = {}
        for document in documents:
            for entry in document.get("actors", []):
                actor = _actor(entry)
                known = merged.get(actor.name)
                if known is not None:
                    aliases = tuple(dict.fromkeys((*known.aliases, *actor.aliases)))
                    kind = actor.type if actor.type != "unknown" else known.type
                    actor = Actor(actor.name, kind, aliases)
                merged[actor.name] = actor
        return cls(tuple(merged.values()), Places.from_data(documents))

    # -- resolving names -----------------------------------------------------------------

    def lookup(self, name: str) -> Resolution | None:
        """The actor a written name denotes, or None when the gazetteer does not know it."""
        key = names.normal_tokens(name)
        if not key:
            return None
        actor = self._exact.get(key)
        if actor is not None:
            return Resolution(actor.name, actor.type, "gazetteer")
        fuzzy = self._fuzzy(key)
        if fuzzy is not None:
            return Resolution(fuzzy.name, fuzzy.type, "fuzzy")
        if len(key) == 1 and not _ACRONYM.fullmatch(name.strip()):
            # A skeleton alone is too loose for one short word ("Sido" and "Saadi" are both
            # "sd"): the spelling must be close too, as for the fuzzy rule. An acronym is no
            # spelling of a surname ("SRA" and "Saree" are both "sr").
            bucket = self._surnames.get(names.skeleton(key[0]), ())
            people = list(dict.fromkeys(actor for surname, actor in bucket if names.similar(key, (surname,))))
            if len(people) == 1:
                return Resolution(people[0].name, "person", "surname")
        return None

    def resolve(self, name: str) -> Resolution:
        """`lookup`, else the fallback: the name as written, tidied."""
        found = self.lookup(name)
        return found if found is not None else Resolution(names.tidy(name), None, "unseen")

    def _fuzzy(self, key: tuple[str, ...]) -> Actor | None:
        if len(key) < 2:
            return None
        hits = {
            actor.name: actor
            for alias, actor in self._skeletons.get(names.skeleton_key(key), [])
            if names.similar(key, alias)
        }
        return next(iter(hits.values())) if len(hits) == 1 else None

    # -- finding actors in text ----------------------------------------------------------

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[ActorMention]:
        """Actors named in `text[start:end]`, longest alias first, left to right."""
        return self.find_tokens(tokens(text, start, len(text) if end is None else end))

    def find_tokens(self, tokens: Tokens) -> list[ActorMention]:
        """Actors named in tokens from `tokens`, longest alias first, left to right."""
        found = longest_first(tokens, lambda index: self._match_at(tokens, index), self._starts)
        return [ActorMention(tokens.starts[index], tokens.ends[index + length - 1], actor, rule)
                for index, length, (actor, rule) in found]

    def _match_at(self, tokens: Tokens, index: int) -> tuple[int, tuple[Actor, str]] | None:
        keys = tokens.keys
        longest = self._lengths.get(keys[index], 0)
        for length in range(min(longest, len(keys) - index), 0, -1):
            actor = self._exact.get(tuple(keys[index : index + length]))
            if actor is not None:
                return length, (actor, "gazetteer")
        return self._fuzzy_at(tokens, index)

    def _fuzzy_at(self, tokens: Tokens, index: int) -> tuple[int, tuple[Actor, str]] | None:
        keys = tokens.keys
        if names.skeleton(keys[index]) not in self._first_skeletons:
            return None
        top = min(_MAX_FUZZY_TOKENS, len(keys) - index)
        for length in range(top, 1, -1):
            if not tokens.capitals[index + length - 1]:
                continue
            actor = self._fuzzy(tuple(keys[index : index + length]))
            if actor is not None:
                return length, (actor, "fuzzy")
        return None


def _actor(entry: Mapping[str, Any]) -> Actor:
    name = str(entry["name"]).strip()
    if not name:
        raise ValueError("a gazetteer actor needs a name")
    aliases = tuple(str(alias) for alias in entry.get("aliases", ()))
    return Actor(name, str(entry.get("type", "unknown")), aliases)


def _shipped_data() -> dict[str, Any]:
    raw = (Path(__file__).parent / "data" / _DATA_FILE).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


@lru_cache(maxsize=1)
def _default() -> Gazetteer:
    return Gazetteer.from_data(_shipped_data())


def actors_of(entries: Iterable[Actor]) -> dict[str, Actor]:
    """Index actors by canonical name."""
    return {actor.name: actor for actor in entries}
