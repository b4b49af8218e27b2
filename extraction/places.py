"""Known places: countries, provinces, cities and districts, with aliases and the place they lie in.

The `places` section of the gazetteer file lists them (`{"name", "type", "in", "aliases"}`).
A place's *normal form* is its canonical name, and for a district or neighbourhood also the
city it lies in ("Mashtal, Baghdad"), so that the incident-linking rule, which compares
locations by case-insensitive substring, sees "Mashtal, Baghdad" inside "Baghdad".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from extraction import names
from extraction.tokens import StartWords, Tokens, longest_first

#: How specific a place type is: the most specific place named wins.
RANKS = {
    "country": 1, "sea": 1, "province": 2, "region": 2, "state": 2, "governorate": 2,
    "county": 2, "oblast": 2, "city": 3, "town": 3, "village": 3, "area": 3,
    "district": 4, "neighbourhood": 4, "suburb": 4, "camp": 4,
}  # fmt: skip
_SUB_CITY = frozenset({"district", "neighbourhood", "suburb", "camp"})


@dataclass(frozen=True)
class Place:
    """One known place."""

    name: str
    type: str = "city"
    parent: str | None = None
    aliases: tuple[str, ...] = ()
    #: The seat of the government of `parent`: as a speaker ("Tbilisi says") it stands for it.
    capital: bool = False

    @property
    def rank(self) -> int:
        return RANKS.get(self.type, 3)

    @property
    def normal(self) -> str:
        """The location string claims carry: "Anbar", "Mashtal, Baghdad"."""
        if self.type in _SUB_CITY and self.parent:
            return f"{self.name}, {self.parent}"
        return self.name


@dataclass(frozen=True)
class PlaceMention:
    """A known place named in text."""

    start: int
    end: int
    place: Place


@dataclass
class Places:
    """Alias index over known places."""

    places: tuple[Place, ...] = ()
    _exact: dict[tuple[str, ...], Place] = field(default_factory=dict, repr=False)
    _lengths: dict[str, int] = field(default_factory=dict, repr=False)
    #: Words a place's name can start with: the scan asks `_match_at` about no other word.
    _starts: StartWords = field(init=False, repr=False)
    _countries: tuple[str, ...] = field(init=False, repr=False)
    #: Each word's answer, kept: the same few capitalised words come back in every report.
    _demonyms: dict[str, bool] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for place in self.places:
            for written in (place.name, *place.aliases):
                key = names.normal_tokens(written)
                if key:
                    self._exact[key] = place
                    self._lengths[key[0]] = max(self._lengths.get(key[0], 0), len(key))
        self._starts = StartWords(lambda key: key in self._lengths)
        self._countries = tuple(p.name.lower() for p in self.places if p.type == "country")

    def is_demonym(self, word: str) -> bool:
        """A word made from a known country's name and used as an adjective ("the Iraqi
        province of Anbar", "the Tajik enclave of Vorukh"): the country's name cut short
        (Tajik-istan, Somali-a) or with an ending (Iraq-i, Syria-n, Ukrain-ian, Chin-ese)."""
        found = self._demonyms.get(word)
        if found is None:
            if len(self._demonyms) >= 65536:
                self._demonyms.clear()
            low = word.lower()
            found = len(low) >= 4 and any(_made_from(low, country) for country in self._countries)
            self._demonyms[word] = found
        return found

    @classmethod
    def from_data(cls, documents: Iterable[Mapping[str, Any]]) -> Places:
        """Places of every document in order; a later entry with the same name adds its aliases."""
        merged: dict[str, Place] = {}
        for document in documents:
            for entry in document.get("places", []):
                place = _place(entry)
                known = merged.get(place.name)
                if known is not None:
                    aliases = tuple(dict.fromkeys((*known.aliases, *place.aliases)))
                    place = Place(place.name, place.type, place.parent or known.parent, aliases,
                                  place.capital or known.capital)
                merged[place.name] = place
        return cls(tuple(merged.values()))

    def path(self, location: str) -> tuple[str, ...]:
        """A location and the known places that contain it, most specific first:
        "Mashtal, Baghdad" -> ("Mashtal", "Baghdad", "Iraq"). Lets incident linking see
        that a strike "in Anbar" and one "in Iraq" may be the same."""
        parts = [part.strip() for part in location.split(",") if part.strip()]
        chain: list[str] = []
        place = self.lookup(parts[0]) if parts else None
        while place is not None and place.name not in chain:
            chain.append(place.name)
            place = self.lookup(place.parent) if place.parent else None
        return tuple(dict.fromkeys([*chain, *parts])) if chain else tuple(parts)

    def country_of(self, location: str) -> str | None:
        """The country a location lies in, if known: "Mashtal, Baghdad" -> "Iraq"."""
        for name in self.path(location):
            place = self.lookup(name)
            if place is not None and place.type == "country":
                return place.name
        return None

    def lookup(self, name: str) -> Place | None:
        """The known place a written name denotes, if any."""
        return self._exact.get(names.normal_tokens(name))

    def capital_of(self, name: str) -> str | None:
        """The country whose capital `name` is, if it is a known capital: wire copy names a
        government by its seat ("Tbilisi accused Moscow of ...")."""
        place = self.lookup(name)
        return place.parent if place is not None and place.capital else None

    def find(self, tokens: Tokens) -> list[PlaceMention]:
        """Known places among `tokens` (from `extraction.tokens`), longest alias first."""
        found = longest_first(tokens, lambda index: self._match_at(tokens, index), self._starts)
        return [PlaceMention(tokens.starts[index], tokens.ends[index + length - 1], place)
                for index, length, place in found]

    def _match_at(self, tokens: Tokens, index: int) -> tuple[int, Place] | None:
        keys = tokens.keys
        longest = self._lengths.get(keys[index], 0)
        for length in range(min(longest, len(keys) - index), 0, -1):
            place = self._exact.get(tuple(keys[index : index + length]))
            if place is not None:
                return length, place
        return None


_DEMONYM_ENDINGS = frozenset({"n", "an", "ian", "i", "ese", "ish"})


def _made_from(word: str, country: str) -> bool:
    if word == country:
        return False
    if country.startswith(word):
        return True
    return any(
        word.startswith(stem) and word[len(stem):] in _DEMONYM_ENDINGS
        for stem in (country, country[:-1]) if len(stem) >= 3
    )


def _place(entry: Mapping[str, Any]) -> Place:
    name = str(entry["name"]).strip()
    if not name:
        raise ValueError("a gazetteer place needs a name")
    parent = entry.get("in")
    aliases = tuple(str(alias) for alias in entry.get("aliases", ()))
    capital = entry.get("capital", False)
    if not isinstance(capital, bool):
        raise ValueError(f"gazetteer place {name!r}: `capital` must be true or false")
    return Place(name, str(entry.get("type", "city")), str(parent) if parent else None, aliases, capital)
