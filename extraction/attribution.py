"""Who says a sentence: "X said", "according to X", "X claimed", "in a statement", a quotation
and whom it is attributed to. Finds the subject as written; `speakers` resolves it.

Report verbs ("said", "according to") attribute the whole sentence. Act verbs ("called for",
"vowed", "urged", "denied") attribute only the speech act itself: an event the sentence
mentions in passing stays the outlet's claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from extraction.casefold import lowered
from extraction.initials import by_initial, gate
from extraction.names import words

Scope = Literal["sentence", "act"]

_REPORT_VERBS = (
    "said|says|say|told|tells|added|adding|stressed|wrote|writes|stated|noted|reported|reports|"
    r"estimated?\s+that|estimates\s+that|"
    "announced|explained|concluded|confirmed|claimed|claims|claiming|argued|indicated|insisted|"
    "acknowledged|saying|posted|"
    # Whoever puts, raises or gives a toll is the source of its figure.
    r"(?:put|puts|putting|raised|raises|revised|revises|lowered|lowers|updated|updates|gave|gives)"
    r"\s+(?:the|a|an|its|their|that|this|his|her|our)\s+(?:(?:far|much|slightly)\s+)?(?:(?:new|higher|lower|revised|latest|official|preliminary|overall|"
    r"nationwide|total|combined|final|initial|[a-z]+-wide)\s+)?"
    r"(?:death\s+toll|toll|tally|number|count|figure)"
)
#: Act verbs in the base form, as plural subjects of headlines write them ("Taliban deny
#: losses", "Rebels vow revenge"); after "to", a modal, an article or a possessive the same word
#: is no act of its subject (`_NOT_AN_ACT_BEFORE`: "refused to deny", "the rebels' demand").
_BASE_FORMS = words("deny reject blame condemn vow warn urge demand accuse")
_ACT_VERBS = (
    r"called\s+(?:for|on)|calls\s+(?:for|on)|calling\s+for|urged|urges|vowed|vows|warned|warns|"
    r"threatened|threatens|demanded|demands|denied|denies|accused|accuses|condemned|condemns|"
    r"pledged|pledges|blamed|blames|praised|praises|rejected|rejects|called|"
    r"ruled\s+out|rules\s+out|ordered|orders|appealed\s+(?:for|to)|appeals\s+(?:for|to)|"
    + "|".join(sorted(_BASE_FORMS))
)
_NOT_AN_ACT_BEFORE = re.compile(
    r"(?i)(?:\b(?:to|will|would|could|can|may|might|must|shall|should|not|did|do|does|the|a|an|this|"
    r"that|their|its|his|her|our|your)|n't|['’]s?)\s+$"
)
#: Gated on the verbs' first letters (`initials`): most words are turned away by one test; the
#: verbs of each kind are gathered by their first letter (`by_initial`), so a word is tried
#: against the few that open with its letter.
_VERB = re.compile(
    rf"\b{gate(_REPORT_VERBS, _ACT_VERBS)}"
    rf"(?:(?P<report>{by_initial(_REPORT_VERBS)})|(?P<act>{by_initial(_ACT_VERBS)}))\b"
)
_PARTICIPLES = frozenset({"adding", "saying", "claiming"})
#: A verb in a relative clause describes the subject ("the union that called the blockade, said").
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who|whose)\s+(?:\w+\s+)?$")
_ACCORDING = re.compile(
    r"(?i)\baccording\s+to\s+(?P<np>(?:[^,.;:()]|(?<=\b[A-Z])\.)+(?:\([^()]{1,20}\))?)"
)
_IN_STATEMENT = re.compile(r"(?i)\bin\s+(?:a|its|their|his|her|the)\s+(?:joint\s+)?statement\b")
_CLOSING_QUOTE = re.compile(r"[”\"]")
_AUXILIARIES = re.compile(
    r"(?i)(?:\s+(?:has|have|had|was|is|also|again|later|earlier|previously|would|will|"
    r"had\s+earlier|reportedly|separately|then|repeatedly|already|long|publicly|formally|"
    r"officially|recently|since|first|once|twice|"
    # Any other lower-case adverb in -ly, but not a noun in -ly ("the national assembly said").
    r"(?!(?:family|ally|rally|assembly|supply|monopoly|anomaly|homily)\b)(?-i:[a-z]+ly)))+\s*$"
)
_AUXILIARY_WORDS = (
    "has", "have", "had", "was", "is", "also", "again", "later", "earlier", "previously", "would",
    "will", "reportedly", "separately", "then", "repeatedly", "already", "long", "publicly", "formally",
    "officially", "recently", "since", "first", "once", "twice", "ly",
)  # fmt: skip
_LEADING_NP_END = re.compile(
    r"\s(?:has|have|had|is|are|was|were|will|would|[a-z]+ed|[a-z]+s(?=\s+(?:the|a|an|that|to)\b))\b"
)
_OPEN_END = re.compile(r"\b(?:and|or|that)$")
_PASSIVE_BEFORE = re.compile(r"(?i)\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?$")
_BY_AGENT = re.compile(
    r"\s+by\s+(?P<np>[^,.;:()“”\"]{2,80}?)(?=\s*(?:[,.;:]|$|\s+(?:on|in|at|as|after|who|which)\b))"
)
_COMMA = re.compile(r",(?=\s)")
#: A quotation closed right before the verb: '"We will not leave," said ...'.
_AFTER_QUOTE = re.compile(r"[,!?]?\s*[”\"]\s*$")
_RIGHT_NP = re.compile(
    r"\s+(?P<np>[^,.;:()“”\"]{2,80}?)(?=\s*(?:[,.;:]|$|\s+(?:on|in|at|after|who|which|told|as|when)\b))"
)
#: Words in a subject from which on a clause of its own is more likely than a long name.
_LONG_SUBJECT = 10
#: ("as" and "since" are as often prepositions: "regards as a branch", "deployed since June".)
_SUBORDINATOR = re.compile(r"\s(?:after|before|when|while|because|until|although|though)\s")
_INTRO = re.compile(
    r"(?:On|In|At|During|After|Despite|Separately|Meanwhile|Earlier|Later|Late|Early|Overnight|Last|"
    r"Hours|Days|Shortly|Before|Since|By|Also|However|Then|Yesterday|Today)\b[^,]{0,80},\s*"
)


@dataclass(frozen=True)
class Attribution:
    """The written subject of a sentence's speech verb, with its span in the report."""

    subject: str
    start: int
    end: int
    verb: str
    rule: str
    scope: Scope
    confidence: float


def attribute(text: str, start: int, end: int, masked: str, *, headline: bool = False) -> Attribution | None:
    """The attribution of `text[start:end]`; `masked` is that span with quotations blanked. In a
    `headline`, a subject's stance in the present tense attributes the clause too."""
    found = _attribute(text, start, end, masked)
    if found is None and headline:
        found = _headline_stance(text, start, masked)
    return found


#: Stances headlines write in the present tense after a plural or collective subject: "residents
#: dispute official toll", "police fear toll will rise", "activists put toll far higher", "both
#: sides report deaths", "New Delhi protests". Only in a headline: in a body, "dispute", "report"
#: and "protests" are as often nouns.
_HEADLINE_STANCE = re.compile(
    r"\b(?:dispute|disputes|question|questions|fear|fears|report|put|puts|protest|protests|doubt|doubts"
    r"|reject|rejects|deny|denies)\b(?=\s+(?:the\s+|official\s+|a\s+|an\s+)?[a-z]|\s*$)"
)


def _headline_stance(text: str, start: int, masked: str) -> Attribution | None:
    verb = _HEADLINE_STANCE.search(masked)
    if verb is None or verb.start() == 0:
        return None
    span = _headline_clause(masked, (0, verb.start()))
    lo, hi = span[0], len(masked[: verb.start()].rstrip())
    while lo < hi and masked[lo].isspace():
        lo += 1
    subject = masked[lo:hi]
    # A subject is a short noun phrase of its own: a name ("New Delhi"), or a plural or a body.
    if not subject or len(subject.split()) > 4 or not _plausible(subject) or any(c in subject for c in ",;:"):
        return None
    return _make(text, start + lo, start + hi, verb.group(), f"says:{verb.group().lower()}", "sentence")


def _attribute(text: str, start: int, end: int, masked: str) -> Attribution | None:
    # Most sentences lack the word every match holds: they are not searched for it.
    according = _ACCORDING.search(masked) if "according" in lowered(masked) else None
    if according is not None:
        np_start, np_end = according.span("np")
        return _make(text, start + np_start, start + np_end, "according to", "according_to", "sentence")
    verbs = list(_VERB.finditer(masked))
    ordered = [v for v in verbs if v.group("report")] + [v for v in verbs if v.group("act")]
    for verb in ordered:
        if verb.group().lower() in _BASE_FORMS and _NOT_AN_ACT_BEFORE.search(masked, max(0, verb.start() - 8),
                                                                       verb.start()):  # fmt: skip
            continue
        found = _subject(text, start, masked, verb)
        if found is not None and _plausible(found.subject):
            return found
    return None


_NOBODY = re.compile(r"(?i)(?:no|nobody|none|no-one)\b")


def _plausible(subject: str) -> bool:
    """A subject is a noun phrase: it holds no other speech verb (a base form such as "demand"
    is as often a noun there: "the rebels' demand"), does not end in "and", and is no lone
    participle ("..., citing reports that ...": "reports" is a noun there)."""
    if subject.endswith("ing") and subject.isalpha() and subject.islower():
        return False
    if _NOBODY.match(subject):
        return False  # "No group has claimed responsibility": nobody speaks
    if any(
        verb.group().lower() not in _BASE_FORMS and not _RELATIVE_BEFORE.search(subject, 0, verb.start())
        for verb in _VERB.finditer(subject)
    ):
        return False
    # The end-anchored pattern is tried only where a match can start (at most "that\n").
    return not _OPEN_END.search(subject, max(0, len(subject) - 5))


def _subject(text: str, start: int, masked: str, verb: re.Match[str]) -> Attribution | None:
    word = verb.group().split()[0].lower()
    report = verb.group("report") is not None
    agent = _passive_agent(masked, verb)
    if agent is None and _passive(masked, verb):
        # "fuel shortages have been reported in Santa Cruz", "the gangs have been blamed for
        # hundreds of killings": nobody is named (the subject is who was reported, or blamed).
        return None
    if agent is not None:
        span: tuple[int, int] | None = agent
    elif word in _PARTICIPLES:
        span = _leading_np(masked)
    else:
        span = _left_np(text, start, masked, verb.start())
        if span is None and report and _AFTER_QUOTE.search(text, start, start + verb.start()):
            span = _right_np(masked, verb)  # '"...," said Tatiana Moreira, a lawyer'
    if span is None:
        return None
    if word in _BASE_FORMS:
        span = _headline_clause(masked, span)
    scope: Scope = "sentence" if report or _in_statement(masked) else "act"
    if not report and _VERB.search(masked, verb.end()) is not None:
        scope = "sentence" if any(m.group("report") for m in _VERB.finditer(masked, verb.end())) else scope
    rule = ("says" if report else "act") + f":{word}"
    return _make(text, start + span[0], start + span[1], verb.group(), rule, scope)


#: A headline's second clause, whose subject acts: "Fighting flares in the south as leaders demand".
_HEADLINE_OPENER = re.compile(r"\s(?:as|after|while|when)\s")


def _headline_clause(masked: str, span: tuple[int, int]) -> tuple[int, int]:
    """The subject of a base-form act verb (a headline's present tense) from the clause it opens:
    "as" is a conjunction there, written before a subject and its verb."""
    openers = list(_HEADLINE_OPENER.finditer(masked, *span))
    return (openers[-1].end(), span[1]) if openers else span


def _right_np(masked: str, verb: re.Match[str]) -> tuple[int, int] | None:
    """The subject written after its verb, as after a quotation: '"...," said the mayor'."""
    after = _RIGHT_NP.match(masked, verb.end())
    return _trim(masked, after.start("np"), after.end("np")) if after is not None else None


def _passive(masked: str, verb: re.Match[str]) -> bool:
    return _PASSIVE_BEFORE.search(masked, max(0, verb.start() - 16), verb.start()) is not None


def _passive_agent(masked: str, verb: re.Match[str]) -> tuple[int, int] | None:
    """The agent of a passive act: in "the demand was rejected by the army", the army acts."""
    if not _passive(masked, verb):
        return None
    agent = _BY_AGENT.match(masked, verb.end())
    return _trim(masked, agent.start("np"), agent.end("np")) if agent is not None else None


def _in_statement(masked: str) -> bool:
    """ "in a statement": tried only where the word every match ends with is written."""
    return "statement" in lowered(masked) and _IN_STATEMENT.search(masked) is not None


def _left_np(text: str, start: int, masked: str, verb_at: int) -> tuple[int, int] | None:
    """The subject written just before a speech verb: the last comma segment, or the last two
    when the verb follows an appositive ("Qais al-Khazali, secretary-general of ..., said")."""
    left_from = 0
    for quote in _CLOSING_QUOTE.finditer(text, start, start + verb_at):
        left_from = quote.end() - start
    left = masked[left_from:verb_at]
    # Tried only when `left` ends with an auxiliary: an end-anchored search tries every start.
    aux = _AUXILIARIES.search(left) if lowered(left.rstrip()[-12:]).endswith(_AUXILIARY_WORDS) else None
    if aux is not None:
        left = left[: aux.start()]
    left = left.rstrip()
    appositive = left.endswith(",")
    body = left.rstrip(",")
    commas = [m.start() for m in _COMMA.finditer(body)]
    keep = 2 if appositive else 1
    cut = commas[-keep] + 1 if len(commas) >= keep else 0
    # A long segment holding a clause of its own speaks from its last clause: "Talks between
    # ... collapsed on Saturday after the union demanded" is the union's demand.
    segment = body[cut:]
    if not appositive and segment.count(" ") >= _LONG_SUBJECT:
        openers = [opener.end() for opener in _SUBORDINATOR.finditer(segment)]
        if openers:
            cut += openers[-1]
    return _trim(masked, left_from + cut, left_from + len(body))


def leading_subject(text: str, start: int, masked: str) -> str | None:
    """The noun phrase a sentence opens with, up to its first verb ("Rio Governor Claudio Barreto
    defended the operation"): whom a later "he" or "she" may mean."""
    span = _leading_np(masked)
    return text[start + span[0] : start + span[1]] if span is not None else None


def _leading_np(masked: str) -> tuple[int, int] | None:
    intro = _INTRO.match(masked)
    offset = intro.end() if intro else 0
    stop = _LEADING_NP_END.search(masked, offset)
    if stop is None:
        return None
    return _trim(masked, offset, stop.start())


def _trim(masked: str, lo: int, hi: int) -> tuple[int, int] | None:
    while lo < hi and masked[lo] in " ,“”\"'-–—":
        lo += 1
    while hi > lo and masked[hi - 1] in " ,“”\"'":
        hi -= 1
    return (lo, hi) if hi > lo else None


def _make(text: str, lo: int, hi: int, verb: str, rule: str, scope: Scope) -> Attribution:
    confidence = 0.95 if scope == "sentence" else 0.9
    return Attribution(text[lo:hi], lo, hi, verb, rule, scope, confidence)
