"""Figures in one sentence: an amount, what it measures, and the party it counts.

The measure comes, in order of preference, from a casualty verb right before the amount
("killing at least 16 ..."), from the predicate after its noun phrase ("17 members ...
were killed"), from a tally noun ("the toll rose to 104"), from an elided coordination
("2,500 troops in Iraq and 900 in Syria"), or from the noun itself ("85 targets").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cached_property

from domain.values import Figure
from extraction.casefold import lowered
from extraction.names import words
from extraction.numbers import Amount, find_amounts

VERB_MEASURES = {
    **dict.fromkeys(
        words(
            "kill kills killed killing dead died die dies slain neutralised neutralized neutralising "
            "neutralizing massacred beheaded beheading murdered murdering assassinated"
        ),
        "killed",
    ),
    **dict.fromkeys(
        words("injure injures injured injuring wound wounds wounded wounding hurt"),
        "injured",
    ),
    "missing": "missing",
    "unaccounted": "missing",
    **dict.fromkeys(words("displaced displacing fled flee flees fleeing uprooted"), "displaced"),
    **dict.fromkeys(
        words("arrest arrests arrested arresting detain detains detained detaining"), "detained"
    ),
    **dict.fromkeys(
        words("abduct abducts abducted abducting kidnap kidnaps kidnapped kidnapping"), "abducted"
    ),
}
NOUN_MEASURES = {
    **dict.fromkeys(words("targets target"), "targets"),
    **dict.fromkeys(words("locations sites"), "locations"),
    **dict.fromkeys(words("attacks assaults attack assault strikes raids clashes"), "attacks"),
    **dict.fromkeys(words("missiles missile rockets"), "missiles"),
    **dict.fromkeys(words("drones drone"), "drones"),
    **dict.fromkeys(words("troops soldiers forces personnel peacekeepers servicemen marines"), "troops"),
    "refugees": "displaced",
    "bodies": "killed",
    **dict.fromkeys(words("killings deaths"), "killed"),
}
#: Heads that count troops only as "military ..." ("1,500 military instructors", "220 military
#: observers"); alone they are as often election observers or teachers.
_MILITARY_ONLY = frozenset({"instructors", "advisers", "advisors", "observers", "trainers"})
#: A lower-case compass word before "of" ends a noun phrase: "40 targets east of the wall".
_COMPASS = words("east west north south northeast northwest southeast southwest")
_PRESENCE_ONLY = frozenset(
    {"fighters", "mercenaries", "members", "police", "officers", "sailors", "airmen", "gendarmes", "guards"}
)
#: People a side "lost" (killed): "the militants lost dozens of fighters". Goods, ground and
#: matches are lost too ("lost three tanks", "lost 2-1"), so only these heads count.
_LOSABLE = words(
    "soldiers troops fighters men members personnel officers policemen servicemen militants "
    "combatants guards gunmen rebels insurgents paramilitaries mercenaries commanders"
)
#: Places counted where fighting reached: "spread to at least nine villages".
_PLACES_COUNTED = words("villages towns districts localities communities provinces settlements hamlets")
_SPREAD_TO = re.compile(r"(?i)\bspread(?:ing|s)?\b[^.;]{0,40}?\b(?:to|across|into)\s+$")
#: "took 251 hostages", "are holding 30 captives"; people "rescued" or "freed" are no figure.
_HOSTAGES = words("hostages captives")
_TAKING = words("took taken take takes taking seized seize seizing holding hold holds held kidnapped")
_PRESENCE_CUE = re.compile(
    r"(?i)\b(?:presence|present|stationed|deployed|deploy|deployment|based|estimated|has|have|"
    r"there are|strong|number(?:ing|s|ed)?|backed by|leading|contingent|sent|send|sending|dispatched"
    r"|dispatching|entered|flown)\b"
)
_LAUNCH = re.compile(r"(?i)\b(?:fir(?:ed|ing|es)|launch(?:ed|ing|es)?|shot|barrage of)\b")
_TIME_UNITS = re.compile(
    r"(?i)\s*(?:-|%|per\s?cent|percent|(?:hours?|days?|weeks?|months?|years?|decades?|minutes?|"
    r"km|kilomet(?:er|re)s?|miles?|metres?|meters?)\b)"
)
_STOP = words(
    "was were is are be been being had has have will would could may might who which that in on at "
    "near during across including and or from with by when while after before since as for to into "
    "inside outside of around along against over under through toward towards between among hostage "
    # A verb of saying ends the phrase: "two security sources said the clashes ...".
    "said told"
) | frozenset(VERB_MEASURES)
#: "taking dozens of passengers hostage": the people counted, then what they were taken as.
_HOSTAGE_AFTER = re.compile(r"(?i)\s+(?:hostages?|captives?)\b")
_NON_WORD = re.compile(r"\W")
#: A casualty verb whose first object has no number: "killing its commander and dozens of soldiers".
_VERB_AND = re.compile(
    r"(?i)\b(?P<verb>" + "|".join(sorted(VERB_MEASURES, key=len, reverse=True)) + r")\s+"
    r"(?:[a-z’'-]+\s+){1,3}and\s+$"
)
_DEATH_OF = re.compile(r"(?i)\b(?:killing|killings|deaths?)\s+of\s+$")
#: "blamed the group for the abduction of two fishermen".
_ABDUCTION_OF = re.compile(r"(?i)\b(?:abductions?|kidnappings?)\s+of\s+$")
#: "received the bodies of six soldiers".
_BODIES_OF = re.compile(r"(?i)\b(?:bodies|remains)\s+of\s+$")
_OF_THEM = re.compile(r"(?i)\s+of\s+(?:them|those|whom)\b")
_PARTITIVE = re.compile(r"(?i)\s+of\s+(?:the|them|those|its|their|his|her)(?:\s+[\w’'-]+)?(?=\s)")
_TALLY = re.compile(
    r"(?i)\b(?:death\s+toll|toll|number\s+(?:of\s+)?(?P<what>\w+))\b[^,.;]{0,120}?"
    r"\b(?:at|to|of|reached|hit)\s+$"
)
_TALLY_ENDS = ("at", "to", "of", "reached", "hit")
_TALLY_WORD = re.compile(r"\w+")
_PREDICATE = re.compile(
    r"(?i)\s*(?:(?:may|might|could|must|(?:are|were|is|was)\s+(?:feared|believed|thought|said)\s+to)"
    r"\s+have\s+(?:been\s+)?|were|was|have\s+been|has\s+been|had\s+been|are|is|had|have|been)?\s*"
    r"(?:(?:\w+ly|also|all|both|still|since|now|already)\s+)?(?:to\s+)?(?P<verb>killed|dead|died|wounded|injured|hurt|missing|"
    r"unaccounted(?=\s+for\b)|"
    r"displaced|fled|fleeing|flee|abducted|kidnapped|arrested|detained|beheaded|murdered|assassinated)\b"
)
#: What else a predicate can say of the people counted: treated in hospital (injured), left their
#: homes (displaced). Only with an auxiliary or a possessive object: "11 people were being treated",
#: "200 families had left the village".
_OTHER_PREDICATE = re.compile(
    r"(?i)\s*(?:(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+(?:(?:being|also|still)\s+)?"
    r"(?P<injured>treated|hospitali[sz]ed|admitted)\b"
    # "23 people had been shot dead by police", "four were hacked to death": killed.
    r"|(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+(?:(?:\w+ly|also|all)\s+)?"
    r"(?P<slain>shot\s+dead|gunned\s+down|shot\s+and\s+killed|(?:hacked|stabbed|beaten|burned|burnt|stoned)\s+to"
    r"\s+death|lynched|executed)\b"
    # "at least 20 protesters had needed hospital treatment".
    r"|(?:(?:had|have|has)\s+)?(?:(?:\w+ly|also|all)\s+)?(?:needed|required|received|sought)\s+"
    r"(?P<treated>(?:hospital|medical|emergency)\s+(?:treatment|care))\b"
    # "about 90 are still held", "were jailed": in custody.
    r"|(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+(?:(?:still|also|being)\s+)?"
    r"(?P<detained>held|jailed|imprisoned|in\s+custody|taken\s+into\s+custody|recaptured|rearrested|re-arrested)\b"
    r"|(?:(?:had|have|has)\s+)?(?:(?:\w+ly|also|all)\s+)?(?:left|abandoned)\s+(?:(?:their|the|its)\s+)?"
    r"(?:(?:nearby|surrounding|outlying|border|frontline|front-line)\s+)?"
    r"(?P<displaced>homes?|villages?|towns?|city|neighbourhoods?|neighborhoods?|camps?|settlements?|hamlets?)\b"
    # Away from home and sheltered elsewhere: "1,200 people were sheltering at the church",
    # "200,000 Nicaraguans have sought asylum in Costa Rica".
    r"|(?:were|are|had\s+been|have\s+been)\s+(?:still\s+|now\s+)?(?P<sheltering>sheltering)\s+(?:in|at|inside)\b"
    r"|(?:(?:had|have|has)\s+)?(?:(?:\w+ly|also|all)\s+)?(?P<asylum>sought|applied\s+for|claimed)\s+"
    r"(?:asylum|refuge)\b"
    # "hundreds have crossed into neighbouring Kazakhstan": gone over a border to shelter.
    r"|(?:(?:had|have|has)\s+)?(?:(?:\w+ly|also|all)\s+)?(?P<crossed>crossed)\s+(?:the\s+border\s+)?into\b)"
)
#: The measure each of `_OTHER_PREDICATE`'s branches says (one named group each).
_OTHER_MEASURES = {
    "injured": "injured", "treated": "injured", "slain": "killed", "detained": "detained",
    "displaced": "displaced", "sheltering": "displaced", "asylum": "displaced", "crossed": "displaced",
}  # fmt: skip
_DROVE_OUT = re.compile(r"(?i)\b(?:drove|driven|drive|drives|driving|forced|forcing)\s+out\s+(?:of\s+)?$")
#: "forced more than 18,000 people from their homes": the verb before, the homes after.
_FROM_HOMES = re.compile(r"(?i)\s*(?:from|out\s+of)\s+(?:their|its|his|her)\s+homes?\b")
_FORCING = words("forced forcing forces force drove driven driving drive drives uprooted uprooting")
#: The same after "who": only a passive or a verb that takes no object says what befell the people
#: counted ("20,000 villagers who fled", "three men who were detained"); in "three men who killed"
#: they are the ones who acted.
_WHO_PREDICATE = re.compile(
    r"(?i)\s*,?\s*who\s+(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+(?:(?:\w+ly|also|still)\s+)?"
    r"(?P<passive>killed|wounded|injured|hurt|missing|displaced|abducted|kidnapped|arrested|detained)"
    r"|(?:(?:have|has|had)\s+)?(?:(?:\w+ly|also)\s+)?(?P<intransitive>died|fled))\b"
)
#: What may stand between the people counted and their fate: "including ...", or an aside.
_ASIDE = re.compile(
    r"\s*,?\s*including\b[^,]{0,80},"
    # A list of who was among them, commas and all: "At least 18 people, among them police
    # officers, Mapuche activists and farm workers, have been killed".
    r"|(?:(?<=,)|\s*,)\s*(?:among\s+them|including|most\s+of\s+them|many\s+of\s+them)\b[^.;:“”\"]{0,100}?,"
    r"(?=\s*(?:were|was|are|is|have|has|had)\b)"
    # Any aside between commas right before an auxiliary: "14 people, most of them with gunshot
    # wounds, were admitted"; "Two of them, a rancher's son and a police officer, are missing".
    r"|(?:(?<=,)|\s*,)[^,;.:“”\"]{1,70},(?=\s*(?:were|was|are|is|have|has|had|fled|died)\b)"
)
_INCLUDING_BEFORE = re.compile(r"(?i)\b(?:including|among\s+them|among\s+whom|of\s+whom)\s+$")
_AND = re.compile(r"\s+and\s+")
_ELLIPSIS = re.compile(r"(?i)[^,;]{0,80}?\band\s+$")
_WORD = re.compile(r"[\w’'().-]+,?")
_DETERMINERS = words("the its their a an his her our this these those")
_SKIP_BEFORE = re.compile(r"(?i)\b(?:the|no|aged|age|no\.)\s+$")


@dataclass(frozen=True)
class FigureHit:
    """A figure with the span of its amount in the text and how its measure was found."""

    figure: Figure
    start: int
    end: int
    rule: str
    confidence: float


@dataclass
class _SentenceCues:
    """Sentence-wide cues, read at most once per sentence (not once per amount), and only when
    an amount's measure comes down to its noun (most are measured by a verb first)."""

    text: str
    start: int
    end: int

    @cached_property
    def launch_end(self) -> int | None:
        """The end of the first launch verb ("fired", "launched"), if any."""
        launch = _LAUNCH.search(self.text, self.start, self.end)
        return launch.end() if launch else None

    @cached_property
    def presence(self) -> bool:
        """A presence cue ("stationed", "deployed") anywhere in the sentence."""
        return _PRESENCE_CUE.search(self.text, self.start, self.end) is not None


@dataclass(frozen=True)
class _Phrase:
    party: str | None
    head: str | None
    end: int


def find_figures(
    text: str, start: int, end: int, excluded: Sequence[tuple[int, int]] = ()
) -> list[FigureHit]:
    """Figures in `text[start:end]`; amounts inside `excluded` spans (dates) are ignored."""
    hits: list[FigureHit] = []
    amounts = find_amounts(text, start, end)
    if not amounts:
        return hits
    cues = _SentenceCues(text, start, end)
    for amount in amounts:
        if _skipped(text, start, end, amount, excluded):
            continue
        hit = _figure(text, (start, end), amount, hits[-1] if hits else None, cues)
        if hit is not None:
            hits.append(hit)
    return hits


def _skipped(text: str, start: int, end: int, amount: Amount, excluded: Sequence[tuple[int, int]]) -> bool:
    if any(lo < amount.end and amount.number_start < hi for lo, hi in excluded):
        return True
    if _TIME_UNITS.match(text, amount.end, end):
        return True
    if amount.qualifier == "exact" and _SKIP_BEFORE.search(text, max(start, amount.start - 8), amount.start):
        return True
    if amount.end - amount.number_start == 4 and _in_year_range(text, start, end, amount):
        return True  # "the civil war of 1991-2002": years, not a count
    return text[amount.number_start : amount.end].lower() == "one" and text.startswith(" of", amount.end)


_YEAR_RANGE = re.compile(r"(?:1[89]|20)\d\d[-–](?:1[89]|20)\d\d")


def _in_year_range(text: str, start: int, end: int, amount: Amount) -> bool:
    """Whether a four-digit amount ends or begins a range of years."""
    return bool(_YEAR_RANGE.fullmatch(text, max(start, amount.number_start - 5), amount.end)
                or _YEAR_RANGE.fullmatch(text, amount.number_start, min(end, amount.end + 5)))


def _figure(
    text: str, bounds: tuple[int, int], amount: Amount, previous: FigureHit | None, cues: _SentenceCues
) -> FigureHit | None:
    start, end = bounds
    phrase = _phrase(text, amount.end, end)
    before = text[max(start, amount.start - 80) : amount.start]
    found = _measure(text, start, end, amount, phrase, before, previous, cues)
    if found is None:
        return None
    measure, rule, confidence, party = found
    qualifier = amount.qualifier
    if (
        previous is not None
        and qualifier == "exact"
        and not amount.another
        and rule != "noun"
        and (
            _ELLIPSIS.fullmatch(text, previous.end, amount.start)
            and "ing " not in text[previous.end : amount.start]
        )
    ):
        qualifier = previous.figure.qualifier if previous.figure.qualifier != "vague" else "exact"
    figure = Figure(measure=measure, value=amount.value, qualifier=qualifier, party=party, vague=amount.vague)
    return FigureHit(figure, amount.start, amount.end, rule, confidence)


def _measure(
    text: str,
    start: int,
    end: int,
    amount: Amount,
    phrase: _Phrase,
    before: str,
    previous: FigureHit | None,
    cues: _SentenceCues,
) -> tuple[str, str, float, str | None] | None:
    verb = _verb_before(before)
    if verb is not None:
        return VERB_MEASURES[verb], "verb_before", 0.95, phrase.party
    if phrase.head in _PLACES_COUNTED and _SPREAD_TO.search(before[-60:]):
        # "the fighting spread to at least four villages": how many places it reached.
        return "locations", "spread", 0.85, None
    if phrase.head in _LOSABLE and _verb_before(before, ("lost", "lose", "loses", "losing")) is not None:
        return "killed", "lost", 0.85, phrase.party
    hostages = phrase.head in _HOSTAGES or _HOSTAGE_AFTER.match(text, phrase.end, end) is not None
    if hostages and _verb_before(before, _TAKING) is not None:
        return "abducted", "hostages", 0.85, phrase.party
    if _ends_with(before, ("of",)) and (_DEATH_OF.search(before) or _BODIES_OF.search(before)):
        return "killed", "killing_of", 0.9, phrase.party
    if _ends_with(before, ("of",)) and _ABDUCTION_OF.search(before):
        return "abducted", "abduction_of", 0.9, phrase.party
    if previous is not None and _OF_THEM.match(text, amount.end, end) and _same_count(text, previous, amount):
        # "27 officers had been injured, six of them by dynamite blasts": part of the count before.
        return previous.figure.measure, "of_them", 0.85, previous.figure.party
    whole = _PARTITIVE.match(text, amount.end, end)
    if whole is not None:
        # "three of the wounded had died": what befell the part counted, not the whole it is of.
        partitive = _predicate(text, whole.end(), end)
        if partitive is not None:
            return partitive, "predicate_after", 0.9, phrase.party
    coordinated = _VERB_AND.search(before) if _ends_with(before, ("and",)) and previous is None else None
    if coordinated is not None:
        return VERB_MEASURES[lowered(coordinated.group("verb"))], "verb_and", 0.85, phrase.party
    if phrase.head in VERB_MEASURES:
        return VERB_MEASURES[phrase.head], "adjective", 0.9, phrase.party
    # "14 bodies and 37 wounded": the bodies are the dead whatever follows them.
    dead = NOUN_MEASURES.get(phrase.head or "") == "killed"
    predicate = _predicate(text, phrase.end, end) if not dead else None
    if predicate is not None:
        return predicate, "predicate_after", 0.95, phrase.party
    if _DROVE_OUT.search(before[-30:]):
        return "displaced", "drove_out", 0.85, phrase.party  # "drove out more than 100,000 people"
    if _last_word(before) in _FORCING and _FROM_HOMES.match(text, phrase.end, end):
        return "displaced", "forced_from_homes", 0.9, phrase.party
    # A tally's subject can be long ("the number of people killed in a police operation against
    # ... rose to"): it is read over a wider window than the other cues before an amount.
    tally = (_TALLY.search(text, max(start, amount.start - 140), amount.start)
             if _ends_with(before, _TALLY_ENDS) else None)  # fmt: skip
    if tally is not None:
        # "the number of people abducted at 47": the participle says what is counted.
        said = _TALLY_WORD.findall(lowered(tally.group()))
        named = next((word for word in said if word in VERB_MEASURES), None)
        if named is None:
            # "bringing the number of troops along the border to about 8,000": troops counted.
            what = lowered(tally.group("what") or "")
            if what in NOUN_MEASURES:
                return NOUN_MEASURES[what], "tally", 0.85, None
        return VERB_MEASURES[named or "dead"], "tally", 0.85, None
    if previous is not None and _inherits(text, amount, phrase, previous, before):
        return previous.figure.measure, "ellipsis", 0.85, previous.figure.party
    return _noun_measure(amount, phrase, cues)


def _same_count(text: str, previous: FigureHit, amount: Amount) -> bool:
    """Whether an amount follows the figure before it as a part of it, after a comma."""
    gap = text[previous.end : amount.start].rstrip()
    # "27 officers had been injured, six of them ...", "2,500 troops remain, and about 400 of them".
    return len(gap) <= 80 and (gap.endswith(",") or gap.endswith(", and"))


def _verb_before(before: str, verbs: Collection[str] = VERB_MEASURES) -> str | None:
    """The casualty verb written right before an amount: 'killing "', 'killed the bodies of '.

    Read word by word from the end (a regex anchored at the end would try every start).
    """
    body = before[:-1] if before.endswith(('"', "“")) else before
    if not body[-1:].isspace():
        return None
    words = body[-64:].split()
    if len(words) >= 3 and words[-1].lower() == "of" and words[-2].lower() in ("lives", "bodies"):
        words = words[:-3] if words[-3].lower() == "the" else words[:-2]
    if not words:
        return None
    last = words[-1][:-1] if words[-1].endswith(('"', "”")) else words[-1]
    verb = _NON_WORD.split(last)[-1].lower()
    return verb if verb in verbs else None


def _last_word(before: str) -> str:
    """The last word written before an amount, lowered ("" when none)."""
    tail = before[-24:].split()
    return tail[-1].lower() if tail else ""


def _ends_with(before: str, endings: tuple[str, ...]) -> bool:
    """Whether `before` ends with one of `endings` then whitespace: what a pattern anchored at
    the end ("...of\\s+$") needs, tested without trying the pattern at every start."""
    return before[-1:].isspace() and lowered(before.rstrip()[-16:]).endswith(endings)


def _inherits(text: str, amount: Amount, phrase: _Phrase, previous: FigureHit, before: str) -> bool:
    if _ends_with(before, ("including", "them", "whom")) and _INCLUDING_BEFORE.search(before):
        return True
    gap = text[previous.end : amount.start]
    return phrase.head is None and bool(_ELLIPSIS.fullmatch(gap) or _COMPARED.fullmatch(gap))


#: A figure compared with the one before it, its noun left out: "about 20,000 troops remain, down
#: from more than 100,000", "4,000 personnel, against more than 120,000 in ...".
_COMPARED = re.compile(r"(?i)[^;.]{0,120}?(?:\b(?:down|up)\s+from|\bagainst|\bcompared\s+(?:with|to))\s+$")


def _noun_measure(
    amount: Amount, phrase: _Phrase, cues: _SentenceCues
) -> tuple[str, str, float, str | None] | None:
    head = phrase.head
    if head is None:
        return None
    measure = NOUN_MEASURES.get(head)
    if measure in ("missiles", "drones") and (cues.launch_end is None or cues.launch_end > amount.start):
        return None
    if measure is None and head in _PRESENCE_ONLY and cues.presence:
        measure = "troops"
    if measure is None and head in _MILITARY_ONLY and "military" in (phrase.party or "").lower().split():
        measure = "troops"
    if measure is None:
        return None
    return measure, "noun", 0.8, phrase.party


#: What the people counted are members of, before what befell them: "12 members of the union were
#: missing".
_OF_GROUP = re.compile(
    r"\s+(?:of|from)\s+(?:the|a|an|their|its|his|her)\s+[\w’'-]+(?:\s+[\w’'-]+)?(?=\s+(?:were|was|had|have|has|are|is)\b)"
    # Where they came from, before what befell them: "2,000 people from villages along the border
    # had fled", "80 people from Uxiu had fled".
    r"|\s+from\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+(?=\s+(?:had|have|has)\s+(?:\w+ly\s+)?(?:fled|been))"
)


def _predicate(text: str, cursor: int, end: int) -> str | None:
    aside = _ASIDE.match(text, cursor, end) or _OF_GROUP.match(text, cursor, end)
    if aside is not None:
        cursor = aside.end()
    match = _PREDICATE.match(text, cursor, end)
    if match is not None:
        return VERB_MEASURES[lowered(match.group("verb"))]
    relative = _WHO_PREDICATE.match(text, cursor, end)
    if relative is not None:
        return VERB_MEASURES[lowered(relative.group("passive") or relative.group("intransitive"))]
    other = _OTHER_PREDICATE.match(text, cursor, end)
    if other is not None and other.lastgroup is not None:
        return _OTHER_MEASURES[other.lastgroup]
    among = _AMONG.match(text, cursor, end)
    if among is not None:
        return VERB_MEASURES[lowered(among.group("verb"))]
    return _listed(text, cursor, end)


#: "were among the dead": counted with the killed.
_AMONG = re.compile(
    r"(?i)\s*(?:were|was|are|is)\s+(?:also\s+)?among\s+the\s+(?P<verb>dead|killed|wounded|injured)\b"
)
#: What joins the people counted in a list: "13 soldiers, three police officers and four of the
#: attackers were among the dead".
_LIST_JOIN = re.compile(r"(?i)\s*,\s+(?:and\s+)?|\s+and\s+|(?<=,)\s+(?:and\s+)?")
#: A list item with no number: "a prison officer".
_ONE_ITEM = re.compile(r"(?i)(?:an?|one)\s+")
_LONGEST_LIST = 6


def _listed(text: str, cursor: int, end: int) -> str | None:
    """What befell the people counted when they open a list whose last item has the predicate:
    "Thirteen soldiers and three police officers were killed", "13 soldiers, three police officers,
    a prison officer and four of the attackers were among the dead". Every item is counted people
    ("the army said" after a comma ends the list)."""
    for _ in range(_LONGEST_LIST):
        join = _LIST_JOIN.match(text, cursor, end)
        if join is None:
            return None
        at = join.end()
        amounts = find_amounts(text, at, min(end, at + 40))
        if amounts and amounts[0].start == at:
            cursor = _phrase(text, amounts[0].end, end).end
        else:
            one = _ONE_ITEM.match(text, at, end)
            if one is None:
                return None
            cursor = _phrase(text, one.end(), end).end
        aside = _OF_GROUP.match(text, cursor, end)
        if aside is not None:
            cursor = aside.end()
        match = _PREDICATE.match(text, cursor, end) or _AMONG.match(text, cursor, end)
        if match is not None:
            return VERB_MEASURES[lowered(match.group("verb"))]
    return None


_QUOTE_MARKS = ('"', "“", "”")


def _phrase(text: str, cursor: int, end: int) -> _Phrase:
    """The noun phrase after an amount: "Popular Mobilization Forces (PMF) fighters"."""
    words: list[str] = []
    # An amount quoted alone ('killed "dozens" of soldiers') is followed by its phrase all the same.
    if text.startswith(('"', "”"), cursor):
        cursor += 1
    stop = cursor
    for match in _WORD.finditer(text, cursor, min(end, cursor + 120)):
        gap = text[stop : match.start()].strip()
        # A noun in scare quotes counts all the same: 'said 32 "rioters" had been arrested'.
        if gap and not (not words and gap in _QUOTE_MARKS and text.startswith(_QUOTE_MARKS, match.end())):
            break
        word = match.group()
        bare = word.rstrip(",").strip("()").lower()
        if not words and bare in ("more", "other", "others", "additional", "of"):
            stop = match.end()
            continue
        if bare in _STOP and not (bare == "and" and words and _continues(text, match.end(), end)):
            break
        if words and _after_head(word, words[-1]):
            break
        sentence_end = word.endswith(".") and len(word) > 2 and word[-2].islower()
        words.append(word.rstrip(",.") if sentence_end else word.rstrip(","))
        stop = match.end()
        if gap:
            stop += 1  # past the closing mark
            break
        if word.endswith(",") or sentence_end or len(words) >= 7:
            break
    party_words = [w for w in words if not (w.startswith("(") and w.endswith(")"))]
    while party_words and party_words[0].lower() in _DETERMINERS:
        party_words.pop(0)
    if not party_words:
        return _Phrase(None, None, stop)
    party_words = _first_counted(party_words)
    head = party_words[-1].strip("()").lower().rstrip(".")
    return _Phrase(" ".join(party_words).strip("()"), head, stop)


#: Heads an amount can count: "1,500 fighters nationwide" ends at its head as "2,500 troops remain".
_COUNTED_HEADS = frozenset(NOUN_MEASURES) | _PRESENCE_ONLY | _MILITARY_ONLY


def _first_counted(words: list[str]) -> list[str]:
    """"600 troops and armoured vehicles": the amount counts the first noun when that one is a
    measure and the last is not ("16 PMF and Kataib Hezbollah fighters" stays whole)."""
    lowered_words = [w.strip("()").lower().rstrip(".") for w in words]
    if "and" not in lowered_words or lowered_words[-1] in NOUN_MEASURES:
        return words
    joint = lowered_words.index("and")
    return words[:joint] if joint and lowered_words[joint - 1] in _COUNTED_HEADS else words


def _continues(text: str, cursor: int, end: int) -> bool:
    """After "and" inside a noun phrase: more nouns follow, not a number or a verb."""
    following = _WORD.match(text, cursor + 1, end) if cursor < end else None
    if following is None:
        return False
    word = following.group().rstrip(",").lower()
    return word not in _STOP and not word[:1].isdigit() and not find_amounts(word)


def _after_head(word: str, previous: str) -> bool:
    """A word that follows a noun phrase's head instead of extending it: a participle after a
    plural ("500 troops backed by drones"), any lower-case word after a plural that counts
    ("40,000 refugees live in camps") or a compass word ("40 targets east of the wall").
    Casualty participles stay: "17 people wounded" is read by the phrase's own rules."""
    if not word[:1].islower():
        return False
    bare = word.rstrip(",.")
    if bare in _COMPASS:
        return True
    counted = previous.rstrip(",").lower()
    joins = bare in VERB_MEASURES or bare in ("and", "or")
    if counted.endswith("s") and counted in _COUNTED_HEADS and not joins:
        return True  # "173,000 refugees live in camps", "2,500 troops remain": a verb follows
    return len(bare) > 4 and bare.endswith("ed") and bare not in VERB_MEASURES and counted.endswith("s")
