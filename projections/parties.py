"""Which party a casualty figure counts: "PMF fighters", "members of the PMF" and "PMF members" are one.

Outlets word the same victims differently. The key of a wording is its owner, stripped of
the words that only say what kind of person was hit: the acronym a name is given in
parentheses, else the owner of "X of Y" and of "Y's X", else the name without leading
quantities and trailing role nouns; demonyms become their country. Within one incident a
spelt-out name whose initials equal another wording's key joins that key, and a figure with
no party joins the incident's main party (the key most figures name).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

_ACRONYM = re.compile(r"\(([A-Za-z][A-Za-z.&-]{1,9})\)")
_OF = re.compile(r"^(?:[\w-]+ )*?(?:members?|fighters?|soldiers?|personnel|troops|militants|ranks) of (.+)$")
_POSSESSIVE = re.compile(r"^([\w.&-]+(?: [\w.&-]+)*?)'s? ")
#: Words that say what kind of person was hit, not whose: dropped from the end of a wording.
ROLE_WORDS = frozenset({
    "fighter", "fighters", "member", "members", "soldier", "soldiers", "troop", "troops",
    "personnel", "militant", "militants", "militiamen", "militiaman", "servicemen", "serviceman",
    "service", "people", "persons", "officers", "officer", "guards", "recruits", "staff",
})
#: Words before the name that only count or qualify it.
_LEADING = frozenset({
    "the", "a", "an", "another", "other", "some", "several", "at", "least", "more", "than", "about",
    "around", "nearly", "almost", "up", "to", "one", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "ten", "dozens", "of", "hundreds", "scores", "its", "their", "our", "his",
    "her", "including",
})
#: The demonyms and spellings a country's own forces go by.
DEMONYMS = {
    "american": "us", "americans": "us", "u.s.": "us", "u.s": "us", "united states": "us",
    "iraqi": "iraq", "iraqis": "iraq", "syrian": "syria", "syrians": "syria", "iranian": "iran",
    "israeli": "israel", "jordanian": "jordan", "british": "uk", "u.k.": "uk", "russian": "russia",
    "ukrainian": "ukraine", "turkish": "turkey", "kurdish": "kurds",
}


@lru_cache(maxsize=1 << 14)
def party_key(wording: str | None) -> str | None:
    """The normalised party of one wording; None when the figure names no party. Memoised:
    every ledger asks again for the same few hundred wordings."""
    if not wording or not wording.strip():
        return None
    text = wording.replace("’", "'").strip()
    acronym = _ACRONYM.search(text)
    if acronym:
        return acronym.group(1).replace(".", "").casefold()
    text = " ".join(text.casefold().split())
    owner = _OF.match(text)
    text = owner.group(1) if owner else text
    words = _strip_leading(text.split())
    possessive = _POSSESSIVE.match(" ".join(words) + " ")
    if possessive and possessive.group(1) not in _LEADING:
        words = possessive.group(1).split()
    if all(word in ROLE_WORDS for word in words):
        return None  # "its troops": whose troops the sentence says elsewhere
    words = _strip_roles(words)
    key = " ".join(words) or None
    return DEMONYMS.get(key, key) if key else None


def _strip_leading(words: list[str]) -> list[str]:
    while words and (words[0] in _LEADING or words[0].replace(",", "").isdigit()):
        words = words[1:]
    return words


def _strip_roles(words: list[str]) -> list[str]:
    while len(words) > 1 and words[-1] in ROLE_WORDS:
        words = words[:-1]
    # "forces" names an organisation ("Popular Mobilization Forces") unless one word precedes it.
    if len(words) == 2 and words[-1] == "forces":
        words = words[:1]
    if len(words) == 2 and words[0] in DEMONYMS:
        words = words[:1]
    return words


def initials(key: str) -> str:
    return "".join(word[0] for word in re.split(r"[\s-]+", key) if word and word[0].isalnum())


def group_keys(wordings: Iterable[str | None]) -> dict[str | None, str | None]:
    """Maps each wording of one incident to the key it groups under (None: no party at all)."""
    wordings = list(wordings)
    keys = {w: party_key(w) for w in wordings}
    known = {k for k in keys.values() if k}
    alias = {k: initials(k) for k in known if " " in k and initials(k) in known}
    resolved = {w: alias.get(k, k) if k else None for w, k in keys.items()}
    counts = Counter(resolved[w] for w in wordings if resolved[w])
    main = min(counts, key=lambda k: (-counts[k], k)) if counts else None
    return {w: k or main for w, k in resolved.items()}
