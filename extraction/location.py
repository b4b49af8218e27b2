"""Where a happening took place: the most specific place named in the claim's sentence.

Candidates come from the known places of the gazetteer (`places`) and, for places it has never
seen, from patterns: "the (eastern) town of Y", "Y province", "Baghdad's Y neighbourhood", and a
capitalised name after "in", "near", "outside" or "at" that is not an actor and is not used as
an adjective ("in Russian attacks"). Only the claim's own clause is read ("X called for ...
after a strike in Y": Y is the strike's place, not the call's). A known place counts where it
is named as a place, after a preposition ("in north-eastern Jordan", "on the edge of Goma"),
not as an actor ("Washington launched", "US-led", "the Islamic Resistance in Iraq"). The most
specific candidate wins (district > town/city > province > country), then a known place over a
pattern's guess, then the first written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from extraction.casefold import lowered
from extraction.gazetteer import Gazetteer
from extraction.initials import gate
from extraction.names import ORG_WORDS, words
from extraction.places import RANKS, PlaceMention

#: Claim kinds that describe a happening, and so take a location.
LOCATED_KINDS = frozenset(
    {"strike", "attack", "casualties", "target_count", "responsibility", "displacement"}
)

_ARTICLE = "al|el|ad|as|ash|an|ar|at"
_NAME = rf"(?:(?:{_ARTICLE})-)?[A-Z][\w-]*(?:['’][a-rt-z]\w*)?"
#: What a name can start with: the patterns that open with one are tried only there.
_NAME_GATE = gate(_ARTICLE, extra="A-Z")
_JOIN = r"(?:\s+(?:de|da|del|do|dos|al|el|la|ibn|bin))?\s+"
_NAMES = rf"{_NAME}(?:{_JOIN}{_NAME}){{0,3}}"
_TYPE = (
    r"district|province|region|governorate|neighbou?rhood|city|town|village|county|state|"
    r"area|camp|suburb|municipality|oblast|island|enclave|settlement|commune|canton|prefecture|parish|regency"
    # Where armed groups hide and patrols go: "in the Chiquibul forest", "the Dansadau forest".
    r"|forest"
)
_TYPE_WORD = re.compile(rf"(?i:{_TYPE})")
#: A `_TYPE` word as every match of `_TYPE_OF` and `_NAME_TYPE` writes it, in lowered text:
#: after whitespace and not followed by a letter, digit or hyphen. "statement", "areas" and
#: "campaign" hold a type word but not so, and do not send a clause to those patterns.
_TYPE_WORD_WRITTEN = re.compile(rf"\s(?:{_TYPE})(?![\w-])")
_DIRECTION = r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)\w*\s+)"
_TYPE_OF = re.compile(
    rf"\b(?i:the)\s+(?P<adjectives>(?:[\w-]+\s+){{0,2}}?)(?P<type>(?i:{_TYPE}))\s+of\s+(?P<name>{_NAMES})"
)
_NAME_TYPE = re.compile(
    rf"{_NAME_GATE}(?:\b(?P<owner>{_NAME})['’]s\s+{_DIRECTION}?)?(?<![\w-])(?P<name>{_NAMES})\s+(?P<type>(?i:{_TYPE}))(?![\w-])"
)
#: From an inner place's name to an outer one's: "Khanasor in Iraq's ", "Goma, in eastern ".
_INSIDE = re.compile(
    r"(?:(?:al|el)-)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3},?\s+in\s+(?:the\s+)?"
    # "Bwera in western Uganda's Kasese district": a compass word may come before the owner.
    r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?"
    r"(?:[A-Z][\w-]*['’]s\s+)?(?:[a-z][\w-]*\s+){0,2}"
)
_OWNED = re.compile(rf"{_NAME_GATE}(?P<owner>{_NAMES})['’]s\s+{_DIRECTION}?(?P<name>{_NAMES})")
#: Verbs whose object is the place itself: "fled Liancourt", "shelled Kharkiv", "retook Kidal".
#: "fled to Bocaranga", "fled toward Ouallam": where people fled is where they shelter.
_PLACE_VERBS = (
    r"(?:fled|flee|fleeing)(?:\s+(?:to|toward|towards|into))?|evacuated|shelled|bombed|stormed|raided"
    r"|entered|overran|retook|retaken|recaptured|captured"
    # Where the wounded are treated: "brought to Bichena's only hospital".
    r"|(?:brought|taken|rushed|admitted|evacuated)\s+to"
)
# "west of Bir al-Abd": a compass word before "of" places what it governs.
_PREPOSITIONS = (
    r"in|near|outside|at|around|(?:north|south|east|west)(?:-?(?:east|west))?\s+of"
    # "ambushed a bus on the road to Mpeketoni".
    r"|(?:road|highway|route)\s+(?:to|from|linking)"
    # "shells fell on residential areas of Las Anod", "fled to the town centre of Patikul".
    r"|(?:areas|parts|outskirts|cent(?:re|er)|edge|heart|streets)\s+of"
)
_AFTER_PREP = re.compile(
    rf"\b{gate(_PREPOSITIONS, _PLACE_VERBS, fold=True)}(?i:{_PREPOSITIONS}|{_PLACE_VERBS})"
    rf"\s+(?:(?i:the)\s+)?(?P<direction>(?i:{_DIRECTION}))?(?P<name>{_NAMES})"
)
_LOCATIVES = (
    "in|at|near|from|into|outside|across|throughout|inside|over|of|on|to|toward|towards|around|off|"
    f"along|between|{_PLACE_VERBS}"
)
#: A conjunction or a speech verb between a preposition and a name opens another clause: in
#: "strikes in western Iran as Tehran fires", Tehran is no place the "in" governs.
_CLAUSE_OPENERS = "as|while|but|when|where|after|before|which|who|that|since|because|if|said|says"
_LOCATIVE_BEFORE = re.compile(
    rf"(?i)\b{gate(_LOCATIVES)}(?:{_LOCATIVES})\s+(?:(?!(?:{_CLAUSE_OPENERS})\b)[\w’'-]+\s+){{0,4}}$"
)
_SPOKE_IN_BEFORE = re.compile(
    r"(?i)\b(?:(?:told|telling|briefed|briefing|addressing)\s+(?:[\w’'-]+\s+){0,3}?|speaking\s+"
    r"(?:[\w’'-]+\s+){0,3}?|(?:news|press)\s+conference\s+|(?:said|says)\s+)"
    r"(?:in|from)\s+(?:the\s+)?$"
)
#: "the village of Gajiganna, 35 km north of Maiduguri": the second place only says where the
#: first lies. It is the location only when nothing else is named.
_REFERENCE_BEFORE = re.compile(
    r"(?i)(?:\b\d[\d,.]*\s*(?:-\s*)?(?:km|kilomet(?:er|re)s?|miles?)\s+(?:\([^()]{1,20}\)\s+)?|,\s*(?:just\s+)?)"
    r"(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?$"
)
#: "Mogadishu hotel", "the North Darfur capital": a place named as an attribute of a site.
#: Sites a place's own name is written before, and a new name is not ("SYL hotel", "Al-Noor
#: mosque" are names of their own): "near Bissau presidential palace", "Goma airport".
_SITES_OF_PLACES = (
    r"airport|prisons?|port|palace|barracks|armou?ry|garrison|refinery|embassy|consulate"
    # "near the Jaber crossing", "at the Rafah border crossing".
    r"|(?:border\s+)?crossing"
)
_FACILITY_AFTER = re.compile(
    # An adjective may come between: "Bissau presidential palace", "Goma central prison".
    r"\s+(?:(?:presidential|central|main|military|naval|air|police|federal|national|regional|district)\s+)?"
    rf"(?:{_SITES_OF_PLACES}|hotel|hospital|market|base|camp|mosque|church|school|university|"
    r"station|capital|city|town|village|suburbs?|outskirts|province|region|district|depot|compound"
    r"|checkpoint)\b"
)
#: A place's own site, owned: "Bichena's only hospital", "Alamata's main market".
_OWNED_SITE = re.compile(
    r"['’]s\s+(?:only\s+|main\s+|largest\s+|central\s+|general\s+|referral\s+)?(?:hospital|clinic|market|airport"
    r"|prison|port|camp)\b"
)
_SITE_OF_A_PLACE = re.compile(
    rf"\s+(?:(?:presidential|central|main|military|naval|international)\s+)?(?:{_SITES_OF_PLACES})\b"
)
#: An event named with its place before it, as headlines write it: "18 killed in Karakalpakstan
#: unrest", "police die in Kumanovo gun battle".
_EVENT_AFTER = re.compile(
    # A modifier may come between: "in Rio police raid", "after Upper Nile clashes".
    r"\s+(?:(?:police|army|military|gang|militia|rebel|drone|border|deadly|ethnic|communal|tribal)\s+)?"
    r"(?:gun\s+)?(?:battles?|unrest|violence|clash(?:es)?|fighting|riots?|protests?|attacks?|raids?|death\s+toll"
    r"|blasts?|bombings?|shootings?|ambush|massacre|uprising|standoff|siege|offensive)\b"
)
_ADJECTIVAL = re.compile(r"-[a-z]+$")
_AFTER_NAME_OK = re.compile(
    r"(?:\s*(?:$|[,.;:)\"”’]|\s(?:on|in|at|near|and|or|when|where|after|before|since|during|as|from|"
    r"to|that|which|who|overnight|late|early|last|this|earlier|on|by|with|while|for|\w+ed|"
    # An auxiliary: "violence in Enga has killed", "in Kotido were treated".
    r"has|have|had|is|are|was|were)\b))"
)
_NOT_NAMES = words(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday the a an this that these those his "
    "her its their our some all one two three i we he she it they"
)


#: The last word of a body's name ("Service", "Ministry", "Hospital"), but for the ones places
#: are named with ("Gezira State", "Sinai Province").
_BODY_ENDS = ORG_WORDS - {"Province", "State"}


@dataclass(frozen=True)
class _Candidate:
    start: int
    normal: str
    rank: int
    known: bool
    #: Named after a locative preposition ("in Jordan"), not only before a site ("a US base").
    locative: bool = True


def locate(
    text: str,
    clause: tuple[int, int],
    known: Sequence[PlaceMention],
    actors: Sequence[tuple[int, int]],
    gazetteer: Gazetteer,
    subject: tuple[int, int] | None = None,
) -> str | None:
    """Where the happening whose cue lies in the clause `text[clause]` took place.

    `known` are the known places and `actors` the spans of actors named in the sentence;
    `subject` is where the sentence's speaker is written.
    """
    candidates = _known(text, clause, known, actors) + _unseen(text, clause, gazetteer)
    if not candidates:
        return None
    candidates = _innermost(text, candidates)
    candidates = _first_of_pairs(text, candidates)
    # Where the speaker is and a reference point ("south of Tel Aviv") count only when no other
    # place is named; among equally specific places, "in Jordan" says where, "a US base" whose base.
    best = max(candidates, key=lambda c: (not _where_speaker_is(text, clause[0], c.start, subject),
                                          not _reference(text, clause[0], c.start), c.rank, c.locative,
                                          c.known, -c.start))
    return best.normal


def _where_speaker_is(text: str, floor: int, at: int, subject: tuple[int, int] | None) -> bool:
    """A place that says where the speaker is rather than where the event was: inside the
    speaker's description ("a rights worker in Kabul said") or where they spoke ("told reporters
    in Nairobi", "speaking in Geneva")."""
    if subject is not None and subject[0] <= at < subject[1]:
        return True
    return _SPOKE_IN_BEFORE.search(text, max(floor, at - 48), at) is not None


def _innermost(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """Without the places another is written inside: in "the town of Khanasor in Iraq's Sinjar
    district" the town is in the district, whatever the district's usual rank."""
    outer = {id(other) for c in candidates for other in candidates if _written_inside(text, c, other)}
    return [c for c in candidates if id(c) not in outer] if outer else candidates


#: Between two places written as a pair: "in Mafeteng and Maseru".
_PAIRED = re.compile(r"[\w'’.-]+(?:\s+[\w'’.-]+){0,3}\s+(?:and|or)\s+")


def _first_of_pairs(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """Without the second of two places of one rank written as a pair: "raids in Mafeteng and
    Maseru" took place first where it is written first, known or not."""
    second = {
        id(later) for later in candidates for first in candidates
        if first.start < later.start and first.rank == later.rank
        and _PAIRED.fullmatch(text, first.start, later.start) is not None
    }  # fmt: skip
    return [c for c in candidates if id(c) not in second] if second else candidates


def _written_inside(text: str, inner: _Candidate, outer: _Candidate) -> bool:
    """ "INNER in (the) (Owner's) (a word or two) OUTER", nothing else between them."""
    return inner.start < outer.start and _INSIDE.fullmatch(text, inner.start, outer.start) is not None


def _reference(text: str, floor: int, at: int) -> bool:
    """Whether the place at `at` is named as a reference point ("40 km north of Y")."""
    return text[at - 1 : at].isspace() and _REFERENCE_BEFORE.search(text, max(floor, at - 48), at) is not None


def _known(
    text: str, sentence: tuple[int, int], known: Sequence[PlaceMention], actors: Sequence[tuple[int, int]]
) -> list[_Candidate]:
    found: list[_Candidate] = []
    for mention in known:
        if any(lo <= mention.start and mention.end <= hi and hi - lo > mention.end - mention.start
               for lo, hi in actors):
            continue  # "the Islamic Resistance in Iraq", "spokesman Abdifatah Aden Hassan"
        if _ADJECTIVAL.search(text, mention.start, mention.end):
            continue  # "US-led", "Tehran-backed"
        locative = bool(_LOCATIVE_BEFORE.search(text, max(sentence[0], mention.start - 48), mention.start))
        if not (locative or _FACILITY_AFTER.match(text, mention.end, sentence[1])
                or _EVENT_AFTER.match(text, mention.end, sentence[1])):
            continue  # "Washington launched", "Kyiv has rejected": the place names an actor
        found.append(_Candidate(mention.start, mention.place.normal, mention.place.rank, True, locative))
    return found


def _unseen(text: str, clause: tuple[int, int], gazetteer: Gazetteer) -> list[_Candidate]:
    lo, hi = clause
    found: list[_Candidate] = []
    # The typed and possessive patterns are costly (a name is tried at every capital letter);
    # most clauses hold no place-type word and no "'s", which every match of theirs contains.
    span = lowered(text[lo:hi])
    if _TYPE_WORD_WRITTEN.search(span):
        named_after = set()
        for match in _TYPE_OF.finditer(text, lo, hi):
            # "the Bannu district of ...": Bannu is the district; but "the Rif town of Imzouren":
            # a town, village or city "of" a name is that name, whatever region is written before.
            capitalised = [word for word in match.group("adjectives").split() if word[:1].isupper()]
            settlement = match.group("type").lower() in _SETTLEMENTS
            if settlement or all(map(gazetteer.places.is_demonym, capitalised)):
                found.extend(_typed(gazetteer, match, None, text))
                named_after.add(match.start("type"))
                continue
            part = _city_part_of(gazetteer, match, " ".join(capitalised))
            if part is not None:  # "the eastern Dili suburb of Becora": Becora, in Dili
                found.append(part)
                named_after.add(match.start("type"))
        for match in _NAME_TYPE.finditer(text, lo, hi):
            # "the Tajik enclave of Vorukh": Vorukh; "the Iraqi province": no place named.
            if not (match.start("type") in named_after or gazetteer.places.is_demonym(match.group("name"))):
                found.extend(_typed(gazetteer, match, match.group("owner"), text))
    if "'s" in span or "’s" in span:
        for match in _OWNED.finditer(text, lo, hi):
            found.extend(_owned(text, hi, gazetteer, match))
    for match in _AFTER_PREP.finditer(text, lo, hi):
        name = _trim_type(match.group("name"))
        if _named_with_direction(gazetteer, match):
            continue  # "in North Waziristan": the known place is a candidate already
        if _bare_place(text, hi, gazetteer, match, name):
            direction = match.group("direction")
            if direction is not None and direction[:1].isupper():
                # "in Central Sulawesi", "in East Java": written capitalised, the compass word
                # begins the name of a place never seen, as it does known ones.
                found.append(_Candidate(match.start("direction"), f"{direction.strip()} {name}", 3, False))
            else:
                found.append(_Candidate(match.start("name"), name, 3, False))
    return found


def _named_with_direction(gazetteer: Gazetteer, match: re.Match[str]) -> bool:
    """A capitalised compass word that begins a known place's name ("North Waziristan", "South
    Kivu"): not a direction in which a place lies."""
    direction = match.group("direction")
    return (direction is not None and direction[:1].isupper()
            and gazetteer.places.lookup(f"{direction}{match.group('name')}") is not None)


def _bare_place(
    text: str, hi: int, gazetteer: Gazetteer, match: re.Match[str], name: str, *, headline: bool = False
) -> bool:
    """A capitalised name never seen, used as a noun ("in Goma,", not "in Russian attacks");
    with `headline`, a headline's present tense may follow it too."""
    if gazetteer.places.lookup(name) is not None:
        return False  # a known place is a candidate already
    after = match.end("name")
    if (_EVENT_AFTER.match(text, after, hi) is not None or _SITE_OF_A_PLACE.match(text, after, hi) is not None
            or _OWNED_SITE.match(text, after, hi) is not None):
        # "in Karakalpakstan unrest", "near Bissau presidential palace", but not "in Russian
        # attacks": a people is no place.
        return not gazetteer.places.is_demonym(name) and _plausible(gazetteer, name, unknown=True)
    followed = _AFTER_NAME_OK.match(text, after, hi) is not None or (
        headline and _HEADLINE_VERB.match(text, after, hi) is not None
    )
    return followed and _plausible(gazetteer, name, unknown=True)


def _owned(text: str, hi: int, gazetteer: Gazetteer, match: re.Match[str]) -> list[_Candidate]:
    """ "Burkina Faso's Barsalogho", "Kyiv's Obolon": a place of a known place. A headline's
    present tense may follow it ("Tribal fighting in Papua New Guinea's Enga kills 26")."""
    owner = gazetteer.places.lookup(match.group("owner"))
    name = match.group("name")
    if owner is None or not _bare_place(text, hi, gazetteer, match, name, headline=True):
        return []
    if owner.rank >= 3:
        return [_Candidate(match.start("name"), f"{name}, {owner.name}", 4, False)]
    return [_Candidate(match.start("name"), name, 3, False)]


#: A verb in the present tense after a name, as headlines write them; speech verbs name a speaker
#: ("Chad's Deby says"), not a place.
_HEADLINE_VERB = re.compile(
    r"\s+(?!(?:says|warns|vows|claims|denies|urges|calls|tells|insists|accuses|blames|rejects|demands"
    r"|pledges|threatens|orders|visits|meets|wins|resigns)\b)[a-z]+s\b"
)


def _typed(gazetteer: Gazetteer, match: re.Match[str], owner: str | None, text: str) -> list[_Candidate]:
    name = match.group("name")
    actor = gazetteer.lookup(f"{name} {match.group('type')}")
    if not _plausible(gazetteer, name) or (actor is not None and actor.type != "state"):
        return []  # "Islamic State" is an actor
    place = gazetteer.places.lookup(name)
    if place is not None:
        return [_Candidate(match.start("name"), place.normal, place.rank, True)]
    kind = _kind(match)
    rank = RANKS.get(kind, 3)
    normal = name
    if rank == 4 and owner is not None:
        parent = gazetteer.places.lookup(owner)
        if parent is not None and parent.rank >= 3:
            normal = f"{name}, {parent.name}"
    of_city = _part_of_city(text, match.end(), kind, gazetteer) if owner is None else None
    if of_city is not None:
        normal, rank = f"{name}, {of_city}", 4
    return [_Candidate(match.start("name"), normal, rank, False)]


_SETTLEMENTS = frozenset({"town", "village", "city"})
#: "the Divo Naselje neighbourhood of Kumanovo", "the Wilberforce area of Freetown": a part of the
#: city named after "of".
_OF_NAME = re.compile(rf"\s+of\s+(?P<name>{_NAMES})")
_PARTS_OF_CITIES = frozenset({"neighbourhood", "suburb", "area", "district"})


def _part_of_city(text: str, at: int, kind: str, gazetteer: Gazetteer) -> str | None:
    """The city a named neighbourhood, suburb or area is "of", in its normal form: a known
    town or city, or, for a neighbourhood or suburb (which only cities have), a name never seen.
    A district is as often a province's, so only a known city's counts."""
    if kind not in _PARTS_OF_CITIES:
        return None
    after = _OF_NAME.match(text, at)
    if after is None:
        return None
    city = after.group("name")
    place = gazetteer.places.lookup(city)
    if place is not None:
        return place.name if place.rank == 3 else None
    if kind in ("neighbourhood", "suburb") and _plausible(gazetteer, city, unknown=True):
        return city
    return None


def _kind(match: re.Match[str]) -> str:
    """A place type as `RANKS` writes it."""
    return match.group("type").lower().replace("neighborhood", "neighbourhood")


def _city_part_of(gazetteer: Gazetteer, match: re.Match[str], city: str) -> _Candidate | None:
    """ "the eastern Dili suburb of Becora": a part of a known city, the city (the capitalised
    words of `match`'s adjectives) written before its type."""
    name = match.group("name")
    if _kind(match) not in ("neighbourhood", "suburb", "area") or not city or not _plausible(gazetteer, name):
        return None
    # Which of the two is the city only the gazetteer says: "the Divo Naselje neighbourhood of
    # Kumanovo" is written the other way round.
    place = gazetteer.places.lookup(city)
    if place is None or place.rank != 3 or gazetteer.places.lookup(name) is not None:
        return None
    return _Candidate(match.start("name"), f"{name}, {place.name}", 4, False)


def _trim_type(name: str) -> str:
    """ "Gezira State" written capitalised: the name without its type word."""
    words = name.split()
    if len(words) > 1 and _TYPE_WORD.fullmatch(words[-1]):
        return " ".join(words[:-1])
    return name


def _plausible(gazetteer: Gazetteer, name: str, *, unknown: bool = False) -> bool:
    """A place name: not a month, weekday or pronoun, not a known actor other than a state.
    `unknown`: the caller has found that no known place is so named."""
    first = name.split()[0].lower()
    if first in _NOT_NAMES or name.lower().endswith(("-controlled", "-held", "-backed", "-led", "-linked")):
        return False
    if name.split()[-1] in _BODY_ENDS:
        return False  # "Panama's National Border Service": a body, not a place
    if not unknown and gazetteer.places.lookup(name) is not None:
        return True
    actor = gazetteer.lookup(name)
    return actor is None or actor.type == "state"
