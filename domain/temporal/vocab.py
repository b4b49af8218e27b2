"""Words that carry time in English news text, shared by the resolver and the tagger."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

#: The number words, one table for the resolver, the tagger and the spoken years of `eras`.
ONES: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
TEENS: dict[str, int] = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
#: Tens that combine with a following unit: "twenty four".
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty first": 21, "twenty second": 22,
}  # fmt: skip

#: Small cardinals as journalists spell them.
NUMBERS: dict[str, int] = {
    "a": 1,
    "an": 1,
    **ONES,
    **TEENS,
    **TENS,
    "hundred": 100,
    "a hundred": 100,
    "a couple of": 2,
    "a couple": 2,
    "couple of": 2,
    "twenty-four": 24,
    "thirty-six": 36,
    "forty-eight": 48,
}

#: Ordinals of quarters, halves and weeks: "the first quarter", "2nd half".
ORDINALS: dict[str, int] = {
    **{word: n for word, n in ORDINAL_WORDS.items() if n <= 4},
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}

#: Amounts that are not numbers: the TIMEX3 value then carries X ("PXY").
VAGUE_AMOUNTS: frozenset[str] = frozenset({"several", "few", "a few", "many", "some"})

#: Unit word -> TIMEX3 duration letter (time units take a T prefix in the value).
UNITS: dict[str, str] = {
    "second": "S",
    "minute": "M",
    "hour": "H",
    "day": "D",
    "week": "W",
    "fortnight": "2W",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
}
TIME_UNITS: frozenset[str] = frozenset({"second", "minute", "hour"})

#: Parts of the day: TIMEX3 code and local [start hour, end hour); end may pass midnight.
PARTS_OF_DAY: dict[str, tuple[str, int, int]] = {
    "morning": ("MO", 6, 12),
    "afternoon": ("AF", 12, 18),
    "evening": ("EV", 18, 24),
    "night": ("NI", 18, 30),
    "late hours": ("NI", 20, 24),
    "late": ("NI", 20, 24),
    "overnight": ("NI", 18, 30),
    "dawn": ("MO", 5, 7),
    "daybreak": ("MO", 5, 7),
    "sunrise": ("MO", 5, 7),
    "dusk": ("EV", 17, 19),
    "sunset": ("EV", 17, 19),
}

SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "autumn": "FA",
    "fall": "FA",
    "winter": "WI",
}

#: Season code -> first month; winter starts in December of the named year.
SEASON_START: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

#: Words that place an expression in the vague past, present or future.
VAGUE_REFS: dict[str, str] = {
    "recently": "PAST_REF",
    "lately": "PAST_REF",
    "earlier": "PAST_REF",
    "previously": "PAST_REF",
    "the past": "PAST_REF",
    "in the past": "PAST_REF",
    "recent": "PAST_REF",
    "once": "PAST_REF",
    "formerly": "PAST_REF",
    "now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "current": "PRESENT_REF",
    # "the then-current market price": what was current at a time gone by
    "then current": "PAST_REF",
    "then-current": "PAST_REF",
    "at present": "PRESENT_REF",
    "presently": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "right now": "PRESENT_REF",
    "today's": "PRESENT_REF",
    "the future": "FUTURE_REF",
    "a later date": "FUTURE_REF",
    "a future date": "FUTURE_REF",
    "future": "FUTURE_REF",
    "soon": "FUTURE_REF",
    "in the future": "FUTURE_REF",
    "the coming": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF",
}


def amount(text: str) -> int | None:
    """ "two", "24", "twenty four", "a" -> int; None when it is not a number."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    if text in NUMBERS:
        return NUMBERS[text]
    parts = text.split()
    if len(parts) == 2 and parts[0] in TENS and NUMBERS.get(parts[1], 10) < 10:
        return NUMBERS[parts[0]] + NUMBERS[parts[1]]  # "twenty four"; never "a two"
    return None


#: The units "the ... since" counts up to now: "the year since the attack", "the months since".
SINCE_UNITS = "day|week|month|year|decade"
