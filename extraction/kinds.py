"""Claim kinds from cue lexicons general to conflict reporting.

Each cue is a pattern with a rule name and a confidence. Event cues (strike, attack) are
read with long quotations blanked out: what a speaker says inside quotation marks is
their statement, not the outlet's report of an event. Figure kinds (casualties,
target_count, ...) come from the figures themselves, see `figure_kind`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extraction.casefold import folded_pattern, lowered
from extraction.initials import word_start
from extraction.talks import (
    ACCORD,
    ACCORD_AT_RISK,
    ACCORD_ENDED_WAR,
    ACCORD_FADED,
    ACCORD_HELD,
    ACCORD_SIGNED,
    AGREED_STEP,
    DECLARED_OVER,
    LEAVING,
    MEETINGS_HELD,
    PARTIES_AGREED,
    WITHDRAWAL_COMPLETE,
    WITHDRAWAL_UNDERWAY,
)

#: The force soldiers belong to, between them and their verb: "Soldiers of the Lesotho Defence
#: Force (LDF) had been sent", "officers of the National Public Security Force had been sent",
#: "20 platoons of Border Guard Bangladesh (BGB) were brought into the capital".
_OF_THE_FORCE = r"(?:of\s+(?:the\s+)?(?:[\w'’()-]+\s+){1,6}?)?"
_STRIKE_ADJ = r"(?:US|U\.S\.|American|Israeli|Russian|Turkish|coalition|Saudi-led|British|French)"
#: What a bomb left on the ground is written with: it is an attack, not a strike, even when it
#: "struck" a vehicle.
_GROUND = "roadside|car|truck|petrol|molotov|pipe|nail|homemade|crude"
#: A strike that is a stoppage of work: "called for a general strike", "a hunger strike".
_LABOUR_BEFORE = (
    r"\b(?:general|hunger|labou?r|workers['’]?|teachers['’]?|doctors['’]?|transport|rail|sit-down)\s+$"
)
_WEAPON = (
    r"\b(?:missiles?|rockets?|drones?|"
    + "".join(rf"(?<!{word}\s)" for word in _GROUND.split("|"))
    + r"bombs?|shells?|mortars?|projectiles?|jets?|warplanes?|aircraft|"
    r"helicopters?|artillery|warships?|air\s+forces?)\b"
)
_IMPACT = (
    r"\b(?:hit|hits|struck|slammed|landed|drop|drops|dropping|dropped|fired|firing|exploded|crashed"
    # "shells fell on residential areas", "rockets rained down on the town".
    r"|fell\s+(?:on|in|into|near)|rained\s+(?:down\s+)?on)\b"
)
_EVENT_VERB = re.compile(
    r"(?i)\b(?:carr(?:ied|y|ies|ying)\s+out|launch(?:ed|es|ing)?|conduct(?:ed|s|ing)?|hit|hits|"
    r"struck|kill(?:ed|s|ing)?|target(?:ed|s|ing)|pound(?:ed|s|ing)?|began|destroy(?:ed|s)?|"
    r"repell?(?:ed|s)?|intensified)\b"
)
_NOT_EVENT_BEFORE = re.compile(
    r"(?i)(?:\b(?:called|condemned|condemning|denounced|described|labell?ed|termed|"
    r"responsibility\s+for(?:\s+most\s+of)?|claimed|claiming)\s+(?:the|it|this|these|an?)\s+"
    r"(?:[\w-]+\s+){0,2}|\b(?:against)\s+(?:the\s+)?(?:\w+\s+)?|\bclaims?\s+)$"
)
#: Before an event noun, words that make it a reference to an event rather than the report of
#: one: an event feared, warned of or to be prevented ("fearing a second attack", "fears of a
#: revenge raid"), the start or end of a period ("since fighting broke out", "after the shooting
#: began"; "after a US attack" reports one), what a party is held
#: responsible for ("responsible for attacks on its forces"), and an event ranked against others
#: ("It was the deadliest attack on the army since", "one of its largest attacks"), the time of
#: one told already ("during the siege") and one a party is accused of. Such a
#: sentence reports something else: a displacement, a toll, a threat, or the event by a verb.
_REFERENCE_BEFORE = re.compile(
    r"(?i)(?:\b(?:fears?|feared|fearing|risks?|threat|prevent(?:s|ed|ing)?|avert(?:s|ed|ing)?"
    r"|warn(?:s|ed|ing|ings)?)\s+(?:of\s+)?"
    r"(?:(?:an?|any|further|more|new|fresh|another|possible|renewed|future|the)\s+)?"
    r"|\bsince\s+(?:the\s+)?|\b(?:after|before|until|following)\s+the\s+"
    # The time of an event already told ("fled into the mountains during the siege"), and what a
    # party is accused of ("accused Eritrean troops of joining the fighting"): a statement.
    r"|\b(?:during|throughout)\s+(?:the|this|that|its|their)\s+|\baccus(?:ed|es|ing)\s+(?:[\w'’.-]+\s+){1,4}?of\s+(?:[\w-]+\s+){0,2}"
    # Who did it, sought ("those behind the attack will be punished"), and an event only planned.
    r"|\b(?:those|people|men|whoever\s+(?:was|is|were))\s+behind\s+(?:the|this|that|these)\s+"
    r"|\b(?:planned|planning|plotted|plotting|intended|intending)\s+(?:to\s+)?(?:carry\s+out\s+)?(?:an?\s+|the\s+)?"
    r"|\b(?:responsib(?:le|ility)|blamed)\s+for\s+"
    r"(?:(?:the|its|their|these|those|several|(?:most|many|some)\s+of(?:\s+the)?)\s+)?"
    r"|\b(?:was|is|were|are|been|marks?|marked|became|becomes|one\s+of)\s+(?:the|its|their|this|his|her)\s+"
    r"(?:[\w-]+est|most\s+[\w-]+|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|\d+(?:st|nd|rd|th))\s+"
    r")(?:[\w-]+\s+)?$"
)
#: What police use on a crowd.
_CROWD_WEAPONS = (
    r"tear\s?gas|batons|truncheons|clubs|water\s+cannons?|rubber\s+bullets|live\s+(?:ammunition|rounds|fire)"
    r"|stun\s+grenades"
)
#: People whose beating is force used on them (a side "beating" another is as often a game).
_BEATEN = (
    r"(?:migrants|protesters|demonstrators|detainees|prisoners|civilians|villagers|residents|journalists"
    r"|students|supporters|voters|refugees|asylum\s+seekers|worshippers|mourners)"
)
#: What a raid burns: "Houses were burned", "burned 'hundreds' of homes".
_BURNABLE = r"(?:houses|homes|huts|shops|villages|dwellings|granaries)"
#: Taking goods or power is no attack: "seized weapons and ammunition", "93 rifles seized",
#: "seized power in a coup" (taking a town, a base or people is).
_GOODS = (
    r"weapons|arms|ammunition|rifles|guns|firearms|pistols|explosives|vehicles|drugs|cocaine|heroin"
    r"|cash|documents|equipment|phones|laptops|cattle|livestock|goats|herds?|power"
)
_GOODS_AFTER = rf"\s+(?:[\w,-]+\s+){{0,3}}?(?:{_GOODS})\b"
_GOODS_BEFORE = rf"\b(?:{_GOODS})\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been|being)\s+)?$"
#: The two above, for lowered text (`casefold.folded_pattern`): cues are searched in the
#: lowered sentence.
_EVENT_VERB_FOLDED = folded_pattern(_EVENT_VERB.pattern)
_NOT_EVENT_BEFORE_FOLDED = folded_pattern(_NOT_EVENT_BEFORE.pattern)
_REFERENCE_BEFORE_FOLDED = folded_pattern(_REFERENCE_BEFORE.pattern)
_NOBODY_BEFORE = r"\b(?:no|not|never|nobody|none|no-one)\b(?:\s+[\w-]+){0,3}\s+$|n't\s+$"


@dataclass(frozen=True)
class Cue:
    """A word or phrase that signals a claim kind."""

    kind: str
    start: int
    end: int
    rule: str
    confidence: float


@dataclass(frozen=True)
class _Pattern:
    kind: str
    rule: str
    regex: re.Pattern[str]
    confidence: float
    #: `regex` for lowered text (`casefold.folded_pattern`), which is what is searched.
    folded: re.Pattern[str]
    event: bool = False
    plural: bool = False
    #: Lists of lower-case words; every match contains a word of each list, so a sentence
    #: missing all the words of one list is not searched.
    triggers: tuple[tuple[str, ...], ...] = ()
    #: What, written just before a match (in the lowered sentence, within 40 characters), makes
    #: it no cue of this kind.
    not_after: re.Pattern[str] | None = None
    #: What, written right after a match (in the lowered sentence), makes it no cue of this kind.
    not_before: re.Pattern[str] | None = None
    #: A noun naming an event: no cue where the words before it refer to an event rather than
    #: report one (`_REFERENCE_BEFORE`).
    noun: bool = False


def _p(
    kind: str,
    rule: str,
    pattern: str,
    confidence: float,
    not_after: str | None = None,
    not_before: str | None = None,
    **flags: bool,
) -> _Pattern:
    triggers = (TRIGGERS[rule], *((ALSO_TRIGGERS[rule],) if rule in ALSO_TRIGGERS else ()))
    regex = re.compile(pattern, re.IGNORECASE)
    before = re.compile(not_after) if not_after is not None else None
    after = folded_pattern(not_before) if not_before is not None else None
    # Searched in every sentence holding its trigger words: the boundary its branches open with
    # is tested once per position, then the letters a match begins with (`initials.word_start`),
    # which halves the costliest scans.
    folded = re.compile(word_start(folded_pattern(pattern).pattern))
    return _Pattern(kind, rule, regex, confidence, folded, triggers=triggers,
                    not_after=before, not_before=after, **flags)  # fmt: skip



_WEAPONS = ("missile", "rocket", "drone", "bomb", "shell", "mortar", "projectile", "jet", "warplane",
            "aircraft", "helicopter", "artillery", "warship", "air force")  # fmt: skip
TRIGGERS: dict[str, tuple[str, ...]] = {
    "state_attack": ("attack",),
    "strike_noun": ("strike", "raid", "bombardment", "shelling", "barrage", "fire"),
    "strike_plural": ("strikes", "raids", "bombardments"),
    "strike_verb": ("struck", "striking", "shelled", "bombed", "pound"),
    "weapon_impact": _WEAPONS,
    "attack_noun": ("attack", "assault", "ambush", "offensive", "siege", "incursion", "massacre",
                    "clash", "fighting", "bombing", "raid", "bomb", "mine", "improvised", "explosive",
                    "grenade"),
    "attack_plural": ("attacks", "assaults", "ambushes", "raids", "incursions"),
    "attack_verb": ("attacked", "attacking", "ambushed", "storm", "raided", "besieg", "clash", "overr",
                    "captur", "seized", "retak", "retook", "fought", "stab", "beat"),
    "gunfire": ("fire", "gunfight", "gun battle", "gunbattle", "torched", "burn", "ablaze", "shooting",
                "firing", "shootout", "shoot-out", "tear gas", "teargas", "baton", "truncheon",
                "water cannon", "rubber bullets", "live ammunition", "threw", "thrown", "throwing", "hurl"),
    "call_withdrawal": ("withdraw", "pull", "expulsion", "departure", "leave", "go back", "go home",
                        "barracks"),
    "agreement_state": ("ceasefire", "truce", "agreement", "deal", "accord", "pact", "armistice", "treaty",
                        "declaration"),
    "talks": ("talks", "negotiat", "peace", "dialogue", "mediate", "flag meeting", "meeting", "sit down"),
    "agreement_signed": ("agreement", "accord"),
    "ceasefire_agreement": ("ceasefire", "truce"),
    "parties_agreed": ("agreed",),
    "agreed_step": ("agree", "reach", "struck", "clinched", "sealed"),
    "withdrawal_state": ("withdraw", "withdrew", "pull", "drawdown", "left", "depart"),
    "vow_or_warning": ("vow", "threat", "warn", "will not", "pledg", "will be", "would be", "shall be",
                       "continue", "will face", "would face", "shall face", "consequences", "answer",
                       "hesitat", "unpunished", "unanswered", "in vain"),
    "retaliation": ("will", "would", "shall"),
    "meeting_agreed": ("meet", "met"),
    "meetings": ("round", "met"),
    "claimed_responsibility": ("responsibility", "claim"),
    "deployment": ("troops", "soldiers", "forces", "peacekeepers", "personnel", "marines", "reinforcements",
                   "brigade", "battalion", "units", "police", "policemen", "gendarmes", "manhunt",
                   "operation", "vehicles", "tanks", "patrols", "fighters", "militiamen", "army", "military",
                   "platoons", "companies"),
}
#: A second word list for rules whose matches join two parts ("missile ... hit", "called for
#: ... withdrawal"): every match also contains one of these.
ALSO_TRIGGERS: dict[str, tuple[str, ...]] = {
    "state_attack": ("us", "u.s.", "american", "israeli", "russian", "turkish", "coalition", "saudi-led",
                     "british", "french"),
    "weapon_impact": ("hit", "struck", "slammed", "landed", "drop", "fired", "firing", "exploded",
                      "crashed", "fell", "rained"),
    "call_withdrawal": ("call", "demand", "urg", "request", "order", "push", "press", "want", "should",
                        "must"),
    "agreement_state": ("held", "holding", "holds", "lapsed", "expired", "collapse", "broke down", "signed",
                        "pulled out", "withdrew from", "walked away", "tore up", "over", "reviv", "restor",
                        "salvag", "effect", "force", "danger", "jeopardy", "at risk", "ended"),
    "ceasefire_agreement": ("agree", "extend", "sign", "violat", "broke", "collapsed", "renew", "broker",
                            "mediat", "declar", "announc"),
    "agreement_signed": ("signed",),
    "deployment": ("deploy", "sent", "send", "dispatch", "reinforc", "station", "mass", "bring", "brought",
                   "flew", "flown", "fly", "flies", "rush", "mov", "arrived", "remained", "reached", "set up",
                   "manned", "erected", "established", "mounted", "launch", "under way", "underway", "search",
                   "combing", "patrol", "surround", "encircl", "cordon", "sealed", "track", "hunting",
                   "pursu", "cross", "doubled", "tripled", "increased", "boosted", "raised", "bolstered",
                   "took up", "taken up", "take up", "taking up"),
}


PATTERNS: tuple[_Pattern, ...] = (
    _p(
        "strike",
        "state_attack",
        rf"\b{_STRIKE_ADJ}\s+(?:(?:drone|air|missile)\s+)?attack\b",
        0.8,
        event=True,
    ),
    _p(
        "strike",
        "strike_noun",
        r"\b(?:(?:air|drone|missile|rocket|artillery)[\s-]?)?strike\b|\bair\s?raid\b"
        r"|\bbombardment\b|\bshelling\b|\bbarrage\b|\b(?:mortar|artillery|rocket|tank)\s+fire\b",
        0.85,
        not_after=_LABOUR_BEFORE,
        event=True,
        noun=True,
    ),
    _p(
        "strike",
        "strike_plural",
        r"\b(?:(?:air|drone|missile|rocket|artillery)[\s-]?)?strikes\b|\bair\s?raids\b|\bbombardments\b",
        0.7,
        not_after=_LABOUR_BEFORE,
        event=True,
        noun=True,
        plural=True,
    ),
    _p(
        "strike",
        "strike_verb",
        r"\b(?:struck|striking|shelled|bombed|pounded|pounds|pounding)\b",
        0.85,
        not_after=rf"\b(?:(?:{_GROUND})\s+bomb|land\s?mine|mine|explosive\s+device|ied)\s+(?:\w+\s+)?$",
        event=True,
    ),
    _p(
        "strike",
        "weapon_impact",
        rf"{_WEAPON}[^.;]{{0,40}}?{_IMPACT}|{_IMPACT}\s+(?:\w+\s+){{0,3}}?(?:with\s+)?{_WEAPON}",
        0.8,
        event=True,
    ),
    _p(
        "attack",
        "attack_noun",
        # A force "fighting the jihadists" is described by its task, not reported in a battle.
        # "recorded at least 27 clashes" counts them: a tally (an attack count), not one reported.
        r"\b(?:attack|assault|ambush|offensive|siege|incursion|massacre|clash|(?<!\d\s)clashes"
        r"|(?<!force\s)(?<!mission\s)(?<!coalition\s)(?<!alliance\s)(?<!contingent\s)fighting"
        r"|(?:suicide|car|roadside)\s+bombing)\b|(?<!air\s)\braid\b"
        # Bombs and mines left on the ground are attacks; strikes come from the air or from guns.
        rf"|\b(?:{_GROUND})\s+bombs?\b|\bland\s?mines?\b|\b(?:improvised\s+)?explosive\s+devices?\b"
        # "Bombs damage 14 holiday homes", "a bomb went off outside the court".
        r"|\b(?:bombs?|grenades?)\s+(?:damag\w*|destroy\w*|explod\w*|went\s+off|go(?:es)?\s+off|ripped|tore|wrecked)"
        # "threw a grenade into the office", "grenades were hurled at the crowd".
        r"|\b(?:threw|thrown|throwing|hurled|lobbed|tossed)\s+(?:a\s+|an\s+|two\s+|three\s+|several\s+)?"
        r"(?:hand\s+)?grenades?\b|\bgrenades?\s+(?:was\s+|were\s+)?(?:thrown|hurled|lobbed|tossed)\b",
        0.8,
        # "the clashes ... spread to at least four villages": how far it reached (a target count).
        not_before=r"\s+(?:had\s+|has\s+|have\s+)?(?:since\s+|quickly\s+|later\s+)?spread\b"
        # "The attack was the deadliest on the army since 2019": one told already, ranked.
        r"|\s+(?:was|is|were|has\s+been|had\s+been)\s+(?:the|its|their)\s+(?:[\w-]+est|most\s+[\w-]+|first|second"
        r"|third|latest)\b",
        event=True,
        noun=True,
    ),
    _p(
        "attack",
        "attack_plural",
        r"\b(?:attacks|assaults|ambushes|raids|incursions)\b",
        0.65,
        event=True,
        noun=True,
        plural=True,
    ),
    _p(
        "attack",
        "attack_verb",
        r"\b(?:attacked|attacking|ambushed|storm|storms|stormed|storming|raided|besieged|besieging"
        r"|clashed|clashing|overran|overrun|captured|seized|stab|stabs|stabbed|stabbing"
        # Retaking a place is fighting for it: "troops retook the town", "had recaptured Korem".
        r"|retook|retaken|retake|retakes|retaking|recaptured?|recapturing)\b"
        # Force used on people: "accused soldiers of beating migrants", "protesters were beaten".
        r"|\bbeat(?:ing|en|s)?\s+(?:up\s+)?(?:the\s+)?" + _BEATEN + r"\b"
        r"|\b" + _BEATEN + r"\s+(?:were|was|had\s+been|have\s+been|being)\s+(?:\w+ly\s+)?beaten\b"
        # Fighting with weapons in hand: "fought with bricks and sticks".
        r"|\bfought\s+(?:each\s+other\s+)?with\s+(?:bricks|sticks|stones|machetes|knives|clubs|guns|rifles|axes)\b"
        # Fighting told with its other side: "rebels fought government forces for seven months".
        r"|\bfought\s+(?:(?:with|against)\s+)?(?:the\s+)?(?:[\w-]+\s+)?"
        r"(?:forces|troops|soldiers|army|police|militias?|rebels|insurgents|fighters|militants)\b",
        0.85,
        not_after=_GOODS_BEFORE,
        not_before=_GOODS_AFTER,
        event=True,
    ),
    _p(
        "attack",
        "gunfire",
        # "had not opened fire" denies the act.
        r"(?<!not )(?<!never )(?<!n't )\b(?:fir(?:ed|es|ing)\s+(?:on|at|upon)\b"
        r"(?!\s+(?:least|most|first|once|will|the\s+(?:end|start|close)\b))|open(?:ed|s|ing)?\s+fire\b)"
        r"|\b(?:exchang(?:ed|es|ing)|trad(?:e|es|ed|ing))\s+fire\b|\bset(?:ting)?\s+fire\s+to\b|\btorched\b"
        r"|\b(?:gun|machine-gun|small-arms|automatic)\s+fire\b|\bgunfire\b|\bgun\s?fights?\b"
        r"|\bgun\s?battles?\b|\bc(?:ame|omes?|oming)\s+under\s+(?:\w+\s+)?fire\b"
        # Homes, schools and villages burned in a raid.
        r"|\bburn(?:ed|t|ing)\s+down\b|\b(?:set|were|was)\s+ablaze\b"
        # "Houses were burned in all four villages", "gunmen had burned 'hundreds' of homes",
        # "accused the army of burning herders' huts".
        rf"|\b{_BURNABLE}\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:burned|burnt|torched)\b"
        rf"|\bburn(?:ed|t|ing)\s+(?:[\w\"“”’'-]+\s+){{0,3}}?(?:of\s+)?{_BURNABLE}\b"
        # "shooting continued for most of Tuesday", "gunmen firing from the far bank" (not
        # "shooting down drones").
        r"|\bshootings?\b(?!\s+down\b)|\bfir(?:ed|ing)\s+from\b"
        # "in an exchange of fire", "killed in a shootout", "fired live rounds at the crowd".
        r"|\bexchanges?\s+of\s+(?:gun)?fire\b|\bshoot-?outs?\b"
        # A headline's present tense: "Nepal police fire on protesters".
        r"|\b(?:police|troops|soldiers|forces|gunmen|militants|rebels)\s+(?:open\s+)?fire\s+(?:on|at)\b"
        r"|\bfir(?:ed|ing|es)\s+(?:tear\s?gas\s+(?:and|or)\s+)?(?:live\s+|rubber\s+)?(?:rounds|bullets|shots)"
        r"\s+(?:at|on|into)\b"
        # "had fired more than 30 rounds through the windows of the house".
        # Warning shots and shots into the air are no attack.
        r"|\bfir(?:ed|ing|es)\s+(?:(?!warning\b)[\w-]+\s+){1,3}?(?:rounds|bullets|shots|ammunition)\s+"
        r"(?:at|on|through|into(?!\s+the\s+(?:air|sky)))\b"
        # Stones thrown at people: "threw stones and branches at border guards".
        r"|\b(?:threw|thrown|throwing|hurled|hurling)\s+(?:stones|rocks|bricks|bottles|petrol\s+bombs"
        r"|molotov\s+cocktails)(?:\s+and\s+[\w-]+)?\s+at\b"
        # Tear gas fired at people or into homes, and fire returned: force used on the ground.
        r"|\bfir(?:e|ed|ing|es)\s+(?:volleys\s+of\s+|canisters\s+of\s+)?tear\s?gas\b"
        r"|\breturn(?:ed|s|ing)?\s+fire\b"
        # "police used tear gas and batons against a peaceful crowd".
        r"|\bus(?:ed|ing|es)\s+(?:" + _CROWD_WEAPONS + r")(?:\s*(?:,|and|or)\s+(?:" + _CROWD_WEAPONS + r"))*"
        r"\s+(?:against|on)\b",
        0.8,
        event=True,
        noun=True,
    ),
    _p(
        "call_for_withdrawal",
        "call_withdrawal",
        # "called for", "called on Moscow for" and "called on Ankara to withdraw".
        r"\b(?:call(?:s|ed|ing)?\s+(?:on\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}\s+)?for|call(?:s|ed|ing)?\s+on\b"
        r"|demand(?:s|ed|ing)?"
        r"|urg(?:e|es|ed|ing)|request(?:s|ed|ing)?|order(?:s|ed|ing)?|push(?:es|ed|ing)?\s+for"
        r"|press(?:es|ed|ing)?\s+for)\b"
        r"[^.;]{0,160}?\b(?:withdraw(?:al|n|s|ing)?|pull(?:\s|-)?out|pullout|(?:be\s+)?pulled\s+out|expulsion|departure"
        r"|(?:troops|forces|soldiers|contingents?|militias|fighters|mercenaries)[\"”]?\s+(?:(?:deployed|stationed|based)\s+"
        r"(?:[\w’'-]+\s+){1,4}?)?(?:to\s+)?leave"
        # "pull its special forces out of Khorog"; "the soldiers to go back to their barracks".
        r"|pull\s+(?:[\w’'.-]+\s+){1,4}?out\s+of|pull(?:\s|-)?back\s+from"
        # "pull its fighters at least 30 km back from the border".
        r"|pull\s+(?:[\w’'.-]+\s+){1,6}?back\s+from"
        r"|(?:troops|forces|soldiers)\s+to\s+(?:go\s+(?:back|home)"
        r"|return\s+to\s+(?:their\s+)?barracks))\b"
        # Said of the forces themselves: "said the soldiers should return to their barracks".
        r"|\b(?:troops|forces|soldiers)\s+(?:should|must)\s+(?:(?:immediately|now|all)\s+)?(?:leave|withdraw"
        r"|pull\s+out|go\s+(?:back|home)|return\s+to\s+(?:their\s+)?barracks)\b"
        r"|\bwant(?:s|ed)?\s+(?:[\w’'-]+\s+){0,3}?(?:troops|forces|soldiers)\s+to\s+(?:leave|withdraw"
        r"|go\s+(?:back|home)|return\s+to\s+(?:their\s+)?barracks)\b",
        0.9,
    ),
    _p(
        "troop_presence",
        "deployment",
        # A deployment with no number is a presence all the same ("reinforced its troops on the
        # island", "troops were deployed to the town"); with a number the figure says it too.
        # "denies sending troops" and "has not deployed" deny it.
        r"(?<!not\s)(?<!never\s)(?<!n't\s)(?<!deny\s)(?<!denies\s)(?<!denied\s)(?<!denying\s)"
        r"\b(?:deploy(?:s|ed|ing)?|sen[dt]s?|sending|dispatch(?:es|ed|ing)?|reinforc(?:e|es|ed|ing)"
        r"|station(?:s|ed|ing)?|mass(?:es|ed|ing)|br(?:ings?|inging|ought)\s+in|fl(?:ew|own|ies|y|ying)\s+in"
        r"|rush(?:es|ed|ing)?|mov(?:e|es|ed|ing)|br(?:ings?|inging|ought)\s+up)\s+(?:[\w’'-]+\s+){0,3}?"
        r"(?:troops|soldiers|forces|peacekeepers|personnel|marines|reinforcements|brigades?|battalions?"
        r"|gendarmes|policemen|riot\s+police|army|military|platoons|companies)\b"
        r"|\b(?:troops|soldiers|forces|peacekeepers|personnel|marines|reinforcements|gendarmes|vehicles|tanks)\s+"
        # "Soldiers of the Nepal Army were deployed in Birgunj".
        rf"{_OF_THE_FORCE}"
        r"(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been|remain)\s+)?(?:deployed|stationed)\b"
        # "soldiers had been sent to the area": sent somewhere by someone.
        r"|\b(?:troops|soldiers|forces|peacekeepers|reinforcements|officers|platoons|companies)\s+"
        rf"{_OF_THE_FORCE}(?:were|was|have\s+been|has\s+been"
        r"|had\s+been)\s+(?:sent|dispatched|flown|rushed|moved|brought)\s+(?:in|to|into|toward|towards)\b"
        # "Soldiers took up positions at road junctions".
        r"|\b(?:troops|soldiers|forces|police|policemen|gendarmes)\s+(?:have\s+|had\s+|has\s+)?"
        r"(?:took|taken|take|takes|taking)\s+up\s+positions\b"
        # Arrived, still there, or at the scene: "reinforcements arrived by helicopter", "troops
        # have remained in parts of the region", "security forces reached the site".
        r"|\b(?:troops|soldiers|forces|peacekeepers|reinforcements|units|vehicles|tanks)\s+(?:have\s+|had\s+|has\s+)?"
        r"(?:arrived|remained\s+(?:in|at|on|near|inside|deployed)|reached\s+(?:the\s+)?(?:site|scene|area"
        r"|town|village|city|outskirts|border|camp|base))\b"
        # Holding the ground: "soldiers and police have set up checkpoints across the capital".
        # ("accusing residents of helping police set up checkpoints" is no presence.)
        r"|(?<!help\s)(?<!helps\s)(?<!helped\s)(?<!helping\s)"
        r"\b(?:troops|soldiers|forces|police|policemen|gendarmes|units|fighters|militiamen)\s+(?:have\s+|had\s+|has\s+)?"
        r"(?:also\s+|since\s+)?(?:set\s+up|manned|erected|established|mounted)\s+(?:[\w-]+\s+)?"
        r"(?:checkpoints|roadblocks|barricades|cordons?|a\s+cordon)\b"
        # Ground held by others: "the area has been patrolled by U.N. peacekeepers since 2011".
        r"|\bpatrolled\s+by\s+(?:[\w.’'-]+\s+){0,3}?(?:troops|soldiers|forces|peacekeepers|police)\b"
        # Searching or surrounding on the ground: "troops were still searching the hills",
        # "security forces had surrounded the attackers".
        r"|\b(?:troops|soldiers|forces|police|policemen|units)(?:\s+and\s+[\w-]+)?\s+"
        r"(?:(?:were|are|was|is|had|have|has)\s+)?"
        r"(?:(?:still|now|also)\s+)?(?:searching|combing|patrolling|surrounded|encircled|cordoned\s+off"
        r"|sealed\s+off)\b"
        # "have run joint patrols on the Mekong"; "Jordan has doubled the number of troops".
        r"|\b(?:run|runs|ran|running|conduct(?:s|ed|ing)?|mount(?:s|ed|ing)?|carr(?:y|ies|ied|ying)\s+out)\s+"
        r"(?:joint\s+|regular\s+|armed\s+|border\s+)*patrols\b"
        r"|\b(?:doubled|tripled|increased|boosted|raised|bolstered)\s+(?:the\s+number\s+of\s+|its\s+|their\s+)?"
        r"(?:troops|soldiers|forces)\b"
        # On someone's trail, said with its auxiliary ("troops had been tracking the group"): "troops
        # pursuing the raiders had shot dead four" tells what the troops did.
        r"|\b(?:troops|soldiers|forces|police|policemen|units)\s+(?:were|are|was|is|had\s+been|have\s+been"
        r"|has\s+been)\s+(?:(?:still|now|also)\s+)?(?:tracking|hunting|pursuing)\b"
        # Over the line: "Nicaraguan troops crossed border", "soldiers crossed into Costa Rica".
        r"|\b(?:troops|soldiers|forces)\s+(?:had\s+|have\s+|has\s+)?(?:crossed|crossing)\s+(?:into\b|(?:the\s+)?"
        r"(?:border|frontier|boundary)\b)"
        # An operation begun on the ground: "manhunt launched", "army says operation under way".
        r"|\b(?:manhunt|(?:security|military|search|counter-?terrorism|clearance)\s+operation|operation)\s+"
        r"(?:(?:was|has\s+been|is|had\s+been)\s+)?(?:launched|under\s?way)\b"
        r"|\blaunch(?:ed|es)?\s+(?:a\s+|an\s+)?(?:manhunt|(?:security|military|search)\s+operation)\b",
        0.75,
        # "denied that its troops had crossed the border" denies the presence; "called on the
        # government to deploy the army" asks for one.
        not_after=r"\bden(?:y|ies|ied|ying)\s+(?:that\s+)?(?:[\w’'-]+\s+){0,3}$"
        r"|\b(?:call|urg|ask|demand|appeal|request|press)\w*\s+(?:[\w’'-]+\s+){0,5}?to\s+$",
    ),
    _p(
        "talks_status",
        "talks",
        r"\b(?:talks|negotiat(?:e|es|ions?|ing)|peace\s+process)\b"
        # A dialogue resumed or refused, mediation offered: "ready to resume the dialogue",
        # "offered to mediate", "no dialogue while ...".
        r"|\b(?:resum\w*|reopen\w*|hold|held|holding|open|begin|start|join|no)\s+(?:the\s+|a\s+|"
        r"direct\s+|political\s+|national\s+)?dialogue\b|\b(?:offer(?:ed|s|ing)?|ready|willing|prepared)\s+"
        r"(?:(?:late\s+|early\s+)?on\s+\w+day\s+)?to\s+"
        r"(?:send\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:envoy|mediators?|delegation|team)\s+to\s+)?mediate\b"
        # "ready to sit down with the opposition", "rejected government offers of dialogue".
        r"|\b(?:ready|willing|prepared|agreed|offered|refused)\s+to\s+sit\s+down\s+with\b"
        r"|\boffers?\s+of\s+(?:direct\s+|political\s+|national\s+)?dialogue\b"
        # Local commanders meeting across a disputed line.
        r"|\bflag\s+meetings?\b"
        # Talks asked for: "We have asked for dialogue many times", "asked Caracas for an urgent
        # meeting".
        r"|\bask(?:ed|s|ing)?\s+(?:[\w’'-]+\s+){0,2}?for\s+(?:an?\s+)?(?:urgent\s+|new\s+|direct\s+|emergency\s+)?"
        r"(?:dialogue|talks|negotiations|meeting)\b"
        r"|\bnegotiating\s+table\b",
        0.85,
    ),
    _p(
        "talks_status",
        "agreement_signed",
        # Between parties to a conflict an agreement is a political one ("signed an agreement in
        # 2020 to remove armed groups"); a deal is as often about arms or trade, so it is left out.
        r"\bsigned\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:agreement|accord)\b",
        0.75,
    ),
    _p(
        "talks_status",
        "ceasefire_agreement",
        r"\b(?:agree(?:d|s)?|extend(?:ed|s)?|sign(?:ed|s)?|violat\w+|broke|collapsed|renew(?:ed|s)?"
        r"|broker(?:ed|s|ing)?|mediat(?:ed|es|ing)|declar(?:ed|es|ing)|announc(?:ed|es|ing))\b"
        r"[^.;]{0,60}?\b(?:ceasefire|truce)\b"
        # Named with how it came about: "a ceasefire brokered by elders took effect".
        r"|\b(?:ceasefire|truce)\s+(?:[\w-]+\s+){0,2}?(?:brokered|mediated|agreed|signed)\b",
        0.8,
    ),
    _p(
        "talks_status",
        "parties_agreed",
        # "The two sides agreed late on Sunday that ...", "the two countries agreed in 2021 to ...".
        PARTIES_AGREED,
        0.75,
    ),
    _p(
        "talks_status",
        "agreed_step",
        # "India, China agree to pull back troops", "the two sides reached a deal on patrolling".
        AGREED_STEP,
        0.7,
    ),
    _p(
        "talks_status",
        "withdrawal_state",
        # How far a withdrawal has gone is the last stage of the talks' status (product.md):
        # "began pulling back heavy weapons", "the last U.S. troops pulled out".
        rf"{WITHDRAWAL_COMPLETE}|{WITHDRAWAL_UNDERWAY}",
        0.75,
    ),
    _p(
        "talks_status",
        "agreement_state",
        # What became of a ceasefire or a peace deal: it holds, lapsed, nears collapse; a party
        # signed it, left it, or declared it over. A trade "deal" is rarely said to hold or lapse.
        rf"\b{ACCORD}\b[^.;]{{0,80}}?\b(?:{ACCORD_HELD}|{ACCORD_FADED}|{ACCORD_AT_RISK})\b"
        rf"|{LEAVING}(?:{ACCORD}|the\s+(?:deal|agreement|accord))\b|\bsigned\s+(?:[\w.-]+\s+){{0,3}}?{ACCORD}\b"
        rf"|{DECLARED_OVER}"
        # "a peace agreement signed in Moscow in June 1997"; "to revive a cross-border peace accord".
        rf"|\b{ACCORD}\s+(?:was\s+|were\s+|had\s+been\s+)?signed\b"
        rf"|\b(?:reviv|restor|salvag)\w*\s+(?:[\w.-]+\s+){{0,3}}?{ACCORD}\b"
        rf"|{ACCORD_ENDED_WAR}|{ACCORD_SIGNED}",
        0.8,
    ),
    _p(
        "talks_status",
        "meetings",
        MEETINGS_HELD,
        0.7,
    ),
    _p(
        "talks_status",
        "meeting_agreed",
        # The parties agreeing or due to meet is where talks stand ("agreed to meet again").
        r"\b(?:agree(?:d|s)?|due|set|scheduled|expected)\s+to\s+meet\b"
        # A body of both parties that will meet or has not met: "the joint border commission would
        # meet in Nouakchott next month", "their leaders have not met since March".
        r"|\b(?:commission|committee|representatives|delegations|envoys|negotiators|leaders|mediators|chiefs"
        r"|ministers)"
        # "the binational commission on border security has not met since 2023", "police chiefs
        # from the four countries will meet".
        r"(?:\s+(?:on|for|of|from)(?:\s+[\w-]+){1,3}?)?\s+"
        r"(?:(?:would|will|is\s+to|are\s+to)\s+(?:still\s+|also\s+)?meet|(?:has|have|had)\s+not\s+met)\b",
        0.7,
    ),
    _p(
        "threat",
        "vow_or_warning",
        r"\b(?:vow(?:s|ed|ing)?|warn(?:s|ed|ing)?)\b(?!\s+shots?\b)"  # warning shots are no warning of harm
        # What endangers a country's security or people's lives is no threat a party makes: "these
        # dangerous actions that threaten the security and safety of our country".
        r"|\bthreat(?:en|ens|ened|ening)\b(?!\s+(?:the\s+|our\s+|their\s+|its\s+)?(?:security|safety|stability"
        r"|peace|lives|livelihoods?|future|existence|sovereignty|unity|health|economy)\b)"
        r"|\b(?:will|would)\s+[\"“]?not\s+(?:go\s+(?:unpunished|unanswered|in\s+vain)|hesitate)\b"
        r"|\bpledg(?:e|ed|es)\s+to\s+(?:retaliate|avenge|respond)\b"
        r"|\b(?:will|would|shall)\s+be\s+[\"“]?(?:hunted\s+down|punished|crushed|eliminated|wiped\s+out"
        r"|annihilated|tracked\s+down|brought\s+to\s+(?:justice|account)"
        r"|dealt\s+with\s+(?:firmly|severely|harshly|decisively|mercilessly|ruthlessly|by\s+force)"
        r"|brought\s+before\s+(?:the\s+|a\s+)?(?:courts?|judges?))\b"
        r"|\b(?:will|shall)\s+answer\s+(?:before|to)\s+(?:the\s+)?(?:courts?|justice|law)\b"
        # "must reckon with the consequences", "will face serious consequences".
        r"|\b(?:will|must|would|shall)\s+(?:face|reckon\s+with|bear|suffer)\s+(?:the\s+)?(?:full\s+|severe\s+"
        r"|serious\s+|grave\s+|dire\s+)?consequences\b"
        # Found or caught, said of people sought ("those still at large will be found"), not of
        # a solution or of bodies under the rubble.
        r"|\b(?:they|them|those(?:\s+[\w-]+){0,6}?|responsible|perpetrators|attackers|culprits|killers|gunmen"
        r"|militants|terrorists|bandits|criminals|fugitives|escapees|anyone(?:\s+[\w-]+){0,4}?|whoever(?:\s+[\w-]+){0,4}?)"
        r"[\"”]?\s+[\"“]?(?:(?:have|has|had)\s+been\s+(?:identified|named|located)\s+and\s+)?"
        r"(?:will|would|shall)\s+be\s+[\"“]?(?:found|caught|arrested|prosecuted|charged|identified)\b"
        # A pursuit promised: "we will not stop until every one of them is caught", "operations
        # would continue 'until the last terrorist is neutralised'".
        r"|\bwill\s+not\s+(?:stop|rest)\s+until\b"
        r"|\b(?:will|would|shall)\s+continue\s+[\"“]?until\b[^.;]{0,40}?\b(?:neutrali[sz]ed|eliminated|destroyed"
        r"|wiped\s+out|defeated|crushed|annihilated|captured)\b"
        # Harm promised to whoever acts: "will be met with fire", "will face the full weight of the law".
        r"|\bwill\s+be\s+met\s+with\s+(?:fire|force|bullets|a\s+\w+\s+response)\b"
        r"|\bwill\s+face\s+(?:the\s+)?(?:full\s+)?(?:weight|force|wrath|rigou?r|might)\s+of\b"
        # The courts promised to whoever acts or acted: "those who had 'organised the riots' would
        # face charges" (the men held "would face charges" is told of people already in hand).
        r"|\b(?:those(?:\s+[\w\"“”’'-]+){0,6}?|anyone(?:\s+[\w-]+){0,4}?|whoever(?:\s+[\w-]+){0,4}?|responsible"
        r"|perpetrators|culprits|organi[sz]ers)[\"”]?\s+(?:will|would|shall)\s+face\s+(?:criminal\s+|terrorism\s+"
        r"|severe\s+)?(?:charges|prosecution|trial|the\s+death\s+penalty|life\s+in\s+prison)\b",
        0.8,
    ),
    _p(
        "threat",
        "retaliation",
        # Force promised in return: "will shoot back", "will respond with all available means",
        # "we will find them".
        r"\b(?:will|would|shall)\s+(?:\w+\s+)?[\"“]?(?:retaliate|strike\s+back|shoot\s+back|hit\s+back|avenge"
        r"|respond\s+[\"“]?(?:with|in\s+kind|forcefully|firmly|decisively|harshly)"
        # "we will chase them to the last cave", "the resistance will force them out", "we will
        # return to war".
        r"|(?:hunt|chase|pursue|track)\s+(?:them|down|those)|force\s+(?:them|(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+out"
        r"|return\s+to\s+war|resume\s+(?:the\s+)?(?:war|fighting|attacks|strikes)"
        # "will answer for it", "will pay dearly", "would respond on every front".
        r"|(?:answer|pay)\s+(?:for\s+(?:it|this|that|this\s+crime|their\s+crimes?)|dearly"
        r"|an?\s+(?:heavy|high|steep)\s+price)|respond\s+on\s+(?:every|all)\s+fronts?"
        r"|find\s+(?:them|those|the\s+(?:attackers|killers|perpetrators|culprits|gunmen|raiders)))\b",
        0.75,
    ),
    _p(
        "responsibility",
        "claimed_responsibility",
        r"\b(?:claim(?:ed|s|ing)?|took|accepted|claim\s+of)\s+responsibility\b"
        # "... claimed the attack"; a headline drops the article: "separatists claim attack".
        r"|\bclaim(?:ed|s)?\s+(?:(?:the|an|a)\s+(?:\w+\s+)?)?(?:attacks?|strikes?|bombings?|assaults?|ambush(?:es)?|raids?"
        r"|killings?)\b",
        0.9,
        # "No group has claimed responsibility", "had not claimed the attack": nobody did.
        not_after=_NOBODY_BEFORE,
    ),
)


#: Every trigger word, for the one pass per sentence that says which patterns can match.
_ALL_TRIGGERS = tuple(sorted({word for rule in PATTERNS for words in rule.triggers for word in words}))
#: One bit per trigger list of each pattern: a word's mask has the bits of the lists holding it,
#: a pattern's the bits of all its lists; a pattern can match only where the trigger words
#: written cover its mask.
_SLOTS = tuple((index, words) for index, rule in enumerate(PATTERNS) for words in rule.triggers)
_WORD_MASKS = {
    word: sum(1 << bit for bit, (_, words) in enumerate(_SLOTS) if word in words) for word in _ALL_TRIGGERS
}
_PATTERN_MASKS = tuple(
    sum(1 << bit for bit, (index, _) in enumerate(_SLOTS) if index == pattern)
    for pattern in range(len(PATTERNS))
)
_ELIGIBLE: dict[int, tuple[_Pattern, ...]] = {}


def _eligible(written: int) -> tuple[_Pattern, ...]:
    """The patterns that can match where the trigger words of mask `written` are written
    (each mask's answer is kept: few masks occur)."""
    patterns = _ELIGIBLE.get(written)
    if patterns is None:
        if len(_ELIGIBLE) >= 4096:
            _ELIGIBLE.clear()
        patterns = _ELIGIBLE[written] = tuple(
            rule for rule, need in zip(PATTERNS, _PATTERN_MASKS, strict=True) if written & need == need
        )
    return patterns


def triggers_in(text: str) -> tuple[str, ...]:
    """The trigger words written anywhere in `text`: a sentence of it can hold no other, so
    its cues may be found testing these few words instead of every trigger (`find_cues`'s
    `triggers`; the pipeline reads each sentence's words by `written_mask` instead)."""
    folded = lowered(text)
    return tuple(word for word in _ALL_TRIGGERS if word in folded)


#: Trigger words without whitespace: such a word is written in a text exactly when it is
#: written inside one of the text's whitespace-separated chunks (an occurrence holds no
#: whitespace, so it lies within one maximal run of other characters, which is a chunk).
_PLAIN_TRIGGERS = tuple(word for word in _ALL_TRIGGERS if word.split() == [word])
#: The others ("gun battle", "will not"), tested on the whole sentence.
_SPACED_TRIGGERS = tuple(word for word in _ALL_TRIGGERS if word.split() != [word])
#: What each of those is written with before its first whitespace ("will" in "will not"): where
#: a spaced trigger is written, the chunk its first character lies in ends with this (the
#: whitespace after it ends the chunk), so a sentence none of whose chunks ends so lacks it.
_SPACED_HEADS = tuple(re.split(r"\s", word, maxsplit=1)[0] for word in _SPACED_TRIGGERS)
#: A chunk's memo holds the pattern bits of its plain triggers and, above them (from bit
#: `_SPACED_SHIFT` on), one bit per spaced trigger whose head it ends with.
_SPACED_SHIFT = len(_SLOTS)
_PATTERN_BITS = (1 << _SPACED_SHIFT) - 1
#: The trigger mask of each chunk seen (a lowered word with its punctuation: "ceasefire,"):
#: chunks recur across reports, and most hold no trigger.
_CHUNK_MASKS: dict[str, int] = {}
_MAX_CHUNKS = 65536


def _chunk_mask(chunk: str) -> int:
    mask = 0
    for word in _PLAIN_TRIGGERS:
        if word in chunk:
            mask |= _WORD_MASKS[word]
    for bit, head in enumerate(_SPACED_HEADS):
        if chunk.endswith(head):
            mask |= 1 << (_SPACED_SHIFT + bit)
    return mask


def written_mask(folded: str) -> int:
    """The mask of the trigger words written in the lowered sentence `folded`: the same as
    testing every trigger word against it, read one chunk at a time (`_PLAIN_TRIGGERS`, and
    which spaced triggers can be written: `_SPACED_HEADS`)."""
    written = 0
    memo = _CHUNK_MASKS
    for chunk in folded.split():
        mask = memo.get(chunk)
        if mask is None:
            if len(memo) >= _MAX_CHUNKS:
                memo.clear()
            mask = memo[chunk] = _chunk_mask(chunk)
        written |= mask
    spaced = written >> _SPACED_SHIFT
    written &= _PATTERN_BITS
    # Only the spaced triggers whose head ends a chunk can be written: each is looked for.
    while spaced:
        bit = spaced.bit_length() - 1
        spaced ^= 1 << bit
        word = _SPACED_TRIGGERS[bit]
        if word in folded:
            written |= _WORD_MASKS[word]
    return written


def find_cues(
    text: str, start: int, end: int, masked: str, triggers: tuple[str, ...] | None = None
) -> list[Cue]:
    """Kind cues in `text[start:end]`; `masked` is the same span with long quotes blanked.
    `triggers`, when given, are the only trigger words tested (the sentence's are read by
    `written_mask` otherwise)."""
    found: list[Cue] = []
    span = text[start:end]
    folded = lowered(span)
    # A pattern missing one of its trigger lists cannot match: the sentence's trigger mask
    # says which patterns to search.
    if triggers is None:
        written = written_mask(folded)
    else:
        written = 0
        masks = _WORD_MASKS
        for word in triggers:
            if word in folded:
                written |= masks[word]
    if not written:
        return found
    folded_masked = None
    for pattern in _eligible(written):
        if pattern.event:
            if folded_masked is None:
                folded_masked = folded if masked == span else lowered(masked)
            _search(pattern, start, folded_masked, found)
        else:
            _search(pattern, start, folded, found)
    return _strikes_first(found)


def _strikes_first(found: list[Cue]) -> list[Cue]:
    """An attack cue inside a strike's ("US attack", "Israeli drone attack") is that strike."""
    strikes = [(cue.start, cue.end) for cue in found if cue.kind == "strike"]
    if not strikes:
        return found
    return [
        cue for cue in found
        if cue.kind != "attack" or not any(lo < cue.end and cue.start < hi for lo, hi in strikes)
    ]  # fmt: skip


def _search(pattern: _Pattern, start: int, source: str, found: list[Cue]) -> None:
    """Append the cues of one pattern in `source` (a lowered sentence starting at `start`)."""
    for match in pattern.folded.finditer(source):
        at = match.start()
        if pattern.event and _NOT_EVENT_BEFORE_FOLDED.search(source, max(0, at - 60), at):
            continue
        if pattern.not_after is not None and pattern.not_after.search(source, max(0, at - 40), at):
            continue
        if pattern.noun and _REFERENCE_BEFORE_FOLDED.search(source, max(0, at - 60), at):
            continue
        if pattern.not_before is not None and pattern.not_before.match(source, match.end()):
            continue
        if pattern.plural and not _EVENT_VERB_FOLDED.search(source):
            continue
        found.append(Cue(pattern.kind, start + at, start + match.end(), pattern.rule, pattern.confidence))


FIGURE_KINDS = {
    "killed": "casualties",
    "injured": "casualties",
    "missing": "casualties",
    "detained": "casualties",
    "abducted": "casualties",
    "displaced": "displacement",
    "targets": "target_count",
    "locations": "target_count",
    "troops": "troop_presence",
    "attacks": "attack_count",
    "missiles": "strike",
    "drones": "strike",
}


def figure_kind(measure: str) -> str:
    """The claim kind a figure of this measure belongs to."""
    return FIGURE_KINDS.get(measure, "casualties")


def mask_quotes(text: str, start: int, end: int, min_words: int = 6) -> str:
    """`text[start:end]` with quotations of `min_words` words or more replaced by spaces."""
    return Quotes.read(text, start, end).masked(min_words)


_QUOTE = re.compile(r"“[^“”]*”|\"[^\"]*\"")


@dataclass(frozen=True)
class Quotes:
    """The quotations of one sentence, found once and shared by every step that needs them
    (attribution reads the sentence with all quotes blanked, event cues with long ones blanked,
    a statement's date skips them)."""

    span: str
    start: int
    #: (start, end, words) of each quotation, relative to `start`.
    found: tuple[tuple[int, int, int], ...]

    @classmethod
    def read(cls, text: str, start: int, end: int) -> Quotes:
        span = text[start:end]
        if '"' not in span and "“" not in span:
            return cls(span, start, ())
        found = tuple((m.start(), m.end(), len(m.group().split())) for m in _QUOTE.finditer(span))
        return cls(span, start, found)

    def masked(self, min_words: int) -> str:
        """The sentence with quotations of `min_words` words or more replaced by spaces."""
        pieces: list[str] = []
        cursor = 0
        for lo, hi, count in self.found:
            if count >= min_words:
                pieces.append(self.span[cursor:lo])
                pieces.append(" " * (hi - lo))
                cursor = hi
        if not pieces:
            return self.span
        pieces.append(self.span[cursor:])
        return "".join(pieces)

    def spans(self) -> list[tuple[int, int]]:
        """Absolute spans of the quotations."""
        return [(self.start + lo, self.start + hi) for lo, hi, _ in self.found]


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the quotations inside `text[start:end]`."""
    return Quotes.read(text, start, end).spans()
