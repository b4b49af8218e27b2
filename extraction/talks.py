"""The state of talks a `talks_status` claim reports, from tense and cue lexicons.

Cues are tried from the furthest-along state to the earliest, and the first state with a cue
in the sentence wins: "agreed to a ceasefire after weeks of talks" is `agreement_reached`, not
`talks_ongoing`. A cue preceded by a negation ("have not reached an agreement", "failed to
sign") does not count. A talks claim with no cue of any state ("the talks with the
coalition") is `talks_ongoing`.
"""

from __future__ import annotations

import re

from domain.values import TalksStatus
from extraction.casefold import folded_pattern, lowered
from extraction.initials import word_start

_TALKS = r"(?:talks|negotiations?|dialogue|peace\s+process|discussions)"
_WITHDRAW = r"(?:withdraw\w*|pull(?:ed|ing)?\s+(?:out|back)|pullout|troops\s+(?:left|departed)|drawdown)"
#: A ceasefire, or a peace deal by any name ("peace agreement", "Suspension of Operations pact").
ACCORD = r"(?:ceasefire|truce|armistice|(?:peace|ceasefire)\s+(?:agreement|deal|accord|pact|treaty)|pact)"
#: An accord said to have ended the fighting: "before the Ohrid agreement of August 2001 ended the
#: conflict".
ACCORD_ENDED_WAR = (
    # ("the ceasefire agreement that ended the war" names an accord as background: no claim.)
    r"\b(?:agreement|accord|deal|treaty|armistice|declaration|pact)\b[^.;]{0,40}?(?<!that\s)(?<!which\s)"
    r"\bended\s+"
    r"(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:conflict|war|fighting|insurgency|uprising"
    r"|rebellion|hostilities)\b"
    # "The war ... ended with the Pretoria agreement in November 2022".
    r"|\bended\s+with\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:agreement|accord|deal|treaty|ceasefire"
    r"|truce|armistice)\b"
)
#: An accord signed, said after its name and an aside: "a peace deal, the Malino Declaration, was
#: signed in December 2001".
ACCORD_SIGNED = r"\b" + ACCORD + r"\b[^.;]{0,60}?\b(?:was|were|had\s+been|has\s+been)\s+signed\b"
#: What an accord does while it stands, written after it ("has largely held", "is holding").
ACCORD_HELD = (
    r"(?:has|have|had)\s+(?:\w+ly\s+)?held|(?:is|was)\s+(?:\w+ly\s+)?holding|holds"
    # In force from a moment on: "took effect at noon", "came into force on Monday".
    r"|took\s+effect|(?:came|went|entered)\s+into\s+(?:force|effect)"
)
#: An accord named with how it came about ("a ceasefire brokered by elders", "the truce signed in
#: March"): an agreement reached, unless the sentence says what became of it since.
ACCORD_MADE = (
    r"\b(?:ceasefire|truce|agreement|deal|accord|pact)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:brokered|mediated|signed|agreed|reached)\b"
)
#: What an accord does as it ends, written after it ("lapsed", "is close to collapse").
ACCORD_FADED = r"lapsed|expired|(?:close\s+to|on\s+the\s+verge\s+of|near)\s+collapse|broke\s+down"
#: The parties to a conflict agreeing: "The two sides agreed late on Sunday that ...".
PARTIES_AGREED = (
    r"\b(?:the\s+)?(?:two|both|warring|rival)\s+(?:sides|parties|countries|governments|presidents|leaders"
    r"|factions|camps)\s+(?:have\s+|had\s+)?(?:\w+ly\s+)?"
    # "The two presidents met in St. Vincent in December and agreed not to use force".
    r"(?:met\b[^.;]{0,60}?\band\s+)?agreed\b"
)
#: Parties agreeing to a step back from the fighting, or reaching a deal, with no talks named:
#: "India, China agree to pull back troops", "the two sides reached a deal on patrolling".
AGREED_STEP = (
    r"\bagree(?:d|s)?\s+to\s+(?:pull\s+(?:back|out)|withdraw|disengage|halt|stop|cease|end\s+the"
    r"|exchange\s+prisoners|release)\b"
    r"|\b(?:reach(?:ed|es)?|struck|clinched|sealed)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    # A deal is as often bought or lent: only one on a matter, or to end the fighting, counts.
    r"(?:(?:agreement|accord|understanding)\b|deal\s+(?:on|over|to\s+(?:end|halt|stop|withdraw|pull))\b)"
)
#: A meeting between the parties called off or put back, with no talks named: "A meeting of the
#: joint working group has been postponed", "the commission suspended its sessions".
MEETING_OFF = (
    r"\b(?:meeting|session|summit|round)s?\b[^.;]{0,60}?\b(?:has\s+been\s+|had\s+been\s+|was\s+|were\s+)"
    r"(?:postponed|suspended|called\s+off|cancel+ed|adjourned|put\s+off)\b"
    r"|\b(?:postponed|suspended|called\s+off|cancel+ed|adjourned|put\s+off)\s+(?:its|their|the|a|this\s+week['’]s"
    r"|next\s+week['’]s)\s+(?:[\w'’-]+\s+){0,2}?(?:meeting|session|summit|round)s?\b"
)
#: The parties meeting, told as rounds or a count: "held their latest round in December",
#: "commanders have met more than 20 times", "the two last met on March 14".
MEETINGS_HELD = (
    r"\b(?:held|hold|holding)\s+(?:their|its|the|a)\s+(?:latest|last|next|new|final|first|second|third"
    r"|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+round\b"
    r"|\b(?:have|has|had)\s+met\s+(?:more\s+than\s+|at\s+least\s+|about\s+|nearly\s+|some\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens\s+of|several)\s+times\b"
    r"|\blast\s+met\b"
    # "A government delegation led by the deputy prime minister met elders in Nukus".
    r"|\bdelegations?\b[^.;]{0,80}?\bmet\b"
    # "Ugandan and Congolese army chiefs met in Beni and agreed to extend the joint operation".
    r"|\b(?:chiefs|commanders|ministers|officials|leaders|presidents|envoys)\s+met\b[^.;]{0,80}?\band\s+agreed\b"
)
#: An accord still in force but said to be threatened: "put the truce 'in grave danger'".
ACCORD_AT_RISK = r"in\s+(?:grave\s+|serious\s+)?(?:danger|jeopardy)|at\s+risk"
#: A party leaving an accord, before the accord's name ("pulled out of the deal").
LEAVING = r"\b(?:pulled\s+out\s+of|withdrew\s+from|walked\s+away\s+from|tore\s+up)\s+(?:[\w.-]+\s+){0,3}?"
DECLARED_OVER = r"\bdeclared\s+(?:[\w.-]+\s+){0,4}?(?:ceasefire|truce)\s+over\b"

#: A withdrawal done: "completed its withdrawal", "the last U.S. troops pulled out". Completing a
#: first phase of it is not (`WITHDRAWAL_UNDERWAY`).
WITHDRAWAL_COMPLETE = (
    r"\b(?:complet(?:ed|es|ion\s+of)|finish(?:ed|es)|conclud(?:ed|es))\s+(?:the\s+|its\s+|their\s+)?"
    r"(?!(?:first|second|third|initial|next)\s+(?:phase|stage)\b)"
    r"(?:\w+\s+){0,2}?(?:withdrawal|pullout|drawdown)|\b(?:last|final|remaining)\s+(?:[\w.’'-]+\s+){0,2}?"
    r"(?:troops|soldiers|forces|peacekeepers|personnel|contingent|units?)\s+(?:have\s+|had\s+)?(?:left|departed|withdrew|"
    r"pulled\s+out)|\bwithdrawal\s+(?:is|was|has\s+been)\s+(?:now\s+)?complete"
)
#: A withdrawal begun and not done: "began pulling back heavy weapons", "completed the first
#: phase of its drawdown", "troops are withdrawing".
WITHDRAWAL_UNDERWAY = (
    r"\b(?:began|begun|begins|started|starts|starting|beginning|commenced)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:\w+\s+){0,2}?" + _WITHDRAW + r"|\b(?:is|are|were|was)\s+(?:now\s+)?(?:withdrawing|pulling\s+out)"
    r"|\b(?:withdrawal|pullout|drawdown)\s+(?:is\s+|was\s+)?(?:under\s?way|in\s+progress|began|started)"
    r"|\b(?:first|initial)\s+(?:[\w.’'-]+\s+){0,2}?(?:troops|soldiers|peacekeepers|units?)\s+(?:have\s+)?"
    r"(?:left|departed|withdrew)"
    r"|\b(?:complet(?:ed|es|ion\s+of)|finish(?:ed|es))\s+(?:the\s+|its\s+|their\s+)?(?:first|second|third"
    r"|initial|next)\s+(?:phase|stage)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+){0,2}?"
    r"(?:withdrawal|pullout|drawdown)"
)


def _cue(pattern: str) -> re.Pattern[str]:
    """A cue, for the lowered sentence (`casefold.folded_pattern`) it is searched in, with the
    word boundary its branches open with tested once per position, then the letters a match
    begins with (`initials.word_start`)."""
    return re.compile(word_start(folded_pattern(pattern).pattern))


#: (state, cue), tried in order.
CUES: tuple[tuple[TalksStatus, re.Pattern[str]], ...] = (
    ("withdrawal_complete", _cue(WITHDRAWAL_COMPLETE)),
    ("withdrawal_underway", _cue(WITHDRAWAL_UNDERWAY)),
    ("agreement_reached", _cue(
        r"\b(?:reach(?:ed|es)?|struck|strike|signed|signs|sealed|clinched|concluded|finalis(?:ed|es)|"
        r"finaliz(?:ed|es))\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,3}?(?:agreement|deal|accord|truce|ceasefire|"
        r"understanding|pact)|\bagree(?:d|s)?\s+(?:to|on)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}?(?:ceasefire|"
        r"truce|timetable|timeline|withdrawal|deal|terms|schedule|extend|end)"
        r"|\b(?:agreement|deal|accord)\s+(?:was|has\s+been|had\s+been)\s+(?:reached|signed|struck|agreed)"
        # A ceasefire that holds is an agreement in force, and so is one only said to be at risk.
        r"|\b" + ACCORD + r"\b[^.;]{0,80}?\b(?:" + ACCORD_HELD + r"|" + ACCORD_AT_RISK + r")\b"
    )),
    ("talks_suspended", _cue(
        r"\b(?:suspend(?:ed|s|ing)?|broke\s+off|break\s+off|paus(?:ed|es|ing)|halt(?:ed|s|ing)?|"
        r"froze|frozen|freez(?:e|es|ing)|postpon(?:ed|es|ing)|pulled\s+out\s+of|walked\s+out\s+of|"
        r"walked\s+away\s+from|abandon(?:ed|s)|called\s+off|stall(?:ed|s)|collaps(?:ed|es))\b[^.;]{0,40}?\b"
        + _TALKS + r"|\b" + _TALKS + r"\s+(?:[\w-]+\s+){0,12}?"
        r"(?:(?:were|was|have\s+been|had\s+been|are|is)\s+(?:\w+\s+)?)?(?:suspended|halted|frozen|postponed|paused|stalled|called\s+off|on\s+hold|"
        r"collapsed|broke\s+down|ended|failed)\b"
        # "talks ..., held in Brussels in February, ended without agreement"
        r"|\b(?:ended|broke\s+up|closed|concluded)\s+without\s+(?:an?\s+|any\s+)?(?:agreement|deal|accord)\b"
        # A ceasefire or peace deal that lapsed, nears collapse, was left or declared over.
        r"|\b" + ACCORD + r"\b[^.;]{0,80}?\b(?:" + ACCORD_FADED + r"|collapsed)\b"
        r"|" + LEAVING + r"(?:" + ACCORD + r"|deal|agreement|accord)\b|" + DECLARED_OVER
        + r"|" + MEETING_OFF
    )),
    ("no_talks", _cue(
        r"\b(?:reject(?:ed|s|ing)?|refus(?:ed|es|ing)|ruled\s+out|rules\s+out|dismiss(?:ed|es))\b"
        r"[^.;]{0,40}?\b" + _TALKS + r"|\bno\s+(?:\w+\s+)?" + _TALKS
        + r"|\bthere\s+(?:are|were|have\s+been)\s+no\s+(?:\w+\s+)?" + _TALKS
        + r"|\b(?:will|would)\s+not\s+(?:negotiate|hold\s+talks|talk)"
        r"|\brefus\w+\s+to\s+negotiate"
        # "Their leaders have not met since September": no talks for a while.
        r"|\b(?:has|have|had)\s+not\s+met\s+(?:[\w-]+\s+){0,4}?(?:since|for|in\s+(?:months|years|weeks))\b"
    )),
    ("talks_announced", _cue(
        r"\b(?:will|would|to|plan\s+to|plans\s+to|set\s+to|due\s+to|expected\s+to|are\s+to|is\s+to)\s+"
        r"(?:\w+\s+)?(?:hold|begin|start|open|launch|resume|enter|convene)\s+(?:\w+\s+){0,3}?" + _TALKS
        + r"|\b(?:announced|agreed\s+to\s+(?:begin|start|hold|open|resume|launch)|scheduled|set\s+up|"
        r"called\s+for|invited)\b[^.;]{0,40}?\b" + _TALKS + r"|\b(?:next|new|upcoming|first)\s+round\s+of\s+"
        + _TALKS + r"|\b" + _TALKS + r"\s+(?:\w+\s+){0,4}?(?:will|would|are\s+(?:due|set|expected)\s+to)\s+"
        r"(?:begin|start|open|resume|take\s+place)"
        # "the commission would meet in Nouakchott next month".
        r"|\b(?:will|would|is\s+to|are\s+to)\s+(?:still\s+|also\s+)?meet\b"
    )),
    # Tried late: what became of an accord since it was made ("a truce brokered in March
    # collapsed") outranks how it was made.
    ("agreement_reached", _cue(
        ACCORD_MADE + "|" + PARTIES_AGREED + "|" + AGREED_STEP + "|" + ACCORD_ENDED_WAR + "|" + ACCORD_SIGNED
    )),
    ("talks_ongoing", _cue(
        r"\b(?:is|are|was|were|remain|remains)\s+(?:\w+\s+)?(?:holding|engaged\s+in|in|conducting|continuing)"
        r"\s+(?:\w+\s+){0,3}?" + _TALKS + r"|\b" + _TALKS + r"\s+(?:\w+\s+){0,4}?(?:continu\w*|(?:are|is)\s+"
        r"(?:still\s+)?(?:under\s?way|ongoing|progressing|in\s+progress)|resumed)|\b(?:ongoing|continuing|current)"
        r"\s+(?:\w+\s+)?" + _TALKS + r"|\b(?:held|hold|holding)\s+(?:\w+\s+){0,3}?" + _TALKS
    )),
)
_NEGATED_INSIDE = folded_pattern(r"(?i)\b(?:no|not|never)\b")
_NEGATION = folded_pattern(r"(?i)\b(?:not|no|never|yet\s+to|failed\s+to|without|n['’]t)\s+(?:\w+\s+){0,2}$")


#: A sentence that goes on about the talks just reported without naming them: "No new date has
#: been set", "The next round is due in March".
_FOLLOW_UP = _cue(
    r"\bno\s+(?:new\s+|further\s+|fresh\s+)?date\s+(?:has|had|was|have)\s+(?:yet\s+)?(?:been\s+)?set\b"
    # "The agreement has never been implemented": what became of the accord just reported.
    r"|\b(?:agreement|accord|deal|plan)\s+(?:has|had|was)\s+(?:never|not|yet\s+to)\s+(?:been\s+|be\s+)?implemented\b"
    r"|\bnext\s+(?:round|meeting|session)\s+(?:is|was|will|would)\b"
)


def follows_up(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` goes on about talks the sentence before it reported."""
    return _FOLLOW_UP.search(lowered(text[start:end])) is not None


def talks_status(text: str, start: int, end: int) -> TalksStatus:
    """The state of the talks `text[start:end]` reports."""
    # The cues are searched in the lowered sentence, with the character before it, which
    # the word boundary that opens them looks at.
    before = max(0, start - 1)
    low = lowered(text[before:end])
    for status, cue in CUES:
        for match in cue.finditer(low, start - before):
            if status == "no_talks" or not _negated(low, start - before, match):
                return status
    return "talks_ongoing"


def _negated(low: str, start: int, match: re.Match[str]) -> bool:
    """ "have not reached an agreement", "reached no deal" (in lowered text)."""
    if _NEGATED_INSIDE.search(match.group()):
        return True
    return _NEGATION.search(low, max(start, match.start() - 30), match.start()) is not None
