"""Where temporal expressions sit in raw report text: one pattern per family.

Names (months, weekdays) must be capitalised, so "may" and "march" as verbs stay out;
every other word is case-insensitive. Each pattern is a sequence of flat alternations
with bounded repeats, so matching stays linear in the length of the text.
"""

from __future__ import annotations

import re

from domain.temporal.patterns import word_trie
from domain.temporal.vocab import NUMBERS, ORDINAL_WORDS, SEASONS, SINCE_UNITS, TENS


def _words(words: object) -> str:
    return "(?i:" + word_trie(words) + ")"


MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_MONTH_SHORT = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"]
MONTH = word_trie([*MONTH_NAMES, *_MONTH_SHORT, *(m + "." for m in _MONTH_SHORT)]) + "(?![a-z])"
MONTH_NOT_MAY = word_trie(m for m in MONTH_NAMES if m != "May") + "(?![a-z])"
WEEKDAY = (
    word_trie(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]) + "s?(?![a-z])"
)
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
YEAR = r"(?<![\d$£€.,])(?:1[89]\d\d|20\d\d)(?![\d%]|,\d|\.\d)"
_ONES = _words(k for k, v in NUMBERS.items() if v < 10 and k.isalpha() and len(k) > 2)
NUM = rf"(?:\d{{1,3}}(?![\d,.])|{_words(TENS)}[ -]{_ONES}|{_words(NUMBERS)})"
VAGUE_NUM = (
    "(?i:" + word_trie(["several", "a few", "few", "many", "some", "a couple of", "couple of"], " ") + ")"
)
UNIT_WORDS = [
    "second",
    "minute",
    "hour",
    "day",
    "week",
    "fortnight",
    "month",
    "quarter",
    "year",
    "decade",
    "century",
]
UNIT = "(?i:" + word_trie(UNIT_WORDS) + ")"
#: A unit, singular or plural ("centuries" is not "century" + "s").
UNIT_S = rf"(?:{UNIT}s?|(?i:centuries))"
UNITS_PLURAL = (
    "(?i:"
    + word_trie([*(u + "s" for u in UNIT_WORDS if u not in ("fortnight", "century")), "centuries"])
    + ")"
)
SEASON = _words(SEASONS)
PART_WORDS = word_trie(["morning", "afternoon", "evening", "night", "overnight"])
# "a flat second quarter", "a record first half": an article and an adjective before a quarter.
_DESCRIBED = r"(?i:an?) (?!(?i:year|quarter|half|fiscal|calendar|share|day|week|month)\b)[a-z]{3,}"
PART = "(?i:" + PART_WORDS + ")"
ORD = "(?i:" + word_trie(["first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th"]) + ")"
REL = (
    "(?i:"
    + word_trie(["last", "this past", "this", "next", "coming", "past", "previous", "current"], " ")
    + ")"
)
MOD = (
    r"(?i:(?:the )?(?:early|mid|late|end of|beginning of|start of|middle of|"
    r"first half of|second half of|last half of|latter half of)[ -]?)"
)
_I = "(?i:"
_DECADE_WORDS = word_trie(
    ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]
)
_TENS_WORDS = word_trie(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])
_ORDINAL_WORDS = word_trie([*ORDINAL_WORDS])
B = r"(?<![\w-])"  # left word boundary that also refuses to split a hyphenated word
E = r"(?![\w])"

#: Days of the month spelt out, as broadcast transcripts write them: "March eighth".
_DAY_ORDINAL_WORDS = word_trie(
    [
        *(w for w, n in ORDINAL_WORDS.items() if n <= 19),
        "twentieth",
        "thirtieth",
        *(f"twenty {w}" for w, n in ORDINAL_WORDS.items() if n <= 9),
        "thirty first",
    ]
)
_DATE_BODY = rf"(?:{MONTH} {DAY}|{DAY} (?:of )?{MONTH}|{MONTH} (?i:{_DAY_ORDINAL_WORDS})(?![\w-]))"
#: A spelt-out year after a month or a season: "January nineteen ninety-seven".
_SPOKEN_YEAR = (
    rf"(?i:(?:eighteen|nineteen) {_TENS_WORDS}(?:[ -]{_ONES})?"
    rf"|two thousand(?: and)?(?: {_ONES})?)"
)
# "eight straight months", "four consecutive quarters": a run of units is still their length.
#: "9.63 seconds", "2.5 years": the whole number, so that "63 seconds" is never split off it.
_DECIMAL = r"(?<![\d.])\d{1,3}\.\d{1,3}(?![\d.])"
_THOUSANDS = r"\d{1,3}(?:,\d{3})+"
_EXTRA = "(?i:more|additional|extra|straight|consecutive|successive)"
_ZONE = r"(?: [A-Z]{2,4}T| GMT| UTC| (?i:local time))"
#: A share of a unit: "half a", "a quarter of an", "three quarters of an"; "a quarter-century".
_FRACTION = (
    "(?i:"
    + word_trie(["half", "a quarter", "three quarters"])
    + "(?: of)? an?|a (?:half|quarter)[ -]?(?=century))"
)
#: A clock time: "10 a.m.", "10:35", "noon", and the 24-hour "1400 GMT" that wire services write.
_TIME = (
    # "4.45pm": British copy writes the minutes after a dot
    rf"(?:(?<![\d.,$£€])(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)? ?(?i:a\.m\.?|p\.m\.?|am|pm){_ZONE}?"
    rf"|(?:[01]?\d|2[0-3]):[0-5]\d(?: (?:GMT|UTC|[A-Z]{{2,3}}T|{_I}local time)))?|{_I}noon|midday|midnight)"
    rf"|(?<![\d,.$])(?:[01]\d|2[0-3])[0-5]\d (?:GMT|UTC|{_I}local time)))"
)
HOLIDAY = (
    r"(?:Christmas(?: Day| Eve)?|New Year's (?:Day|Eve)|Independence Day|Halloween|Valentine's Day"
    r"|Thanksgiving(?: Day)?|Labor Day|Memorial Day|Election Day|Easter(?: Sunday| Monday)?"
    r"|Black Friday|Cyber Monday|Martin Luther King(?: Jr\.?)? Day|MLK Day|Presidents'? Day|President's Day"
    r"|Columbus Day|Veterans'? Day|Juneteenth|Mother's Day|Father's Day|Fourth of July"
    r"|(?:St\.?|Saint) Patrick's Day|Ash Wednesday|Palm Sunday|Good Friday|Pentecost|Boxing Day|Earth Day"
    r"|May Day|Bastille Day|Remembrance Day|Armistice Day|Anzac Day"
    r"|Australia Day|Canada Day|(?:Lunar|Chinese) New Year|Yom Kippur(?! [Ww]ar)|Rosh Hashanah?|Passover"
    r"|Hanukkah|Chanukah|New Year(?!'s?\b|\w))"
)
_DAY_WORD = rf"(?:{WEEKDAY}|{_I}today|yesterday|tomorrow))"
# Months and feasts of the Islamic calendar. Ramadan, Muharram, Eid and Ashura are also personal
# names ("Tariq Ramadan said", "Muharram Ince"): bare, they are read only where no capitalised
# word stands right before them (but a sentence's first word or a preposition may) and none after.
_OPENERS = (
    "In", "During", "Since", "Before", "After", "Until", "For", "Of", "By", "On", "Throughout", "Holy",
)  # fmt: skip
_AFTER_NO_NAME = (
    "(?:"
    + "|".join(rf"(?<=\b{word} )" for word in _OPENERS)
    + "|"
    + "".join(rf"(?<![A-Z][a-z]{{{n}}} )" for n in range(1, 15))
    + ")"
)
_ISLAMIC_NAME = (
    r"(?:Eid(?:[ -](?:al|ul|el|e)[ -](?:Fitr|Adha)|[ -]al[ -]Kabir|[ -]el[ -]Kebir)"
    r"|Arba'?een|Arbaein|Arbain|Mawlid(?: al[ -]Nabi)?|Milad[ -]un[ -]Nabi|Bakrid"
    r"|(?:Islamic|Hijri) New Year|the Prophet(?: Muhammad)?'s birthday"
    rf"|{_AFTER_NO_NAME}(?:Ramadan|Ramadhan|Ramazan|Muharram|Eid|Ashura|Ashoura)(?! [A-Z]))"
)

#: (name, pattern) pairs; names only serve tests and debugging.
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "full_date",
        re.compile(
            # "the week ended July 25": weekly figures name their week by its last day.
            # "in the early hours of 2 April 2025", "the small hours of March 3": the part of the
            # night a date begins with, as "the early hours of Friday" is
            rf"{B}(?:(?i:the week (?:of|ended|ending)(?: on)?|(?:the )?(?:early|small|wee) hours of) )?"
            rf"(?:(?:{_I}this coming|this|next|last|coming) )?{WEEKDAY},? )?"
            rf"{_DATE_BODY}(?:,? {YEAR})?"
        ),
    ),
    # "the first week of June", "the last week of next month": a week counted in its month.
    (
        "week_of_month",
        re.compile(
            rf"{B}(?i:the (?:first|second|third|fourth|last|final) week of )"
            rf"(?:{MONTH}(?:,? {YEAR})?|(?i:this|next|last) (?i:month)){E}"
        ),
    ),
    ("month_year", re.compile(rf"{B}(?:{MOD})?{MONTH},? (?:of )?(?:{YEAR}|{_SPOKEN_YEAR}{E})")),
    ("iso_date", re.compile(r"(?<![\d-])\d{4}-\d\d-\d\d(?![\d-])")),
    # "12/03/2019", "25.03.2019": day and month in the order the publisher's copy writes them
    (
        "numeric_date",
        re.compile(
            r"(?<![\w/.-])(?:[12]\d|3[01]|0?[1-9])([/.])(?:[12]\d|3[01]|0?[1-9])\1(?:19|20)\d\d(?![\w/-]|\.\d)"
        ),
    ),
    ("mod_month", re.compile(rf"{B}(?:{MOD}|{_I}(?:last|this|next) )){MONTH_NOT_MAY}")),
    (
        "may",
        re.compile(
            rf"{B}(?:{_I}last|this|next) )?May(?= {YEAR}|,? {DAY})|(?<=(?i:in|by) )May{E}"
            rf"|{B}{_I}last|this|next) May{E}"
            # "since May", "until May", "mid-May", "late May": after a bound or a part of the month.
            rf"|(?:(?<=(?i:since) )|(?<=(?i:until) )|(?<=(?i:through) )|(?<=(?i:from) ))May{E}"
            rf"|{B}{MOD}May{E}"
            # "the May contract", "crude for May delivery": futures are named by their month.
            rf"|{B}May(?= (?:contracts?|futures|delivery|options){E})"
        ),
    ),
    # "the annual March for Life", "the March of the Mothers": a march, not a month.
    (
        "bare_month",
        re.compile(
            rf"{B}{MONTH_NOT_MAY}(?! \d)"
            rf"(?!(?:(?<=[Tt]he March)|(?<=annual March)|(?<=\ba March))"
            rf" (?:for|of|on|against|through)\b(?! (?:\d|last|this|next)))"
        ),
    ),
    (
        "year",
        re.compile(
            rf"{B}(?:{MOD}|{_I}(?:fiscal(?: year)?|the year|calendar) )|(?i:post|pre)-)?{YEAR}"
            rf"(?: (?i:fiscal year){E})?"
        ),
    ),
    (
        "decade",
        re.compile(
            rf"{B}(?:{MOD})?(?i:the )?(?:(?:1[89]|20)\d0|'\d0)s{E}|{B}(?:{MOD})?(?i:the {_DECADE_WORDS}){E}"
        ),
    ),
    (
        "century",
        re.compile(
            rf"{B}(?:{MOD})?(?i:(?:the )?(?:\d{{1,2}}(?:st|nd|rd|th)|{_ORDINAL_WORDS})[ -]century){E}"
        ),
    ),
    (
        "spoken_year",
        re.compile(rf"{B}(?i:(?:eighteen|nineteen) {_TENS_WORDS}(?:[ -]{_ONES})?|the year two thousand){E}"),
    ),
    # "by mid-century", "a mid-decade review": the middle of the decade or century written in.
    ("mid_era", re.compile(rf"{B}(?i:mid[ -](?:century|decade)){E}")),
    ("year_end", re.compile(rf"{B}(?i:(?:the )?year[ -]end|year's end){E}")),
    ("in_the_unit", re.compile(rf"{B}(?i:(?:earlier|later|early|late) in the (?:day|week|month|year)){E}")),
    ("later_date", re.compile(rf"{B}(?i:a (?:later|future) date){E}")),
    (
        "dawn",
        re.compile(
            rf"(?:(?<=(?i:at) )|(?<=(?i:by) )|(?<=(?i:after) )|(?<=(?i:until) )|(?<=(?i:before) ))"
            rf"(?i:dawn|dusk|daybreak|sunrise|sunset){E}"
        ),
    ),
    (
        "weekday_part",
        re.compile(
            rf"{B}(?:{_I}late|early) )?"
            rf"(?:{_I}last|this coming|this|next|the (?:previous|preceding|following)) )?{_DAY_WORD}"
            rf"(?: {PART}s?| (?i:at|around) {_TIME}| {_TIME})?{E}"
        ),
    ),
    (
        "part_weekday",
        re.compile(
            # "late on Wednesday", "overnight on Saturday": wire copy writes "on" after the part.
            # "late on Sunday night", "early on Monday morning": "late Sunday night" with wire
            # copy's "on"; the part of the day after the day belongs to the expression.
            rf"{B}(?i:late|early) (?i:on) {_DAY_WORD} {PART}{E}"
            rf"|{B}(?i:(?:the )?(?:late|early|small|wee) hours of|(?:late|early)"
            rf"(?: {PART})?(?: of| on)?|overnight(?: on| into)?|the {PART_WORDS} of) {_DAY_WORD}"
            rf"(?:,? {MONTH} {DAY})?{E}"
        ),
    ),
    (
        "part_alone",
        re.compile(
            rf"{B}{_I}tonight|last night|overnight|mid[ -]?(?:morning|afternoon)(?: {_DAY_WORD})?"
            rf"|(?:(?:earlier |later )?this|that(?: same)?|the same|the next|the following|"
            rf"the previous) {PART_WORDS}|the {PART_WORDS} before){E}"
            rf"|(?:(?<=(?i:in) )|(?<=(?i:during) )|(?<=(?i:by) )|(?<=(?i:until) )|(?<=(?i:into) ))"
            rf"(?i:the (?:morning|afternoon|evening)){E}"
            # "a search that lasted through the night": the night of the day just mentioned.
            rf"|(?:(?<=(?i:through) )|(?<=(?i:throughout) )|(?<=(?i:during) )|(?<=(?i:into) ))"
            rf"(?i:the night){E}"
        ),
    ),
    # "9 a.m. on Friday, March 22", "14:32 GMT on Friday 22 March 2013", "5 p.m. on March 5, 2024":
    # the date after the day, and the year after the date, belong to the time (left out, the
    # longer date beside the time dropped one of the two, or left a year on its own).
    (
        "time",
        re.compile(
            rf"{B}{_TIME}(?: (?:on )?{_DAY_WORD}(?:(?:,? {MONTH} {DAY}|,? {DAY} {MONTH})(?:,? {YEAR})?)?"
            rf"|,? (?:on )?(?:{MONTH} {DAY}|{DAY} {MONTH})(?:,? {YEAR})?)?{E}"
        ),
    ),
    # "at 4 in the morning", "until eleven at night": an hour named by its part of the day.
    (
        "hour_part",
        re.compile(
            rf"(?:(?<=(?i:at) )|(?<=(?i:by) )|(?<=(?i:until) )|(?<=(?i:till) )|(?<=(?i:around) )"
            rf"|(?<=(?i:about) )|(?<=(?i:after) )|(?<=(?i:before) ))"
            rf"(?:1[0-2]|[1-9]|{_I}one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
            rf"(?: o'clock)? (?i:in the (?:morning|afternoon|evening)|at night){E}"
        ),
    ),
    (
        "relative",
        re.compile(
            # "the current quarter": TimeML keeps the article of "current", as of "the past week".
            rf"{B}(?:{MOD}|(?i:the )(?=(?i:current) ))?{_I}(?:(?:earlier|later) )?{REL})"
            rf" (?:{UNIT}|{SEASON}|{_I}weekend|season)){E}"
        ),
    ),
    (
        "quarter",
        re.compile(
            rf"{B}(?:(?:(?:{_I}(?:last|this|next) year's|the|the fiscal)|{_DESCRIBED}) )?{ORD} "
            rf"|(?i:fiscal )?{ORD}[ -]){_I}quarter|half)"
            rf"(?: (?i:of) (?:{YEAR}|{_I}(?:last|this|next) year|the (?:century|decade))))?{E}"
            # "a first quarter-point cut", "the first half-point rise": a size of a rate move.
            rf"(?!-(?i:point|percentage))"
        ),
    ),
    # "the last half of 1989", "the first two quarters of 1990": halves of a year in other words.
    (
        "half_of",
        re.compile(
            rf"{B}(?:{_I}the) )?(?i:(?:last|latter) half|(?:first|last|final) two quarters) (?i:of) "
            rf"(?:{YEAR}|{_I}(?:last|this|next) year|the (?:century|decade))){E}"
        ),
    ),
    ("year_quarter", re.compile(rf"{B}(?:{_I}the|its) )?{YEAR}(?:'s)? {ORD}[ -]{_I}quarter|half){E}")),
    ("year_period", re.compile(rf"{B}(?:{_I}the) )?{YEAR} {_I}quarter|period){E}")),
    # Financial shorthand: "Q3", "Q4 2023", "FY2024", "FY23", and "H1" with its year or after a
    # preposition or a determiner ("in H2"; "H2" alone is as often hydrogen).
    (
        "period_code",
        re.compile(
            rf"(?<![\w-])(?:Q[1-4](?:[ -]{YEAR})?|FY(?: ?{YEAR}|\d\d)|H[12][ -]{YEAR}"
            rf"|(?:(?<=(?i:in) )|(?<=(?i:for) )|(?<=(?i:during) )|(?<=(?i:the) )|(?<=(?i:its) ))H[12]"
            # "reported H1 sales up 6%": a half before what is reported for it
            rf"|H[12](?= (?i:sales|revenues?|profits?|earnings|results|net|loss|losses|figures)\b))"
            rf"(?![\w-])"
        ),
    ),
    # "the April-June quarter": a quarter named by its months.
    # "the December quarter", "the June quarter": a quarter named by the month it ends in.
    (
        "month_range",
        re.compile(
            rf"{B}(?:{_I}the) )?{MONTH}[-–]{MONTH} {_I}quarter|period){E}"
            rf"|{B}{_I}the) (?:March|June|September|December|Sept?\.?|Dec\.?) {_I}quarter){E}"
        ),
    ),
    # "a truce agreed on the 12th": a day of the month just mentioned. "Set the hearing for the
    # 21st", "adjourned until the 3rd", "by the 15th": after a bound or "for", as after "on".
    (
        "day_ordinal",
        re.compile(
            rf"(?:(?<=(?i:on) )|(?<=(?i:for) )|(?<=(?i:by) )|(?<=(?i:until) )|(?<=(?i:till) ))"
            rf"(?i:the) (?:[12]?\d|3[01])(?:st|nd|rd|th){E}"
            # then a pause, a joining word or a verb ("on the 12th lasted"), never a noun ("the 12th floor")
            rf"(?=\s*[.,;:!?)]|\s*$| (?:and|but|when|after|before|at|in|with|as|of (?:this|that) month"
            rf"|was|were|is|will|would|had|[a-z]+ed){E})"
        ),
    ),
    ("month_rel_year", re.compile(rf"{B}{MONTH} (?:of )?{_I}last|this|next) year{E}")),
    ("current_year", re.compile(rf"{B}{_I}the (?:current|full) (?:fiscal )?year){E}")),
    (
        "season",
        re.compile(
            rf"{B}(?:{MOD}|{_I}(?:the|last|this past|this|next) ))(?:{SEASON})"
            # "the fall of the government": a collapse, not autumn.
            rf"(?!(?<=(?i:fall)) (?i:of) (?!{YEAR}|(?i:nineteen|two thousand)))"
            rf"(?: (?i:of )?(?:{YEAR}|{_SPOKEN_YEAR}))?{E}"
            rf"|{B}{SEASON} {YEAR}"
        ),
    ),
    (
        "ago",
        re.compile(
            # the hedges the resolver reads ("less than a year ago", "roughly two weeks ago")
            rf"{B}(?:(?i:almost|nearly|more than|less than|about|some|over|roughly|around) )?"
            # the unit is written after a number, never after "a while": "a while ago" has one space
            rf"(?:(?:{NUM}|{VAGUE_NUM}) {UNIT_S}|(?i:some time|a while))(?i:(?: or so)? ago){E}"
            rf"|{B}{UNITS_PLURAL} (?i:ago){E}"
        ),
    ),
    # "three weeks from now", "a year from today": a date counted ahead from the report's day.
    (
        "from_now",
        re.compile(
            rf"{B}(?:(?i:about|nearly|almost|some|roughly) )?(?:{NUM}|(?i:an?)) "
            rf"(?i:(?:day|week|month|year)s?) (?i:from (?:now|today)){E}"
        ),
    ),
    (
        "anaphora",
        re.compile(
            rf"{B}{_I}the (?:next|following|previous|preceding|prior|same|subsequent) (?:day|week|month|year)"
            rf"|the (?:day|week|month|year) (?:before|after)"
            rf"|(?:earlier |later )?that (?:same )?(?:day|week|weekend|month|quarter|year)"
            # "the year-earlier nine months": the months compared, a length (before the bare
            # "the year-earlier", which the alternation would otherwise take first)
            rf"|(?:the )?(?:comparable |corresponding |same )?year[ -](?:earlier|ago) {NUM} (?:months|weeks)"
            rf"|(?:the )?(?:comparable |corresponding |same )?year[ -](?:earlier|ago)"
            rf"(?: (?:{ORD}[ -])?(?:fiscal )?quarter| period)?"
            rf"|the (?:comparable |corresponding |same )?(?:{ORD} )?(?:quarter|period)"
            rf" (?:(?:of )?last year|a year (?:ago|earlier))|last year's (?:{ORD}[ -])?(?:quarter|period)"
            rf"|a (?:day|week|month|year) "
            rf"(?:earlier|later)){E}(?! than)|{B}{NUM} {UNIT_S} (?i:later|earlier){E}(?! than)"
        ),
    ),
    (
        "span",
        re.compile(
            rf"{B}{_I}(?:the )?(?:past|last|next|coming|previous|first|final))"
            rf"(?: {NUM})? {UNIT_S}{E}(?!-(?i:point|percentage))"
        ),
    ),
    (
        "recent_units",
        re.compile(
            rf"{B}{_I}(?:the )?(?:recent|coming|past|last|next) (?:few |several |couple of )?"
            rf"(?:minutes|hours|days|weeks|months|quarters|years|decades)"
            rf"|recent (?:hours|days|weeks|months|quarters|years)){E}"
        ),
    ),
    (
        "vague",
        re.compile(
            rf"{B}{_I}now|currently|recently|lately|at present|nowadays|these days|"
            # "the future of the alliance" is its fate, not a time
            # "the then-current price": the present of a time gone by
            rf"the past|the future(?! of\b)|formerly|then[ -]current|current|recent"
            rf"|the (?:latest |same )?(?:quarter|period)"
            rf"|the (?:week|month|year)(?= (?:ended|to date))|the (?:near future|near term|short term)"
            rf"|{MOD}the (?:week|month|year|decade|century)){E}(?!-)"
            rf"|(?<!(?i:as) )(?<![\w-])(?i:soon){E}(?! (?i:after|as|thereafter|afterwards?){E})"
            rf"|{B}(?i:the (?:days|weeks|months|years) ahead){E}"
            rf"|(?:(?<=(?i:over) )|(?<=(?i:through) ))(?i:the years){E}"
            rf"|(?<=(?i:for) )(?i:a while|some time|a long time){E}"
        ),
    ),
    (
        "duration",
        re.compile(
            rf"{B}(?!(?i:a|one) (?i:second)\b)"
            # "a [month-long] journey": the article of a length used as an adjective is left out.
            rf"(?!(?i:an?) {UNIT_S}-(?i:long)\b)"
            # TimeML leaves the article out of an age ("the [47-year-old]") and of a length used as
            # an adjective ("the [five-week] shutdown").
            rf"(?:(?i:the) (?!\S+-(?i:old)\b)(?!\S+-{UNIT}(?:-(?i:long))?(?![\w-]))"
            rf"|(?:(?i:just|a little|little|well) (?=(?i:over|under|more than|less than) ))?"
            rf"(?i:nearly|almost|more than|less than|at least|over|under|some|up to) )?"
            # "half a century", "a quarter of an hour", "a quarter-century": a share of a unit.
            rf"(?:{_FRACTION}[ -]?(?=(?i:hour|day|year|decade|century)(?![\w-]))"
            # "5 1/2 hours", "two and a half hours", "two to three weeks"
            rf"|(?:{NUM}(?: 1/2| (?i:and a half)|[ -](?i:to|or)[ -]{NUM})?"
            rf"|{VAGUE_NUM}|{_DECIMAL}|{_THOUSANDS})[ -]"
            rf"(?:{_EXTRA}[ -])?|{_I}another|an additional|an extra) (?:{NUM} )?)"
            rf"(?:{_I}trading|business|working) )?{UNIT_S}"
            # An age ("the 47-year-old") is left untagged, as train annotates it.
            rf"(?:[ -](?i:long)"
            # "an hour and 45 minutes": one length in two units.
            # ("for the first time in five months, and a second exchange": "a second" is ordinal)
            rf"|,? (?i:and) (?!(?i:a|one) (?i:second)\b)(?:{NUM}|{_I}an?)) {UNIT_S}"
            # "a year and a half": the half after the unit.
            rf"| (?i:and a half)"
            # "six days a week": how often, a set.
            rf"| (?i:a|an|per|each) {UNIT})?{E}(?![ -](?i:ago|old)| (?i:of age))"
        ),
    ),
    (
        "duration_plural",
        re.compile(
            # The unit word first: one cheap test per position before the many lookbehinds.
            rf"(?={UNITS_PLURAL})(?:"
            rf"(?:(?<=(?i:for) )|(?<=(?i:over) )|(?<=(?i:within) )|(?<=(?i:after) )|(?<=(?i:during) )"
            # "could take weeks", "lasted months", "spent years": verbs whose object is a length.
            rf"|(?<=(?i:take) )|(?<=(?i:takes) )|(?<=(?i:took) )|(?<=(?i:taking) )|(?<=(?i:last) )"
            rf"|(?<=(?i:lasted) )|(?<=(?i:lasts) )|(?<=(?i:spent) )|(?<=(?i:spend) )|(?<=(?i:waited) ))"
            rf"{UNITS_PLURAL}{E}(?! (?i:ago|later|earlier|before|after))"
            rf"|(?<=(?i: in) ){UNITS_PLURAL}(?=[.,;:!?]|\s*$)"
            # "the heaviest snow in decades to parts of Ireland": years and decades after "in" are a
            # length wherever the clause goes on, but not "in years past", "in years to come".
            rf"|(?<=(?i: in) )(?i:years|decades)(?= (?!(?i:of|past|ago|gone|to come)\b)[a-z])"
            # "hours after the vote", "ending years of wrangling": a bare plural unit before "after",
            # "before" or "of" is a length, unless a determiner or a count makes it part of another
            # expression ("the days after", "two days after" are found whole elsewhere).
            rf"|(?<=[\w,] )(?<!(?i:the) )(?<!(?i:these) )(?<!(?i:those) )(?<!(?i:of) )(?<!(?i:its) )"
            rf"(?<!(?i:their) )(?<!(?i:his) )(?<!(?i:her) )(?<!\d )(?<!(?i:or) )(?<!(?i:and) )"
            rf"(?!(?i:seconds))(?!(?i:minutes of)){UNITS_PLURAL}"
            rf"(?= (?i:after|before) [A-Za-z]| (?i:of) (?!(?i:age|the|a|an|this|that)\b)[a-z]))"
        ),
    ),
    (
        "set",
        re.compile(
            rf"{B}{_I}(?:every|each) (?:{NUM} )?(?:{UNIT}s?|{WEEKDAY}(?: {PART})?|{MONTH})|daily|weekly|"
            # "every night", "each morning": the part of every day
            rf"(?:every|each) (?:morning|afternoon|evening|night)|"
            rf"monthly|annually|yearly|hourly|nightly){E}"
        ),
    ),
    ("holiday", re.compile(rf"{B}(?:{_I}last|this|next) )?{HOLIDAY}(?: week)?(?: {YEAR})?{E}")),
    ("weekend", re.compile(rf"{B}(?i:the weekend){E}")),
    (
        "islamic",
        re.compile(
            rf"{B}(?:{MOD})?(?:{_I}last|this|next) )?(?:{_I}the (?:holy )?(?:fasting )?month of ))?"
            rf"{_ISLAMIC_NAME}(?: {YEAR})?{E}"
        ),
    ),
    # "the week before last", "the night before last", "the month after next": two steps away
    (
        "before_last",
        re.compile(
            rf"{B}(?i:the (?:week|weekend|month|quarter|year|night) before last"
            rf"|the (?:week|weekend|month|quarter|year) after next){E}"
        ),
    ),
    # "in the night of Wednesday to Thursday" (French and Arabic copy in English): one night
    (
        "night_between",
        re.compile(rf"{B}(?i:(?:the )?night (?:of|from|between) ){WEEKDAY} (?i:to|and|into) {WEEKDAY}"),
    ),
    # "a day-long meeting", "the decades-long dispute": a length used as an adjective.
    ("unit_long", re.compile(rf"{B}{UNIT_S}-(?i:long){E}")),
    # "the day before last Tuesday", "the day after Christmas": one expression, a day off a named day.
    (
        "day_around",
        re.compile(
            rf"{B}(?i:the )?(?i:day) (?i:before|after) (?:(?:{_I}last|next|this) )?{WEEKDAY}"
            rf"|{HOLIDAY}|{_I}yesterday|tomorrow)|{MONTH} {DAY}){E}"
        ),
    ),
    ("ordinary_day", re.compile(rf"{B}(?i:today|yesterday|tomorrow){E}")),
    # "today is the eighth day of the siege", "it's the second day of the offensive": the day
    # counted is the day the report speaks of (after "is" only: "on the fifth day of" is not placed).
    (
        "day_count",
        re.compile(
            rf"(?:(?<=(?i:today is) )|(?<=(?i:today's) )|(?<=(?i:it is) )|(?<=(?i:it's) ))"
            rf"(?i:the )?(?:(?i:{_ORDINAL_WORDS})|\d{{1,3}}(?i:st|nd|rd|th)) (?i:straight |consecutive )?"
            rf"(?i:day)(?= (?i:of|in a row)\b)"
        ),
    ),
    # "twice a year", "three times a month": how often, a set (a count of units is a duration's).
    ("frequency", re.compile(rf"{B}(?:{_I}once|twice)|{NUM} (?i:times)) (?i:a|an|per|each) {UNIT}{E}")),
    ("weekends", re.compile(rf"(?:(?<=(?i:on) )|(?<=(?i:at) )|(?<=(?i:every) ))(?i:weekends?){E}")),
    # "the decade since the financial crisis", "in the months since": a stretch up to now.
    ("unit_since", re.compile(rf"{B}(?i:the (?:{SINCE_UNITS})s?)(?= since{E})")),
    ("rest_of", re.compile(rf"{B}(?i:the rest of (?:the|this) (?:day|week|month|year|season)){E}")),
    # "for the year", "during the fiscal year", "for the week": the unit a report is about, after
    # a preposition ("For the year, volume was flat"); never "the year-ago", nor "Man of the Year".
    (
        "unit_after_preposition",
        re.compile(
            rf"(?:(?<=(?i:for) )|(?<=(?i:of) )|(?<=(?i:during) )|(?<=(?i:in) )|(?<=(?i:through) )"
            rf"|(?<=(?i:throughout) )"
            # "stocks ended the year up 20%", "to end the week higher": the unit a move is measured over.
            rf"|(?<=(?i:end) )(?<!(?i:the end) )|(?<=(?i:ended) )|(?<=(?i:ends) )|(?<=(?i:start) )"
            rf"(?<!(?i:the start) )|(?<=(?i:started) ))"
            rf"the (?:fiscal )?(?:year|week){E}(?!-)"
        ),
    ),
    # "a dividend this year as last", "forecasts for this year and next": the unit is left out
    # after "last" / "next", which then stand for "last year" / "next year".
    (
        "unit_left_out",
        re.compile(
            r"(?=[LlNn][AaEe][SsXx][Tt]\b)(?:"  # "last" / "next" first: a cheap test at most places
            + "|".join(
                f"(?<=(?i:this|last|next) (?i:{unit}) (?i:{word}) )"
                for unit in ("year", "week", "month")
                for word in ("and", "or", "as", "than", "to")
            )
            + r")(?i:last|next)(?=\s*[,.;:!?)]|\s*$|\s+(?:and|or|but)\b)"
        ),
    ),
    # "which once employed 7,000": "once" as "formerly", before a past verb; never "once again"
    # nor the conjunction ("once the deal is signed"), which a past participle does not follow.
    (
        "once",
        re.compile(
            r"(?<=[a-z] )(?<!(?i:at) )(?<!(?i:than) )(?<!(?i:and) )(?i:once)"
            r"(?= (?:[a-z]+ed|ran|led|held|stood|made|drew|grew|won)\b)"
        ),
    ),
]
