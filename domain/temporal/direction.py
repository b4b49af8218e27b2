"""Whether an expression looks back (past, the default for reported facts) or ahead.

The cue nearest to the expression in its own clause wins: "said on Monday it will meet
on Friday" reads Monday as past and Friday as future.
"""

from __future__ import annotations

import re
from functools import lru_cache

from domain.temporal.patterns import MONTH, PART, WEEKDAY, word_trie
from domain.when import Direction

_FUTURE_IN_EXPRESSION = re.compile(r"\b(?:next|coming|tomorrow|upcoming|later this|following)\b")
_PAST_IN_EXPRESSION = re.compile(r"\b(?:last|ago|yesterday|past|previous|earlier|recent)\b")

#: Words ending in -ed that are not past-tense verbs in news text.
_NOT_VERBS = (
    "united|hundred|need|speed|indeed|proceed|exceed|succeed|feed|seed|shed|bed|red|bred"
    "|preferred|limited|related|based|called|proposed|estimated|combined|listed|detailed"
    "|alleged|armed|advanced|unspecified|expected|scheduled|planned|ahmed|mohammed",
)
#: Irregular past tenses common in news reports.
_IRREGULAR = (
    "brought|took|came|went|made|told|began|won|lost|fell|rose|met|saw|gave|got|sold|bought"
    "|paid|held|found|led|struck|fled|fought|sent|spent|kept|thought|wrote|spoke|chose|drove"
    "|flew|grew|knew|threw|sank|stood|became|broke|caught|taught|shot|ran|left|fell|sought|cut"
    "|hit"
    # Past tenses too short for the -ed test below (it wants three letters before "ed").
    "|died|sued|tied|eyed|owed|hid|lied|dug|drew|swore|bled|rode"
)
# "better-than-expected results", "a long-planned visit", "sales were stronger than expected": a
# participle inside a compound adjective or after "than" compares with a forecast, it plans
# nothing (tested once the word has matched, so other words pay nothing for it).
_NOT_COMPARED = r"(?<!-{0})(?<!\bthan {0})"
_FUTURE_CUE = re.compile(
    r"\b(?=[\w'])(?:will|won't|wo n't|shall|'ll|plans? to|planned" + _NOT_COMPARED.format("planned")
    + r"|planning|scheduled" + _NOT_COMPARED.format("scheduled") + r"|slated|expects?"
    r"|(?:is|are|was|were) (?:planning|preparing|going|due|set)"
    r"|expected" + _NOT_COMPARED.format("expected")
    + r"|going to|due to|set to|intends?|aims?|would|upcoming|to be held|to begin"
    # "gusts were forecast through Thursday": a forecast is of what is ahead (the noun is no cue)
    r"|(?:is|are|was|were|be|been) forecast|forecast to"
    r"|to start|to meet|to hold|to visit|to vote|to resume|as soon as|as early as|(?<!and )next(?! to)"
    # "ministers are likely to approve the plan on Monday", "hopes to close the deal in May": a
    # likelihood, a hope or an aim in the present is of what lies ahead
    r"|(?:un)?likely to|hopes? to|hoping to|on track to|poised to|seeks? to|seeking to"
    r"|threatens? to|promises? to|vows? to|pledges? to)\b"
)
# An -ed word ending a compound is an adjective ("the long-delayed summit", "a so-called truce").
# A participle after "be" is passive: "will be paid" looks ahead with its auxiliary.
# "Earlier than usual" compares, it does not look back; an -ed word after an article or a
# possessive is an adjective ("a revised budget", "their planned strike").
# Every cue starts a word: testing that first (and the -ed ending before the ten lookbehinds)
# spares the lookbehinds at every other position, several times faster on a sentence.
#: Not right after an article or a possessive.
_NOT_AFTER_DETERMINER = r"(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )"
# "could last until Friday", "is expected to last into next week": "last" after a modal or "to"
# is the verb to last, no past (tested once "last" has matched).
_MODALS = ("could", "would", "will", "might", "may", "can", "should", "must", "to")
_NOT_A_VERB_LAST = "".join(rf"(?<!\b{word} last)" for word in _MODALS) + r"(?<!'ll last)"
# "will cut rates on Thursday", "is expected to cut rates": an irregular verb whose past is its
# present ("cut") after a modal or "to" is the infinitive, no past.
_NOT_AFTER_MODAL = "".join(rf"(?<!\b{word} )" for word in _MODALS) + r"(?<!'ll )"
_PAST_CUE = re.compile(
    r"\b(?=\w)(?:(?<!\bbe )(?:was|were|had|did|said|says|been|ago|last" + _NOT_A_VERB_LAST
    + r"|earlier(?! than)|reported|announced)\b"
    # "a cut in September", "the left", "a shot at the title": an irregular past after an article
    # or a possessive is a noun, as an -ed word there is an adjective (tested once the word matched)
    rf"|(?=(?:{_IRREGULAR})\b)(?<!\bbe ){_NOT_AFTER_DETERMINER}{_NOT_AFTER_MODAL}(?:{_IRREGULAR})\b"
    rf"|(?=\w{{3,}}ed\b)(?<!-)(?<!\bbe )(?<!\bremain )(?<!\bstay ){_NOT_AFTER_DETERMINER}"
    r"(?!(?:" + "|".join(_NOT_VERBS) + r")\b)\w{3,}ed\b)"
)
# Present progressive and present perfect say nothing of which side a date lies on.
# "have already voted": an adverb may stand between the auxiliary and its verb.
_ADVERB = r"(?:already|just|also|now|recently|long|never|not|yet|still|since|so far|largely|mostly)"
# "could have burned", "will have risen": "have" after a modal makes no present tense.
# (The modals are tested after "have" has matched, and a word's first letter before anything.)
_PRESENT_CUE = re.compile(
    r"\b(?=[aih])(?:is|are|am|has|have(?<!could have)(?<!would have)(?<!should have)(?<!might have)"
    rf"(?<!must have)(?<!will have)) (?:been )?(?:{_ADVERB} )?\w+"
)

# "won the title on Sunday night and will run on Tuesday": a second verb with its own
# auxiliary starts a clause of its own.
_CLAUSE_BREAK = re.compile(
    r"[;:!?\n]|, (?:and|but|while|after|before|when|which)\b"
    r"| (?:and|but) (?=(?:will|would|shall|is|are|was|were|has|have|had)\b)"
)
# A full stop after a word that is no abbreviation ends the sentence: cues after it belong to
# the next one ("... outside the home Monday. ``We'll try ..."). The context is lower case.
_ABBREVIATIONS = "mr|mrs|ms|dr|st|jr|sr|gov|gen|sen|rep|col|sgt|capt|lt|maj|corp|inc|co|ltd|no|vs|mt|ft"
_ENDS_SENTENCE = re.compile(r"\.\s+[`'\"]*[a-z]")
_WHOLE_LAST_WORD = re.compile(r"(?:(?<![a-z.])[a-z]{3,}|\d)$")
_SENTENCE_END = re.compile(rf"(?<![a-z.])(?!(?:{_ABBREVIATIONS})\.)[a-z]{{2,}}\.\s+(?=[`'\"]*[a-z])")
# "searching since shortly after the Oct. 23 slaying": a date after "since" lies behind.
_SINCE = re.compile(r"\bsince(?: [\w'-]+){0,7} $")
# A postponement until a day moves the matter ahead: "postponed until Tuesday morning",
# "extended its deadline to Friday".
_POSTPONED = re.compile(
    r"\b(?:postpon|delay|defer|adjourn|extend|put off|push(?:ed|es)? back|mov(?:ed|es) back)"
    r"[\w ,'-]{0,40}?\b(?:until|till|to) (?:the )?$"
)
_POSSESSIVE = re.compile(r"^'s\b")
# ... unless it is awaited: "investors braced for Friday's payrolls report", "ahead of Sunday's vote".
_AWAITED = re.compile(
    r"\b(?:ahead of|in advance of|in the run-up to|(?:brac|prepar)(?:e|es|ed|ing) for|await(?:s|ed|ing)?)\s+$"
)
# Deadlines and schedules: "payable Jan. 2", "as soon as Tuesday".
_LEADS_AHEAD = re.compile(
    # "the May contract, which expires on Tuesday": the expiry set on a day lies ahead;
    # "squared positions ahead of the weekend": what something comes before has not come yet
    r"\b(?:(?:expires?|expiring|payable)(?: on)?|effective|deadline|starting|record|as soon as|as early as"
    r"|ahead of|in advance of)\s+(?:the\s+)?$"
    # "for 30 days starting at 11:59 p.m. on Friday": a start set at a clock time lies ahead.
    r"|\b(?:starting|effective) at\s+$"
    # "figures due on Wednesday", "a ruling due by Friday": what is due has not happened yet.
    r"|\bdue\s+(?:on\s+|by\s+)?$"
)
# Schedules in the simple present: "they meet Monday", "the trial opens Jan. 24", "talks resume on Friday".
_SCHEDULED = re.compile(
    # not after "to": "due to open on Friday" is no schedule in the present
    r"\b(?=\w)(?<!\bdid )(?<!\bnot )(?<!n't )(?<!\bto )"  # a word start first: the cheap test
    r"(?:meets?|opens?|reopens?|begins?|resumes?|reconvenes?|convenes?|votes?|visits?|arrives?|leaves?"
    r"|returns?|travels?|flies|heads?|testif(?:y|ies)|takes? office|takes? effect"
    r"|comes? into (?:force|effect)|goes|go"
    # "at the end of the third quarter", "ahead of the close on Friday": after an article or a
    # possessive, the end, start or close of something is a moment, not a schedule
    r"|(?=start|close|end)(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bits )(?<!\btheir )(?<!\bhis )"
    r"(?<!\bher )(?<!'s )(?:starts?|closes?|ends?))(?: \w+| to (?:the )?\w+)?\s+(?:on\s+|in\s+)?$"
)
# Bounds that look either way: "by Jan. 14", "until Thursday", "through Sept. 29".
# "warned as early as April 9": after a past verb of its clause, "as early as" looks back.
_AS_EARLY_AS = re.compile(r"\bas early as\s+(?:the\s+)?$")
# Plans reported in the past ("repairs that were due to finish in July") may lie either side
# of the anchor: the date is placed nearest it, like a date with no cue.
# "Peace talks due to open on Friday were delayed": a plan whose subject then takes a past verb.
_PLANNED = re.compile(r"\b(?:due|set|scheduled|slated) to\b")
_PAST_VERB_NEXT = re.compile(r"\s*(?:was|were)\b")
# A future auxiliary heading the clause before the date governs it, whatever follows the date
# ("will begin withdrawing on Feb. 15 under a deal signed in Geneva").
_WILL = re.compile(r"\b(?:will|shall|'ll|won't|wo n't)\b")
# "another 10 inches could fall through Thursday", "a backlog that could take until the weekend
# to clear": a possibility bounded by a day lies ahead ("could not", "could have" say nothing).
_MODAL = re.compile(r"\b(?:could|might)\b(?! (?:not|never|have|hardly)\b)")
_FUTURE_IN_PAST = re.compile(
    r"\b(?:was|were) (?:due|set|scheduled|slated|supposed) to\b(?![^,]*\b(?:said|says)\b)"
)
# "had been due to expire Friday", "had been scheduled for Tuesday": a plan in the pluperfect was
# overtaken by events, whatever the verb after it says ("expire" would otherwise lead ahead).
# So is an expectation in the pluperfect: "economists had expected a rise after a gain in May".
# "the summit, originally planned for October": a plan said to be the first one was overtaken
# too, whatever tense the clause is in.
_PLUPERFECT_PLAN = re.compile(
    r"\bhad been (?:due|set|scheduled|slated|supposed|expected|planned) (?:to|for)\b"
    r"|\b(?:originally|initially) (?:planned|scheduled|set|slated|due|expected|meant)\b"
    r"|\bhad (?:widely |generally |originally |earlier )?"
    r"(?:expected|forecast|predicted|planned|hoped|intended)\b"
)
# "pushed the reform through without a vote on Thursday", "after his return on Monday": a
# schedule verb after an article or a possessive is a noun (tested once a schedule matched).
_NOUN_LIKE = re.compile(r"(?:votes?|visits?|returns?|meets?|leaves?|travels?|heads?)\b")
_DETERMINER_END = re.compile(r"(?:\b(?:a|an|the|its|their|his|her)|'s) $")
# The three tests that lead ahead, in one pass: a text matches the alternation exactly when it
# matches one of them.
_AHEAD = re.compile(f"{_LEADS_AHEAD.pattern}|{_SCHEDULED.pattern}|{_POSTPONED.pattern}")
_BOUND = re.compile(r"\b(?:by|until|till|to|through|into)\s+(?:at least\s+)?(?:the\s+)?$")
# "the museum is closed until Friday", "the airline has suspended flights until March": a state
# of the present that lasts until a date lasts until a date ahead.
_UNTIL = re.compile(r"\b(?:until|till)\s+(?:at least\s+)?(?:the\s+)?$")
_YEAR_BACK = re.compile(r"\b(?:year-(?:ago|earlier)|a year (?:ago|earlier|before)|last year|previous year)\b")
_WINDOW = 70
_NEAR = 25
_DEADLINE = re.compile(r"\s*(?:deadline|target date|return date)\b")
_TENSE: dict[str, Direction] = {"past": "past", "future": "future"}
# "the party has called a rally for Saturday", "the court has set a hearing for Friday": a day
# something is set for, in the present perfect, is the day ahead (the perfect says only that
# the setting is done). A weekday alone or with its part of the day.
_WEEKDAY_ALONE = re.compile(rf"{WEEKDAY}(?: {PART})?")


def direction_of(expression: str, context: str) -> Direction:
    """Past unless the expression itself or the nearest cue in its clause points ahead."""
    return cue_of(expression, context)[0]


def _where(expression: str, context: str, at: int) -> int:
    """Where the expression stands in its sentence: at `at` when it stands there ("last Thursday
    ... strikes for Thursday": the second Thursday is read where it is), else its first
    occurrence."""
    if at >= 0 and context.startswith(expression, at):
        return at
    return context.find(expression) if expression else -1


def firmly_past(expression: str, context: str, at: int = -1) -> bool:
    """Whether a past reading is beyond doubt: a past verb right at the expression ("ruled on
    March 4", "In March, the company brought"), a comparison with a year before ("the year-ago
    quarter ended Oct. 31"), or no sentence to read the expression in."""
    lowered, text = expression.lower(), context.lower()
    where = _where(lowered, text, at)
    if where < 0 or _year_back(text):
        return True
    if _since(text[max(0, where - _WINDOW) : where]):
        return True
    after = _clause_head(text[where + len(lowered) : where + len(lowered) + _NEAR + 5])
    if _DEADLINE.match(after):
        return False  # "gave no reason for the Jan. 14 deadline": a deadline lies ahead
    # Searched in the whole text between the two offsets, so a word cut by the window's edge
    # ("[unpre]cedented" after "the") is no cue, as the whole word would not be.
    return _PAST_CUE.search(text, max(0, where - _NEAR), where) is not None or _past_verb(after)


# "a cut in September, up from 50% a week ago": after the date, "ago", "last" and "earlier" belong
# to an expression of their own (the figure compared), not to a verb that dates this one.
_TIME_WORDS = frozenset({"ago", "last", "earlier"})


def _past_verb(text: str) -> bool:
    """Whether a past cue of `text` is a verb, not a word of another time expression."""
    return any(match.group(0) not in _TIME_WORDS for match in _PAST_CUE.finditer(text))


# "For the nine months, ... a year earlier": a run of months longer than a quarter, in a
# sentence that names no quarter.
_MONTHS_RUN = re.compile(
    r"\b(?:(?:two|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01]) months|first half|half year"
    r"|year to date|year-to-date)\b"
)
_QUARTER = re.compile(r"\bquarter")


_EARNINGS = re.compile(
    r"\b(?:earn(?:ed|ings|s)?|profits?|net|revenues?|sales|income|losses|loss|a share|per share|cents)\b"
)


_COMPARES = re.compile(r"\b(?:compared|comparable|from|than|versus|vs|against)\b")
_STEPS_BACK = re.compile(r"\b(?:ago|earlier|before)$")


def compares(expression: str, context: str) -> bool:
    """Whether a step back ("a year earlier") sits in a sentence comparing figures."""
    lowered = expression.lower()
    # A step back ends the expression (`$` also stands before a closing newline): a test of the
    # ending rules out nearly every expression before the pattern runs.
    if not lowered.endswith(("ago", "earlier", "before", "\n")):
        return False
    return bool(_STEPS_BACK.search(lowered)) and bool(_COMPARES.search(context.lower()))


_YEAR_BACK_EXPRESSION = re.compile(r"\byear(?:-| )(?:ago|earlier)\b|\ba year (?:ago|earlier)\b")


def clause_ahead(expression: str, context: str) -> bool:
    """Whether the clause around a comparison a year back looks ahead, its own words aside."""
    lowered = expression.lower()
    if "year" not in lowered or not _YEAR_BACK_EXPRESSION.search(lowered):  # each match names a year
        return False
    return _from_context(lowered, context.lower()) == ("future", False)


def earnings(context: str) -> bool:
    """Whether the sentence reports a company's results."""
    return bool(_EARNINGS.search(context.lower()))


def months_run(context: str) -> bool:
    """Whether the sentence reports a run of months that is no quarter, and names no quarter."""
    return _months_run(context.lower())


# Facts of a whole sentence are remembered for the next expression of the same sentence (the
# resolver asks once per expression); a few hundred sentences cover any report.
@lru_cache(maxsize=256)
def _months_run(text: str) -> bool:
    # Every run of months names "months", a "half" or a "year": most sentences name none.
    if "month" not in text and "half" not in text and "year" not in text:
        return False
    return bool(_MONTHS_RUN.search(text)) and not _QUARTER.search(text)


@lru_cache(maxsize=256)
def _year_back(text: str) -> bool:
    return "year" in text and bool(_YEAR_BACK.search(text))  # every match names a year


def _since(text: str) -> bool:
    return "since" in text and bool(_SINCE.search(text))


def cue_of(expression: str, context: str, at: int = -1) -> tuple[Direction, bool]:
    """(direction, uncued): uncued when no word of the clause points either way.

    Uncued dates without a year are placed nearest the anchor ("Congress reconvenes
    Jan. 24"); the direction is then only the default for weekdays and the like. `at`, where
    known, is where the expression starts in `context`.
    """
    lowered = expression.lower()
    own = _own_cue(lowered)
    return (own, False) if own else _from_context(lowered, context.lower(), at)


def sentence_cue(expression: str, context: str, at: int = -1) -> Direction:
    """The direction the clause around the expression gives, its own words aside: "the following
    day" looks ahead of the date it leans on, not of the report."""
    return _from_context(expression.lower(), context.lower(), at)[0]


# The same expressions ("Monday", "last week") come back report after report.
@lru_cache(maxsize=1024)
def _own_cue(expression: str) -> Direction | None:
    """The direction the expression's own words give ("last", "next"), if any."""
    if _PAST_IN_EXPRESSION.search(expression):
        return "past"
    return "future" if _FUTURE_IN_EXPRESSION.search(expression) else None


# "the May contract", "crude for December delivery": futures are named by a delivery month
# still to come (a contract whose month has passed is no longer traded).
_DELIVERY = re.compile(r"\s+(?:contracts?|futures|delivery|options)\b")
_MONTH_NAME = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?")


# "planned for Christmas Eve and Boxing Day", "late on Wednesday or early on Thursday": a date
# joined by "and" / "or" to a date right before it is read as that date is, where that date
# stands (only "and" / "or" stands between them, so no cue of their own tells them apart).
_FIRST_CONJUNCT = re.compile(
    rf"(?:\b(?:early|late|mid)(?: on)? )?"
    rf"(?:\b{WEEKDAY}|\b{MONTH}\.?(?: \d{{1,2}}(?:st|nd|rd|th)?)?|\b\d{{1,2}}(?:st|nd|rd|th)? {MONTH}"
    rf"|\b(?!(?:the|a|an|every|each|that|this|one|per|same|next|last|whole|full|first) )[a-z']+ (?:eve|day))"
    rf"(?: {PART})?(?=,? (?:and|or) (?:(?:early|late) )?(?:on )?$)"
)


def _first_conjunct(context: str, where: int) -> tuple[int, int] | None:
    """Where the date joined to the expression at `where` by "and" / "or" starts and ends."""
    head = context[max(0, where - 45) : where]
    if not head.endswith(("and ", "or ", "on ", "early ", "late ")):
        return None
    match = _FIRST_CONJUNCT.search(head)
    if match is None:
        return None
    offset = where - len(head)
    return offset + match.start(), offset + match.end()


def _from_context(expression: str, context: str, at: int = -1) -> tuple[Direction, bool]:
    where = _where(expression, context, at)
    if where < 0:
        return _from_sentence(context)
    first = _first_conjunct(context, where)
    if first is not None:
        return _read_at(context[first[0] : first[1]], context, first[0])
    return _read_at(expression, context, where)


def _read_at(expression: str, context: str, where: int) -> tuple[Direction, bool]:
    """The cue of `expression`, standing at `where` in `context`."""
    if _DELIVERY.match(context, where + len(expression)) and _MONTH_NAME.fullmatch(expression):
        return "future", False
    before = _clause_tail(context[max(0, where - _WINDOW) : where])
    following = where + len(expression)
    # "'s" first: the rest of the sentence is copied only for the rare possessive
    if context.startswith("'s", following) and _POSSESSIVE.match(context[following:]):
        # "Wednesday's ruling" names an event already known, unless it is awaited
        return ("future" if _AWAITED.search(before) else "past"), False
    if _since(before):
        return "past", False
    early = _AS_EARLY_AS.search(before) if "as early as" in before else None
    if early and _PAST_CUE.search(before, 0, early.start()):
        return "past", False
    if ("had " in before or "ally " in before) and _PLUPERFECT_PLAN.search(before):
        return "past", True
    leads = _AHEAD.search(before)
    if leads and _noun(before, leads.start()):
        leads = _AHEAD.search(before, leads.start() + 1)
    if leads:  # a deadline, a schedule or a postponement
        return "future", False
    after = _clause_head(context[where + len(expression) : where + len(expression) + _WINDOW])
    if _ENDS_SENTENCE.match(after) and _WHOLE_LAST_WORD.search(expression):
        after = ""  # "... outside the home Monday. We'll try": the sentence ends with the date
    cue = _nearest(before, after)
    if cue is not None and "," in after[:2] and _ATTRIBUTION.match(after):
        # "... raise rates in the autumn, economists said": the attribution dates the saying, not
        # what is said; with no cue before the date, the rest of the sentence decides.
        cue = _nearest(before, "")
        reported = _reported(context) if cue is None else None
        if reported is not None:
            return reported, False
    tense = _TENSE.get(cue or "")
    # "will almost double its flights by August in search of markets untouched by the slump":
    # the auxiliary heading the clause governs the date, bound or not, whatever follows it.
    will_heads = tense == "past" and _will_heads(before)
    if _may_be_bound(before) and _BOUND.search(before):  # "by Jan. 14", "through Sept. 29": the nearest date
        if cue == "present" and _UNTIL.search(before):
            return "future", False  # the state ends ahead, not merely near the anchor
        ahead = will_heads or (tense != "future" and _heads(_MODAL, before))
        return ("future" if ahead else tense) or _bound_alone(context), True
    if cue == "present":
        if before.endswith("for ") and _WEEKDAY_ALONE.fullmatch(expression):
            return "future", False  # "unions have called strikes for Thursday": a day set, ahead
        return "past", True
    if tense == "future" and (
        _FUTURE_IN_PAST.search(before) or (_PLANNED.search(before) and _PAST_VERB_NEXT.match(after))
    ):
        return "past", True
    if will_heads:
        return "future", False
    if tense is not None:
        return tense, False
    return _from_sentence(context)


def _noun(before: str, start: int) -> bool:
    """Whether the schedule verb found at `start` is a noun after an article or a possessive."""
    return bool(_NOUN_LIKE.match(before, start) and _DETERMINER_END.search(before, max(0, start - 8), start))


def _will_heads(before: str) -> bool:
    """Whether a future auxiliary comes after every past cue of the clause before the date."""
    # Every auxiliary of `_WILL` ends in "ll" or "n't": most clauses hold neither.
    return ("ll" in before or "n't" in before) and _heads(_WILL, before)


def _may_be_bound(before: str) -> bool:
    """Whether `before` holds what every bound holds ("by", "to" or "into", "until" or "till",
    "through"): most clauses before an expression hold none, and `_BOUND` need not run."""
    return "to" in before or "by" in before or "til" in before or "through" in before


def _heads(auxiliary: re.Pattern[str], before: str) -> bool:
    """Whether `auxiliary` comes after every past cue of the clause before the date."""
    ends = [match.end() for match in auxiliary.finditer(before)]
    return bool(ends) and not _PAST_CUE.search(before, ends[-1])


def _bound_alone(context: str) -> Direction:
    """ "by Friday" with no cue in its clause: the sentence's tense, ahead when it has none."""
    direction, uncued = _from_sentence(context)
    return "future" if uncued else direction


# ", economists said", ", the company said on Tuesday", ", officials say": who says it.
_ATTRIBUTION = re.compile(
    r",\s+(?:(?:the|a|an|its|their|his|her|two|three|several) )?(?:[\w.'-]+ ){1,3}?"
    r"(?:said|says|say|told [\w.'-]+|added|reported)\b"
)
_ATTRIBUTIONS = re.compile(
    _ATTRIBUTION.pattern + r"(?: (?:on|in|late|early) [\w'-]+(?: in a statement)?| in a statement)?"
)


@lru_cache(maxsize=256)
def _reported(context: str) -> Direction | None:
    """The tense of what a sentence reports, its attributions left out, if it has only one."""
    said = _ATTRIBUTIONS.sub("", context)
    future, past = bool(_FUTURE_CUE.search(said)), bool(_PAST_CUE.search(said))
    if future == past:
        return None
    return "future" if future else "past"


@lru_cache(maxsize=256)
def _from_sentence(context: str) -> tuple[Direction, bool]:
    """No cue near the expression: the sentence's tense if it has only one, else uncued."""
    future, past = bool(_FUTURE_CUE.search(context)), bool(_PAST_CUE.search(context))
    if future != past:
        return ("future" if future else "past"), False
    return "past", bool(context.strip())  # no sentence at all: the spec's default, past


def _may_break(text: str) -> bool:
    """Whether `text` holds what every clause break holds (a stop, ", ", " and ", " but "): most
    stretches before or after an expression hold none, and the break pattern need not run."""
    return (
        ", " in text
        or " and " in text
        or " but " in text
        or ";" in text
        or ":" in text
        or "!" in text
        or "?" in text
        or "\n" in text
    )


def _clause_tail(text: str) -> str:
    if not _may_break(text):
        return text
    parts = _CLAUSE_BREAK.split(text)
    return parts[-1]


def _clause_head(text: str) -> str:
    first_break = _CLAUSE_BREAK.search(text) if _may_break(text) else None
    head = text[: first_break.start()] if first_break else text
    end = _SENTENCE_END.search(head) if "." in head else None  # every sentence end is a full stop
    return head[: end.end()] if end else head


# A cue's pattern tests lookbehinds at every word start; most clauses hold no future and no
# present cue, and a test for the words one of which every such cue holds rules them out for
# less. Past cues are almost everywhere, so they are always searched.
#: Every future cue holds one of these.
_FUTURE_WORDS = (
    "will", "won't", "wo n't", "shall", "'ll", "plan", "scheduled", "slated", "expect", "preparing",
    "going", "due", "set", "intend", "aim", "would", "upcoming", "to be held", "to begin", "forecast",
    "to start", "to meet", "to hold", "to visit", "to vote", "to resume", "as soon as", "as early as",
    "next", "likely to", "hope", "hoping", "on track", "poised", "seek", "threaten", "promise",
    "vow", "pledge",
)  # fmt: skip
_MAY_HOLD_FUTURE = re.compile(word_trie(_FUTURE_WORDS, space=" "))


def _may_hold_future(text: str) -> bool:
    return _MAY_HOLD_FUTURE.search(text) is not None


def _may_hold_present(text: str) -> bool:
    """Every present cue starts with "is ", "are ", "am ", "has " or "have "."""
    return "is " in text or "are " in text or "am " in text or "has " in text or "have " in text


def _may_hold_any(text: str) -> bool:
    return True


_CUES = (
    (_FUTURE_CUE, "future", _may_hold_future),
    (_PRESENT_CUE, "present", _may_hold_present),
    (_PAST_CUE, "past", _may_hold_any),
)
_AFTER = 20  # a cue behind the expression weighs less: it counts as this much further away


def _nearest(before: str, after: str) -> str | None:
    """The kind of the cue closest to the expression, looking back first then ahead:
    "future", "past", "present" ("is calling", "has invited") or None."""
    behind = [_distance_back(pattern, before) if may_hold(before) else None for pattern, _, may_hold in _CUES]
    # A cue ahead is at least `_AFTER` away: it cannot be nearest when one behind is nearer.
    look_ahead = min((d for d in behind if d is not None), default=_AFTER) >= _AFTER
    best: tuple[int, str] | None = None
    for (pattern, kind, may_hold), distance in zip(_CUES, behind, strict=True):
        if distance is not None and (best is None or distance < best[0]):
            best = (distance, kind)
        match_after = pattern.search(after) if look_ahead and may_hold(after) else None
        if match_after is not None:
            distance = match_after.start() + _AFTER
            if best is None or distance < best[0]:
                best = (distance, kind)
    return best[1] if best else None


def _distance_back(pattern: re.Pattern[str], before: str) -> int | None:
    """How far the last cue of `before` ends from its end (the nearest of its cues)."""
    end = None
    for match in pattern.finditer(before):
        end = match.end()
    return None if end is None else len(before) - end
