"""One spelling per expression: lower case, no dots, commas or hyphens, no leading preposition."""

from __future__ import annotations

import re
from functools import lru_cache

from domain.temporal.vocab import MONTHS, ONES, ORDINAL_WORDS, TENS, WEEKDAYS

_QUOTES = str.maketrans({"’": "'", "‘": "'", "–": "-", "—": "-", "\u00a0": " "})
_ABBREVIATION_DOT = re.compile(r"(?<=[a-z])\.")
_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z0-9 ])|(?<=[0-9])-(?=[a-z])")
_COMMA = re.compile(r"\s*,\s*")
_SPACES = re.compile(r"\s+")
# "over the weekend" is "the weekend"; "over 20 years" is a hedge ("more than"), left as it is;
_LEADING = re.compile(
    # "in two weeks" keeps its "in": a time ahead, or how long something took
    r"^(?:on|in(?! \S+ (?:day|week|month|year)s?$)|over(?= the\b)|at(?! least\b)|during|from|as of|of|by"
    r"|until|till|for)\s+(?=\S)"
)
_AM_PM = re.compile(r"\b([ap])\s?m\b")
_POSSESSIVE = re.compile(r"(?<=[a-z0-9])'s$")
_THIS_PAST = re.compile(r"\bthis past\b")
# "the past fortnight", "a fortnight ago": two weeks, as "the past two weeks" and "two weeks ago".
_FORTNIGHT = re.compile(r"\b(?:(past|last|next|coming|previous|following) fortnight|an? fortnight(?= ago$))")
# "the December quarter", "the June quarter": the quarter that ends in that month.
# "the quarter ending in December", "the quarter ended June 30": the same quarter, named by how
# it ends (a quarter ending in another month is a fiscal quarter, left as it was).
_MONTH_QUARTER = re.compile(
    r"^the (march|june|september|sept|sep|december|dec) quarter$"
    r"|^the (?:fiscal )?quarter end(?:ed|ing) (?:in |on )?(march|june|september|sept|sep|december|dec)"
    r"(?: (?:30|31))?(?: (\d{4}))?$"
)
_QUARTER_ENDING = {"march": "first", "june": "second", "september": "third", "sept": "third", "sep": "third"}
# "the second half of the year", "the first quarter of the year": of the year the report is in.
_OF_THE_YEAR = re.compile(r"^((?:the )?(?:first|second|third|fourth) (?:half|quarter) of )the year$")
# "late on Wednesday", "early on Sunday": wire copy's "on" adds nothing to "late Wednesday".
# "late on Sunday night" is "late Sunday night".
_PART_ON_DAY = re.compile(
    rf"^((?:late|early) )on (?=(?:{'|'.join(WEEKDAYS)}|today|yesterday|tomorrow)"
    r"(?: (?:morning|afternoon|evening|night))?$)"
)
# "the night of Wednesday to Thursday", "the night between Friday and Saturday" (French and Arabic
# copy in English): the night that starts on the first day, when the second is the day after it.
_NIGHT_OF_TWO_DAYS = re.compile(
    rf"^(?:the )?night (?:of|from|between) ({'|'.join(WEEKDAYS)}) (?:to|and|into) ({'|'.join(WEEKDAYS)})$"
)
_NIGHT_BEFORE_LAST = re.compile(r"^the night before last$")


def _night_of_two_dates(match: re.Match[str]) -> str:
    first, second = int(match[1]), int(match[2])
    return f"{first} {match[3]} night" if second == first + 1 else match[0]


def _night_of_two_days(match: re.Match[str]) -> str:
    first, second = match[1], match[2]
    return f"{first} night" if (WEEKDAYS[first] + 1) % 7 == WEEKDAYS[second] else match[0]


# Spelt out in broadcast copy: "january nineteen ninety seven", "the winter of nineteen ninety
# four", "march eighth" are "january 1997", "the winter of 1994", "march 8".
_DAY_WORDS: dict[str, int] = {
    **{w: n for w, n in ORDINAL_WORDS.items() if n <= 19},
    "twentieth": 20,
    "thirtieth": 30,
    "thirty first": 31,
    **{f"twenty {w}": 20 + n for w, n in ORDINAL_WORDS.items() if n <= 9},
}
_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
# "late on 19 August", "early on Jan. 7": as "late on Wednesday", the "on" adds nothing.
_PART_ON_DATE = re.compile(
    rf"^((?:late|early) )on "
    rf"(?=(?:\d{{1,2}}(?:st|nd|rd|th)? (?:{_MONTH_WORDS})|(?:{_MONTH_WORDS}) \d{{1,2}}\b))"
)
# "Tues., Jan. 7", "Sat 3 June": a weekday abbreviated before its date.
_WEEKDAY_SHORT = {
    "mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "thu": "thursday",
    "thur": "thursday", "thurs": "thursday", "fri": "friday", "sat": "saturday", "sun": "sunday",
}  # fmt: skip
_SHORT_BEFORE_DATE = re.compile(
    rf"^({'|'.join(_WEEKDAY_SHORT)}) (?=(?:{_MONTH_WORDS}) \d|\d{{1,2}}(?:st|nd|rd|th)? (?:{_MONTH_WORDS}))"
)
# "the night of 3 to 4 June": the night that starts on the first day.
_NIGHT_OF_TWO_DATES = re.compile(
    rf"^(?:the )?night (?:of|from|between) (\d{{1,2}})(?:st|nd|rd|th)? (?:to|and|into)"
    rf" (\d{{1,2}})(?:st|nd|rd|th)? ((?:{_MONTH_WORDS})(?: \d{{4}})?)$"
)
_ONES_WORDS = "|".join(ONES)
_TENS_WORDS = "|".join(TENS)
_SPOKEN_YEAR = re.compile(
    rf"(?<=[a-z] )(?<!year )(?P<high>eighteen|nineteen) (?P<tens>{_TENS_WORDS})(?: (?P<ones>{_ONES_WORDS}))?$"
    rf"|(?<=[a-z] )(?<!year )two thousand(?: and)?(?: (?P<after>{_ONES_WORDS}))?$"
)
_SPOKEN_DAY = re.compile(
    rf"\b(?P<month>{_MONTH_WORDS}) (?P<day>{'|'.join(sorted(_DAY_WORDS, key=len, reverse=True))})\b"
)
# "this coming sunday" is "coming sunday"; before a weekday with its date ("next sunday march
# 8") the relative word adds nothing the date does not say.
_THIS_COMING = re.compile(r"\bthis coming\b")
_RELATIVE_BEFORE_DATE = re.compile(
    rf"^(?:coming|this|next|last) (?=(?:{'|'.join(WEEKDAYS)}) (?:{_MONTH_WORDS}) \d)"
)
# "the last half of 1989" is its second half; "the first two quarters of 1990" its first half.
_HALVES = (
    (re.compile(r"\b(?:last|latter) half\b"), "second half"),
    (re.compile(r"\bfirst two quarters of\b"), "first half of"),
    (re.compile(r"\b(?:last|final) two quarters of\b"), "second half of"),
)
# "a year and a half", "two hours and a half": the half after the unit is "one and a half years".
_HALF_AFTER = re.compile(
    rf"\b(?:(an?|one)|(\d{{1,3}}|{_ONES_WORDS})) "
    r"(second|minute|hour|day|week|month|year|decade|century|centuries)s? and a half\b"
)
# "by the end of the decade", "the middle of the century", "mid-century": a part of the decade or
# century the report is written in.
_PART_OF_ERA = re.compile(
    r"^((?:the )?(?:early|late|end of|beginning of|start of|middle of) )the (decade|century)$"
    r"|^mid (decade|century)$"
)
# Financial shorthand: "q3 2023" is "the third quarter of 2023", "h1" "the first half", "fy23"
# "fiscal 2023".
_PERIOD_CODE = re.compile(r"^(?:the |its )?(q[1-4]|h[12])(?:[ -](\d{4}))?$|^fy ?(\d{4}|\d\d)$")
_CODE_WORDS = {"1": "first", "2": "second", "3": "third", "4": "fourth"}
# "a flat second quarter", "a record first half": the quarter or half itself, described.
_DESCRIBED_PERIOD = re.compile(
    r"^an? (?!(?:year|quarter|half|fiscal|calendar)\b)[a-z]+ ((?:first|second|third|fourth) quarter"
    r"|(?:first|second) half)$"
)


def described_period(expression: str) -> bool:
    """ "after a flat second quarter": a period introduced in passing, described, not the one a
    report is about, so later comparisons do not lean on it."""
    return expression[:2].lower() in ("a ", "an") and bool(
        _DESCRIBED_PERIOD.match(normalise_words(expression))
    )


def normalise_words(expression: str) -> str:
    """Lower case, single spaces, no dots or hyphens between words."""
    text = _ABBREVIATION_DOT.sub("", expression.translate(_QUOTES).lower().strip())
    return _SPACES.sub(" ", _HYPHEN.sub(" ", text)).strip(" .;:!?\"'()")


# "two days from today" is "two days from now".
_FROM_TODAY = re.compile(r"\bfrom today$")
# "earlier in the year" is "earlier this year"; "later in the day" is "later today".
_IN_THE = re.compile(r"^(earlier|later|early|late) in the (day|week|month|year)$")
# Wire services' 24-hour times: "1400 gmt" is "14:00 gmt".
_MILITARY = re.compile(r"\b([01]\d|2[0-3])([0-5]\d) (gmt|utc|local time)\b")
# "4 in the morning", "nine in the evening", "11 at night" are clock times: "4 am", "9 pm".
_HOURS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_HOUR_PART = re.compile(
    r"\b(1[0-2]|[1-9]|"
    + "|".join(_HOURS)
    + r")(?: o'clock)? (in the (?:morning|afternoon|evening)|at night)\b"
)


def _hour_part(match: re.Match[str]) -> str:
    word, part = match[1], match[2]
    hour = int(word) if word.isdigit() else _HOURS.index(word) + 1
    if part == "at night" and hour == 12:
        return "midnight"
    morning = part == "in the morning" or (part == "at night" and hour < 6)
    return f"{hour} {'am' if morning else 'pm'}"


@lru_cache(maxsize=8192)
def normalise(expression: str) -> str:
    text = expression.translate(_QUOTES).lower().strip()
    text = _ABBREVIATION_DOT.sub("", text)
    text = _AM_PM.sub(r"\1m", text)
    text = _HYPHEN.sub(" ", text)
    text = _COMMA.sub(" ", text)
    text = _SPACES.sub(" ", text).strip(" .;:!?\"'()")
    text = _THIS_PAST.sub("last", _POSSESSIVE.sub("", text))
    text = _PART_ON_DATE.sub(r"\1", _PART_ON_DAY.sub(r"\1", text))
    text = _SHORT_BEFORE_DATE.sub(lambda m: _WEEKDAY_SHORT[m[1]] + " ", text)
    text = _FORTNIGHT.sub(lambda m: f"{m[1]} two weeks" if m[1] else "two weeks", text)
    text = _MONTH_QUARTER.sub(_month_quarter, text)
    text = _OF_THE_YEAR.sub(r"\1this year", text)
    text = _SPOKEN_YEAR.sub(_spoken_year, text)
    text = _SPOKEN_DAY.sub(lambda m: f"{m['month']} {_DAY_WORDS[m['day']]}", text)
    text = _RELATIVE_BEFORE_DATE.sub("", _THIS_COMING.sub("coming", text))
    for pattern, replacement in _HALVES:
        text = pattern.sub(replacement, text)
    text = _HALF_AFTER.sub(_half_after, text)
    text = _FROM_TODAY.sub("from now", text)
    text = _PERIOD_CODE.sub(_period_code, text)
    text = _DESCRIBED_PERIOD.sub(r"the \1", text)
    text = _PART_OF_ERA.sub(_part_of_era, text)
    text = _IN_THE.sub(_in_the, text)
    text = _MILITARY.sub(r"\1:\2 \3", text)
    text = _HOUR_PART.sub(_hour_part, text)
    text = _NIGHT_BEFORE_LAST.sub("the day before yesterday night", text)
    previous = None
    while previous != text:
        previous, text = text, _LEADING.sub("", text)
    text = _NIGHT_OF_TWO_DATES.sub(_night_of_two_dates, text)
    return _NIGHT_OF_TWO_DAYS.sub(_night_of_two_days, text)


def _month_quarter(match: re.Match[str]) -> str:
    of_year = f" of {match[3]}" if match[3] else ""
    return f"the {_QUARTER_ENDING.get(match[1] or match[2], 'fourth')} quarter{of_year}"


def _half_after(match: re.Match[str]) -> str:
    unit = "century" if match[3].startswith("centur") else match[3]
    return f"{'one' if match[1] else match[2]} and a half {unit}s"


def _period_code(match: re.Match[str]) -> str:
    if match[3]:
        return f"fiscal {match[3] if len(match[3]) == 4 else '20' + match[3]}"
    unit = "quarter" if match[1][0] == "q" else "half"
    of_year = f" of {match[2]}" if match[2] else ""
    return f"the {_CODE_WORDS[match[1][1]]} {unit}{of_year}"


def _part_of_era(match: re.Match[str]) -> str:
    if match[3]:
        return f"the middle of this {match[3]}"
    return f"{match[1]}this {match[2]}"


def _in_the(match: re.Match[str]) -> str:
    """ "earlier in the year" -> "earlier this year"; "later in the day" is that day itself."""
    when, unit = match[1], match[2]
    if unit == "day":
        return "today" if when in ("earlier", "later") else f"{when} today"
    return f"{when} this {unit}"


def _spoken_year(match: re.Match[str]) -> str:
    if match["high"] is None:
        return str(2000 + ONES.get(match["after"] or "", 0))
    high = 18 if match["high"] == "eighteen" else 19
    return str(100 * high + TENS[match["tens"]] + ONES.get(match["ones"] or "", 0))
