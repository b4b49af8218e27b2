"""Normalisation of actor names, so spelling variants meet: "Abu Baqer al-Saadi" ~ "Abu Baqir al-Saadi".

Two keys are used. The *normal* key folds case, accents, dots, possessives, hyphens and the
Arabic article ("al-", "el-"). The *skeleton* key keeps each token's first letter and its
consonants (vowels, "h", "w" and "y" dropped, doubled letters collapsed, q/c read as k), the
way transliterations of the same name differ: Baqer/Baqir, Saadi/Saeedi, Hezbollah/Hizbullah.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

#: A word: a letter or digit run, then runs joined by `_'’.&-`, ending on a letter or digit (the
#: same words as `[^\W_](?:[\w'’.&-]*[^\W_])?`, found without backing off a trailing dot).
WORD = re.compile(r"[^\W_]+(?:[_'’.&-]+[^\W_]+)*")
_ARTICLES = frozenset({"al", "el", "ul"})
_DROPPED = frozenset({"the"})
_SKELETON_DROP = frozenset("aeiouyhw")
_SKELETON_MAP = str.maketrans({"q": "k", "c": "k", "j": "g"})


def fold(text: str) -> str:
    """Strip accents (NFKD) and unify apostrophes."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normal_token(token: str) -> str:
    """One token's normal form; acronyms ("US", "U.S.", "PMF") keep their case."""
    token = fold(token).replace("’", "'")
    if token.endswith(("'s", "'")):
        token = token[:-2] if token.endswith("'s") else token[:-1]
    token = token.replace(".", "").replace("'", "")
    if len(token) > 1 and token.isupper():
        return token
    return token.lower()


@lru_cache(maxsize=65536)
def sub_tokens(token: str) -> tuple[str, ...]:
    """A written token split at hyphens and normalised, articles dropped: "al-Saadi" -> ("saadi",)."""
    return tuple(_sub_tokens(token))


def _sub_tokens(token: str) -> list[str]:
    parts = [normal_token(part) for part in token.split("-")]
    kept = [part for part in parts if part and part not in _ARTICLES]
    return kept if kept else [part for part in parts if part]


@lru_cache(maxsize=65536)
def normal_tokens(name: str) -> tuple[str, ...]:
    """The normal key of a whole name, as a tuple of tokens. Kept per name: a report looks up
    the same places and actors many times (three calls in four, over the development reports
    read once each, are for a name asked before)."""
    tokens: list[str] = []
    for written in WORD.findall(name):
        tokens.extend(sub_tokens(written))
    while tokens and tokens[0] in _DROPPED:
        tokens.pop(0)
    return tuple(tokens)


@lru_cache(maxsize=65536)
def skeleton(token: str) -> str:
    """Consonant skeleton of a normal token: "saeedi" -> "sd", "baqir" -> "bkr"."""
    low = token.lower().translate(_SKELETON_MAP)
    if not low:
        return ""
    out = [low[0]]
    for ch in low[1:]:
        if ch in _SKELETON_DROP or ch == out[-1]:
            continue
        out.append(ch)
    return "".join(out)


def skeleton_key(tokens: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(skeleton(token) for token in tokens)


def similar(left: tuple[str, ...], right: tuple[str, ...], floor: float = 0.7) -> bool:
    """Same skeleton and close enough as strings: the fuzzy rule for transliteration variants."""
    if len(left) != len(right) or skeleton_key(left) != skeleton_key(right):
        return False
    ratio = SequenceMatcher(None, " ".join(left).lower(), " ".join(right).lower()).ratio()
    return ratio >= floor


def tidy(name: str) -> str:
    """A name as written, with whitespace collapsed and a trailing possessive dropped."""
    name = " ".join(name.split()).strip(" ,;:-–—\"“”'‘’()")
    if name.count("(") > name.count(")"):
        name += ")"  # "Inter-Services Public Relations (ISPR)" keeps its closing bracket
    for suffix in ("’s", "'s"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name


def words(text: str) -> frozenset[str]:
    """A word list written as one string: `words("a b c")`."""
    return frozenset(text.split())


#: Words that end the name of a body, not of a person or a place ("National Border Service",
#: "Ministry of Defence" holds one too).
ORG_WORDS = words(
    "Province Forces Force Army Council Command Cell Ministry Government Front Movement Brigade Brigades "
    "Committee Agency Organization Organisation Union Party Group Alliance Network Police Office "
    "Mission State Resistance Hospital University Court Staff Service News Department Authority "
    "Coalition Corps Guard Guards Monitor Institute Observatory Center Centre Foundation Commission "
    "Tracker Project Initiative Watch Directorate Bureau Secretariat Tribunal Federation Association "
    "Society Assembly Parliament Senate Cabinet Presidency Embassy Unit Programme Program Division "
    "Regiment Battalion Squadron Fleet Gendarmerie Navy Militia Constabulary"
)
