"""Resolving a written subject to a speaker, with what the report itself says about people.

Order: pronoun (the last person or organisation quoted), a name from the gazetteer, a
person's name after titles ("Interior Minister Ihor Klymenko"), a role description matched
to a person the report names with that role ("the leader of Asaib Ahl al-Haq" -> the person
introduced as its secretary-general), an earlier speaker ("the committee"), an actor named
inside the phrase ("Iraq's Iran-backed Harakat al-Nujaba militia"), else the phrase as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from extraction import names
from extraction.gazetteer import ActorMention, Gazetteer, Resolution
from extraction.names import ORG_WORDS as _ORG_WORDS
from extraction.names import words

ROLE_CLASSES = {
    "leader": "leader", "secretary-general": "leader", "head": "leader", "chief": "leader",
    "chairman": "leader", "commander": "commander", "spokesman": "spokes",
    "spokesperson": "spokes", "spokeswoman": "spokes", "minister": "minister",
    "president": "president", "governor": "governor", "envoy": "envoy", "negotiator": "negotiator",
}  # fmt: skip
#: The noun that ends a role written before a name, after any number of lower-case words
#: describing it: "Russian foreign ministry spokeswoman Olga Verkhovskaya".
_ROLE_NOUNS = words(
    "spokesman spokesperson spokeswoman minister president envoy negotiator chief chairman governor "
    "secretary-general secretary commander leader senator ambassador mayor director commissioner "
    "coordinator prosecutor inspector superintendent representative administrator lawmaker "
    "legislator adviser advisor official ombudsman ombudswoman rapporteur chairwoman chairperson judge "
    "bishop archbishop imam"
)
#: Words written before a name besides the role nouns: ranks, modifiers, honorifics.
_TITLES = _ROLE_NOUNS | words(
    "prime interior defence defense foreign security general major lieutenant colonel captain gen "
    "admiral adm rear cmdr commodore sgt cpl corporal "
    "maj lt col capt brig brigadier sergeant regional government mr mrs ms dr top senior army "
    "military police state broadcaster operator deputy humanitarian us u.s. un u.n. the a an "
    "special vice acting former opposition analyst activist researcher "
    "father fr rev reverend pastor sister sheikh rabbi mullah cardinal monsignor msgr miss "
    # Somali clan titles: "Garaad Jama Ali, a clan elder"; South Asian religious titles.
    "garaad ugaas mawlawi maulvi maulana mawlana hajji haji"
)
#: Capitalised words before a surname that are no given name: titles, roles, openers.
_NOT_GIVEN = _TITLES | words(
    "in on at by for from with after before when while as and but said says told according prefect "
    "madam lake mount two three four five six seven eight nine ten several some many dozens hundreds"
)
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_ORG_PRONOUNS = frozenset({"it", "its"})
#: Bodies a report's "the police said" leaves as written, whatever force it named before.
_AS_WRITTEN = frozenset({"police", "army", "military"})
_GROUP_HEADS = frozenset({"group", "militia", "movement", "rebels", "militants", "insurgents"})
_ORG_FOLLOWERS = words("militia militias movement group rebels fighters forces statement command militants")
_CLEAN_TAIL = re.compile(
    r"(?i)\s+(?:(?:late\s+|early\s+)?on\s+(?:\w+day|X|Telegram|Twitter|Facebook|television)\b.*|"
    r"in\s+(?:a|its|their|his|her|the)\s+(?:joint\s+)?statement.*|(?:last|this)\s+\w+day\b.*|"
    r"again|also|told\b.*|(?:(?:has|have|had)\s+)?in\s+turn|(?:seen|obtained|reviewed)\s+by\b.*)$"
)
#: A description of an organisation, then its name: "the Sahrawi rights group Tiris Watch", "a
#: little-known group calling itself the Kashmir Tigers". The name is the speaker.
_NAMED_AFTER = re.compile(
    r"^(?:.*\s)?(?P<noun>group|organi[sz]ation|monitor|watchdog|agency|party|movement|network|coalition|"
    r"alliance|militia|outfit|charity|consultancy|firm|think\s+tank|itself(?:\s+the)?)\s+"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,5})$"
)
#: A name, then lower-case words describing it: "the Syria Civil Defence rescue group".
_NAMED_BEFORE = re.compile(
    r"^(?:the\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for|and|the))+)\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?P<noun>group|organi[sz]ation|monitor|watchdog|agency|network|coalition|alliance|charity)$"
)
#: One name between what it is to the conflict and what it is: "the opposition Fretilin party".
_NAMED_BETWEEN = re.compile(
    r"^(?:[Tt]he\s+)?(?:opposition|ruling|rival|banned|outlawed|separatist|rebel|militant|armed)\s+"
    r"(?P<name>[A-Z][\w'’.-]*)\s+(?P<noun>party|movement|group|militia)$"
)
#: What a body is to the conflict, before its capitalised name: "the opposition Democratic
#: Party", "the Kurdish-led Autonomous Administration of North and East Syria".
_QUALIFIED_NAME = re.compile(
    r"^(?:[Tt]he\s+)?(?:(?:main\s+)?opposition|ruling|rival|banned|outlawed|separatist|[a-z]*-?[A-Za-z]+-(?:led|backed))"
    r"\s+(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for|and|the))*\s+[A-Z][\w'’.-]*)$"
)
_CLEAN_HEAD = re.compile(
    r"(?i)^(?:which|who|that|and|but)\s+|^(?:an?|the)\s+(?:joint\s+)?(?:statement|tally|report|"
    r"message|post|count|figures|data|estimate)\s+(?:(?:kept|compiled|issued|released|published|"
    r"gathered)\s+)?(?:from|by|of)\s+"
)
#: A time phrase fronted without a comma is no part of the subject: "On Wednesday he revised
#: the toll", "Later on Monday the ministry said".
_FRONTED_TIME = re.compile(
    r"(?i)^(?:(?:later|earlier|late|early)\s+)?(?:on\s+|by\s+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|later|earlier)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?=\S)"
)
#: "according to a Coastline Wire tally": the body that keeps the count is the source.
_NAMED_COUNT = re.compile(
    r"^(?:an?|the|its|their)\s+(?P<name>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,5})\s+"
    r"(?:tally|count|estimate|figures|data|report|survey|analysis|database)$"
)
_LINKS = words("of for in at from by with and to on")
#: Words a short form leaves out: "the Polisario" after "the Polisario Front".
_ORG_TAIL = frozenset(word.lower() for word in _ORG_WORDS)
_DETERMINER = re.compile(r"(?i)^(?:the|an?)\s+")
_INDEFINITE = re.compile(r"(?i)an?\s")
_WORD = re.compile(r"[^\s,]+")
#: Written right before a state inside a description: the state is a place ("the envoy in
#: Libya") or the last word of a longer name ("Tehrik-e-Taliban Pakistan"), not the speaker.
_PART_OF_NAME = re.compile(r"(?:\b(?:in|at|near|from|based\s+in)|[A-Z][\w-]*[a-z][\w-]*)\s+$")
#: "(ISPR)": an acronym in brackets follows an organisation's name, never a person's.
_ACRONYM = re.compile(r"\([A-Z]{2,8}\)")
#: An acronym written alone: a body's name in apposition ("the EU's force in Bosnia, EUFOR,").
_BARE_ACRONYM = re.compile(r"[A-Z][A-Z0-9-]{1,9}")
_ACRONYM_TAIL = re.compile(r"\s*\([A-Z]{2,8}\)$")
#: A short name in brackets after a speaker's name is an alias like an acronym: "Russian National
#: Guard (Rosgvardia)".
_ALIAS_TAIL = re.compile(r"\s*\((?:[A-Z]{2,8}|[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)\)$")
#: A body's owner before its proper name: "the army's 3rd Infantry Division", "the NPA's Apolinario
#: Gatmaitan Command", "Islamic State group's Sinai Province affiliate". The body speaks; a trailing
#: common noun saying what it is to its owner goes with the owner.
_OWNER = re.compile(
    r"^(?:the\s+)?(?P<owner>(?:[\w-]+\s+){0,3}?[\w-]+)['’]s\s+"
    r"(?P<name>[A-Z0-9][\w'’.-]*(?:\s+(?:[A-Z0-9][\w'’.-]*|of|for|and|the|on|in))*?)"
    r"(?P<tail>(?:\s+[a-z][\w-]*){0,2})$"
)
#: What a body is to its owner, after its name: dropped with the owner ("Sinai Province affiliate").
_OWNED_PART = words(
    "affiliate branch wing unit faction arm chapter cell offshoot agency outlet channel newspaper broadcaster"
)
#: A state's bodies named without the state: the report's own country's.
_HOME_BODIES = frozenset({"government"})
#: One or some of a group written before: "one of the officials" is the officials named earlier.
_ONE_OF = re.compile(r"(?i)^(?:one|two|three|some|several|many|most|each|all|both)\s+of\s+(?=the\s)")
#: A place's possessive, lower-case words, then a name: "Russia's state news agency TASS".
_OWNED_NAME = re.compile(r"^(?:the\s+)?[A-Z][\w-]*['’]s\s+(?:[a-z][\w-]*\s+){1,3}(?P<name>[A-Z].*)$")
#: Who runs a named outlet or body, written before its name: "the state-run Global Times".
_RUN_BY_NAME = re.compile(
    r"^(?:[Tt]he\s+)?(?:state-(?:run|owned|controlled|backed)|government-(?:run|owned|controlled)|pro-government"
    r"|semi-official|official)\s+(?P<name>[A-Z].*)$"
)
#: A place's possessive right before a formal name given with its acronym: "Kyrgyzstan's State
#: Committee for National Security (GKNB)". The acronym names the body, not the place's hold on it.
_OWNED_ACRONYMED = re.compile(r"^(?:the\s+)?[A-Z][\w-]*['’]s\s+(?P<name>[A-Z].*\([A-Z]{2,8}\))$")
_NAME_LINKS = words("of for in and the on al el de")
#: A capitalised word and the linking words after it.
_DEFINED_WORD = r"[A-Z][\w'’.-]*\s+(?:(?:of|for|and|the|on|de|al|el)\s+)*"
#: A run of capitalised words (linking words between them) given with an acronym in brackets.
#: The first word is written out of the repetition (`X(?:X)*`, not `(?:X)+`: the same matches)
#: so that the pattern opens with a class, which sre scans for before trying a match: searched
#: over a whole report, it is tried at the capitals only.
_DEFINED = re.compile(rf"(?P<name>{_DEFINED_WORD}(?:{_DEFINED_WORD})*)\((?P<acronym>[A-Z]{{2,8}})\)")
_BUT = re.compile(r"\s+but\s+")
#: Capitalised words (linking words between them) ending with a body's word: "National Border
#: Service", "Ministry of Health and Sanitation". Not after a possessive's "s" (that word is the
#: owner's) nor inside a longer run.
_BODY_LINKS = r"(?:(?:of|for|and|the|on)[ \t]+)*"
_WRITTEN_BODY = re.compile(
    # Within a line, and no word ending a sentence ("... wrote on X. The Justice Ministry"): a
    # word with dots is an initialism ("U.N."). The first word is written apart, its capital
    # first and the test of the character before it next (`[A-Z](?<![\w'’][A-Z])` for
    # `(?<![\w'’])[A-Z]`; the same matches), so that the pattern opens with a class and sre,
    # scanning a whole report, tries it at the capitals only.
    rf"[A-Z](?<![\w'’][A-Z])(?:\.(?:[A-Z]\.)+|[\w-]*)[ \t]+{_BODY_LINKS}"
    rf"(?:(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][\w-]*)[ \t]+{_BODY_LINKS})*"
    rf"(?:{'|'.join(sorted(_ORG_WORDS, key=len, reverse=True))})\b"
    r"(?:[ \t]+(?:of|for|on)(?:[ \t]+the)?[ \t]+[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*)*)?"
)
_ROLE_WORD = re.compile(r"[\w-]+")


@dataclass(frozen=True)
class Speaker:
    name: str
    rule: str
    confidence: float
    person: bool = False


@dataclass
class Speakers:
    """Per-report resolver: remembers roles, names and the last speakers, in reading order."""

    gazetteer: Gazetteer
    roles: list[tuple[str, str, str]] = field(default_factory=list)  # (class, role text, person)
    people: dict[str, str] = field(default_factory=dict)  # surname key -> canonical
    said: list[Speaker] = field(default_factory=list)
    armed_groups: list[str] = field(default_factory=list)
    #: Bodies the gazetteer knows named so far (no people, no states): "the mission said" after
    #: "The African Union Transition Mission in Somalia (ATMIS) completed ...".
    bodies: list[str] = field(default_factory=list)
    #: The country a report is filed from (its dateline's or first place's): whose "government" a
    #: bare "the government" is.
    home: str | None = None
    #: The report's text, and the bodies named in it in capitals, once read (`learn_bodies`).
    body_text: str = ""
    written_bodies: list[str] | None = None
    acronyms: dict[str, str] = field(default_factory=dict)  # "GKNB" -> the name it was given with
    nouns: dict[str, str] = field(default_factory=dict)  # "Tiris Watch" -> "group", as introduced
    # A report's subjects are read twice (`learn`, then `resolve`) and its roles once per role
    # resolution: what the gazetteer says of a phrase is looked up once per report.
    _written: dict[str, tuple[str | None, str | None]] = field(default_factory=dict, repr=False)
    _found: dict[str, list[ActorMention]] = field(default_factory=dict, repr=False)
    _looked_up: dict[str, Resolution | None] = field(default_factory=dict, repr=False)
    _full_names: dict[str, str | None] = field(default_factory=dict, repr=False)
    #: A subject's parts are cleaned when learnt, when resolved and when read for a person:
    #: each phrase once per report.
    _cleaned: dict[str, str] = field(default_factory=dict, repr=False)

    def learn(self, subject: str) -> None:
        """First pass: remember people's names and the roles written beside them."""
        parts = [part.strip() for part in subject.split(", ") if part.strip()]
        for part in parts:
            self._learn_acronym(part)
        named = [(part, self._person(part)) for part in parts]
        for part, person in named:
            if person is None:
                continue
            self.people[_surname_key(person)] = person
            for role in [other for other, who in named if who is None] + [_title_of(part)]:
                role_class = _role_class(role)
                if role_class is not None:
                    self.roles.append((role_class, role, person))

    def _learn_acronym(self, part: str) -> None:
        """A proper name given with its acronym anywhere in the report defines the acronym for
        the whole report, the headline before it included ("NRF says ..." above "The National
        Resistance Front (NRF) said ...")."""
        bare = _DETERMINER.sub("", self._clean(part))
        owned = _OWNED_ACRONYMED.match(bare)
        if owned is not None:  # "Kyrgyzstan's State Committee for National Security (GKNB)"
            bare = owned.group("name")
        tail = _bracketed(_ACRONYM_TAIL, bare)
        if tail is None or tail.start() == 0 or not _all_capitalised(bare[: tail.start()]):
            return
        name = self._canonical(names.tidy(bare[: tail.start()]))
        self.acronyms.setdefault(tail.group().strip(" ()"), name)

    def learn_text(self, text: str) -> None:
        """Acronyms a report defines outside any subject: "Officers of the State Investigation
        and Protection Agency (SIPA) had tried ...", then "SIPA said" and "the agency said".
        The name is the longest run of words before the brackets whose initials spell the
        acronym ("Officers of the" spell nothing of SIPA); an acronym that spells no such run
        (a Spanish one after an English name) is left to the subjects that give it, and one
        the gazetteer knows keeps the gazetteer's name."""
        for found in _DEFINED.finditer(text):
            acronym = found.group("acronym")
            known = self._lookup(acronym)
            if known is not None and known.rule == "gazetteer":
                continue
            words = found.group("name").split()
            spelled = next((words[n:] for n in range(len(words) - 1)
                            if words[n].lower() not in _NAME_LINKS and _spells(words[n:], acronym)), None)
            if spelled is not None:
                self._learn_acronym(f"{' '.join(spelled)} ({acronym})")

    def learn_bodies(self, text: str) -> None:
        """The text whose bodies named in capitals ("National Border Service", "Ministry of
        Health") a later "the service" may mean: read when a phrase first asks (`_bodies_named`),
        as few reports have a phrase that gets that far."""
        self.body_text = text

    def _bodies_named(self) -> list[str]:
        if self.written_bodies is None:
            found = (_DETERMINER.sub("", m.group()) for m in _WRITTEN_BODY.finditer(self.body_text))
            self.written_bodies = list(dict.fromkeys(name for name in found if len(name.split()) >= 2))
        return self.written_bodies

    def note_actors(self, mentions: Iterable[ActorMention]) -> None:
        """Remember armed groups named so far, for "the group" later on."""
        for mention in mentions:
            if mention.actor.type == "armed_group":
                self.armed_groups.append(mention.actor.name)

    def note_bodies(self, mentions: Iterable[ActorMention]) -> None:
        """Remember the bodies named so far, this sentence's included, for "the mission"."""
        for mention in mentions:
            if mention.actor.type not in ("person", "state") and mention.actor.name not in self.bodies:
                self.bodies.append(mention.actor.name)

    def note_subject(self, subject: str) -> None:
        """A person who opens a sentence without speaking in it ("Rio Governor Claudio Barreto
        defended the operation") is whom a later "he" or "she" means, as a speaker would be."""
        person = self._person(self._clean(subject))
        if person is not None:
            self.said.append(Speaker(person, "subject", 0.8, person=True))

    def resolve(self, subject: str) -> Speaker:
        """The speaker a written subject denotes (second pass, in reading order)."""
        speaker = self._resolve(subject)
        tail = _bracketed(_ALIAS_TAIL, speaker.name)
        if tail is not None and tail.start() > 0:
            # The acronym is an alias: "Caribbean Community (CARICOM)", then "CARICOM said".
            bare = speaker.name[: tail.start()]
            self.acronyms.setdefault(tail.group().strip(" ()"), bare)
            speaker = Speaker(bare, speaker.rule, speaker.confidence, speaker.person)
        self.said.append(speaker)
        return speaker

    def _resolve(self, subject: str) -> Speaker:
        parts = [self._clean(part) for part in subject.split(", ")]
        parts = [self._without_seat(part) for part in parts if names.tidy(part)]  # not bare punctuation
        # "A resident, who gave only his first name, Arben,": a relative clause is an aside.
        parts = [part for part in parts if not _RELATIVE_ASIDE.match(part)] or parts
        if not parts:
            return Speaker(names.tidy(subject) or "unknown", "unresolved", 0.5)
        for part in parts:
            person = self._person(part)
            if person is not None:
                return Speaker(person, "name", 0.95, person=True)
        given = next((part for part in parts[1:] if self._given_name(part)), None)
        if given is not None:
            return Speaker(given, "name", 0.8, person=True)
        # "The military's media wing, Inter-Services Public Relations (ISPR)": the name, not the role.
        named = next((part for part in parts[1:] if _proper_name(part) or _one_name(part)
                      or _BARE_ACRONYM.fullmatch(part)), parts[0])  # "..., EUFOR, said"
        return self._describe(named)

    def _describe(self, phrase: str) -> Speaker:
        phrase = _ONE_OF.sub("", phrase)
        owned = (_OWNED_NAME.match(phrase) or _OWNED_ACRONYMED.match(phrase) or _RUN_BY_NAME.match(phrase)
                 or _QUALIFIED_NAME.match(phrase))  # fmt: skip
        if owned is not None and _proper_name(owned.group("name")):
            phrase = owned.group("name")  # "Lebanon's state-run National News Agency"
        else:
            phrase = self._without_owner(phrase)
        named = _NAMED_AFTER.match(phrase) or _NAMED_BEFORE.match(phrase) or _NAMED_BETWEEN.match(phrase)
        if named is not None and _all_capitalised(named.group("name")):
            phrase = named.group("name")
            noun = named.group("noun").split()[0].lower()
            self.nouns.setdefault(names.tidy(_DETERMINER.sub("", phrase)), noun)
        bare = _DETERMINER.sub("", phrase)
        tail = _bracketed(_ACRONYM_TAIL, bare)
        if tail is not None and tail.start() > 0 and tail.group().strip(" ()") in self.acronyms:
            # "The Uganda People's Defence Forces (UPDF) put the toll": the body as defined,
            # not an actor whose name is inside it.
            return Speaker(self.acronyms[tail.group().strip(" ()")], "acronym", 0.9)
        lowered = bare.lower()
        if lowered in _PERSON_PRONOUNS | _ORG_PRONOUNS | {"they"}:
            return self._pronoun(lowered)
        if bare in self.acronyms:  # the report's own definition comes before the gazetteer's
            return Speaker(self.acronyms[bare], "acronym", 0.9)
        exact = self._lookup(bare)
        if exact is not None and exact.rule == "gazetteer":
            self._note_noun(exact.name, bare)
            return Speaker(exact.name, "gazetteer", 0.95, person=exact.type == "person")
        if lowered in _HOME_BODIES and self.home is not None:
            # "The government said it would not negotiate", in a report from Antananarivo.
            return Speaker(self._canonical(self.home), "home_government", 0.8)
        country = self.gazetteer.places.capital_of(bare)
        if country is not None:  # "Tbilisi says": the government seated there
            return Speaker(self._canonical(country), "capital", 0.9)
        definite = bare != phrase and phrase[:3].lower() == "the"
        key = " ".join(names.normal_tokens(bare))
        if not definite and bare.islower() and 2 <= len(key.split()) <= 3:
            # A headline's "anti-terrorism committee says": the body the report defines by that
            # name. One word ("army says") is kept as written.
            found = self._by_defined(key)
            if found is not None:
                return found
        indefinite = _INDEFINITE.match(phrase) is not None  # "A police spokesman": someone new
        for resolver in (self._by_role, self._by_earlier, self._by_actor_inside):
            if (resolver == self._by_earlier and not definite) or (resolver == self._by_role and indefinite):
                continue
            found = resolver(bare)
            if found is not None:
                return found
        described = names.tidy(bare)
        if not described:  # "A - said": the determiner was the whole name
            return Speaker("unknown", "unresolved", 0.5)
        # "Chad's president", "the army spokesman": a person, whom a later "he" or "she" means.
        return Speaker(described, "description", 0.85, person=_role_noun_last(described))

    def _note_noun(self, name: str, written: str) -> None:
        """ "The Israeli military" is the gazetteer's Israel Defense Forces: a later "the
        military" is that body."""
        last = written.split()[-1]
        if last.islower() and len(written.split()) > 1:
            self.nouns.setdefault(name, last)

    def _without_owner(self, phrase: str) -> str:
        """A body's name without an owner that is no place: "the army's 3rd Infantry Division" is
        the division. A place's possessive stays ("Georgia's State Security Service"), as does a
        person's name after its owner ("Hamas's Ismail Haniyeh" is read as a person elsewhere)."""
        owned = _OWNER.match(phrase)
        if owned is None:
            return phrase
        owner, name = owned.group("owner").removeprefix("the "), owned.group("name")
        tail = owned.group("tail")
        tail = "" if not tail or tail.split()[-1] in _OWNED_PART else tail
        body = any(word in _ORG_WORDS for word in name.split()) or len(name.split()) == 1
        # The owner is a common noun ("army's", "Islamic State group's") or an acronym ("NPA's"); a
        # capitalised word is otherwise part of the name ("Tamil Nadu Fishermen's Association",
        # "People's Defence Force"), or a group whose outlet is named with it ("Islamic State's
        # Amaq news agency", kept whole).
        owner_ok = owner.split()[-1].islower() or _BARE_ACRONYM.fullmatch(owner) is not None
        if not (body and owner_ok) or self.gazetteer.places.lookup(owner) is not None:
            return phrase
        return self._without_seat(name + tail)

    def _given_name(self, part: str) -> bool:
        """One capitalised word after a role, as a source known by a first name is written ("A
        nurse, Amina, said"): no acronym, and nothing the gazetteer knows as a place or a body."""
        return _GIVEN_NAME.fullmatch(part) is not None and self._unknown(part)

    def _unknown(self, name: str) -> bool:
        """Neither a place ("Banja Luka") nor a body the gazetteer knows."""
        return self.gazetteer.places.lookup(name) is None and self._lookup(name) is None

    def _without_seat(self, part: str) -> str:
        """A body's name without the city it sits in ("the health ministry in Ramallah" is the
        ministry). A person's description keeps it ("a police spokesman in Lodwar" is someone),
        and so does a name the gazetteer knows or one that ends in a country: "in Iraq" is part
        of "Islamic Resistance in Iraq"."""
        # Searched (at every start) only where the word every match holds is written.
        seat = _SEAT.search(part) if "in" in part or "on" in part else None
        if seat is None or seat.start() == 0:
            return part
        head = part[: seat.start()].split()[-1].strip("()").lower()
        place = self.gazetteer.places.lookup(seat.group("place"))
        if seat.group("on") and place is None:
            return part  # "Commission on Human Rights": only a known place is a seat "on"
        if head not in _SEATED_BODIES or (place is not None and place.type == "country"):
            return part
        known = self._lookup(_DETERMINER.sub("", part))
        return part if known is not None and known.rule == "gazetteer" else part[: seat.start()]

    def _pronoun(self, pronoun: str) -> Speaker:
        for earlier in reversed(self.said):
            if pronoun in _PERSON_PRONOUNS and not earlier.person:
                continue
            if pronoun in _ORG_PRONOUNS and earlier.person:
                continue
            return Speaker(earlier.name, "pronoun", 0.8, earlier.person)
        return Speaker(pronoun, "unresolved_pronoun", 0.3)

    def _person(self, phrase: str) -> str | None:
        """A person's name written after titles, resolved through the gazetteer or the report."""
        if phrase not in self._written:
            self._written[phrase] = self._written_person(phrase)
        person, surname = self._written[phrase]
        if person in self.acronyms:  # "the GKNB", after "State Committee for National Security (GKNB)"
            return None
        if surname is None:
            return person
        return self.people.get(_surname_key(surname)) or self._named_in_text(surname)

    def _named_in_text(self, surname: str) -> str | None:
        """The full name a lone surname stands for when the report writes it in full anywhere,
        not only as a speaker ("Prefect Amelie Laurent visited ...", then "Laurent said"): the
        capitalised words right before it that are no title, role or sentence opener."""
        if surname not in self._full_names:
            # An acronym or a place ("Chad said") is no surname.
            wanted = not surname.isupper() and self.gazetteer.places.lookup(surname) is None
            self._full_names[surname] = self._written_in_full(surname) if wanted else None
        return self._full_names[surname]

    def _written_in_full(self, surname: str) -> str | None:
        # One or two capitalised words, then the surname; written `X(?:X)?` rather than `(?:X){1,2}`
        # (the same matches) so that the pattern opens with a class, which sre scans for quickly.
        capitalised = r"[A-Z][a-z'’-]+\s+"
        written = re.finditer(rf"({capitalised}(?:{capitalised})?){re.escape(surname)}\b", self.body_text)
        for match in written:
            before = match.group(1).split()
            given = [word for word in before if word.lower() not in _NOT_GIVEN]
            full = " ".join([*given, surname])
            if given and before[-len(given):] == given and self._unknown(full):
                return full
        return None

    def _written_person(self, phrase: str) -> tuple[str | None, str | None]:
        """What the phrase itself says: (the person, None), or (None, a lone name) to be read as
        the surname of a person the report names (the only part that changes while reading)."""
        tokens = _WORD.findall(self._clean(phrase))
        cut = len(tokens)
        while cut > 0 and _name_token(tokens[cut - 1]):
            cut -= 1
        name_tokens, title_tokens = tokens[cut:], tokens[:cut]
        if not name_tokens or not (
            all(_title_like(t) or t[:1].isupper() for t in title_tokens) or _described_role(title_tokens)
        ):
            return None, None
        if title_tokens and title_tokens[-1].lower() in _LINKS:
            return None, None
        name = " ".join(name_tokens)
        if any(token.strip("()") in _ORG_WORDS for token in name_tokens) or _ACRONYM.search(name):
            return None, None
        if any(m.actor.type != "person" for m in self._find(name)):
            return None, None
        found = self._lookup(name)
        if found is not None:
            return (found.name if found.type == "person" else None), None
        if len(name_tokens) == 1 and not title_tokens:
            return None, name
        if title_tokens and all(t.lower() in ("the", "a", "an") for t in title_tokens):
            return None, None  # "the Polisario", "the Shining Valley": a name after an article is no person
        return (names.tidy(name) if title_tokens or len(name_tokens) >= 2 else None), None

    def _clean(self, part: str) -> str:
        cleaned = self._cleaned.get(part)
        if cleaned is None:
            cleaned = self._cleaned[part] = _clean(part)
        return cleaned

    def _find(self, phrase: str) -> list[ActorMention]:
        if phrase not in self._found:
            self._found[phrase] = self.gazetteer.find(phrase)
        return self._found[phrase]

    def _canonical(self, name: str) -> str:
        """The gazetteer's name for `name` when it lists it, else `name` as given."""
        known = self._lookup(name)
        return known.name if known is not None and known.rule == "gazetteer" else name

    def _lookup(self, phrase: str) -> Resolution | None:
        if phrase not in self._looked_up:
            self._looked_up[phrase] = self.gazetteer.lookup(phrase)
        return self._looked_up[phrase]

    def _by_role(self, phrase: str) -> Speaker | None:
        role_class = _role_class(phrase)
        if role_class is None:
            return None
        candidates = {person for cls, _, person in self.roles if cls == role_class}
        orgs = {m.actor.name for m in self._find(phrase) if m.actor.type != "state"}
        if orgs:
            candidates = {
                person for cls, role, person in self.roles
                if cls == role_class and orgs & {m.actor.name for m in self._find(role)}
            } or candidates  # fmt: skip
        if len(candidates) == 1:
            return Speaker(candidates.pop(), "role", 0.8, person=True)
        return None

    def _by_earlier(self, phrase: str) -> Speaker | None:
        key = " ".join(names.normal_tokens(phrase))
        if not key:
            return None
        for earlier in reversed(self.said):
            if self.nouns.get(earlier.name) == key or any(h.endswith(key) for h in _heads(earlier.name)):
                return Speaker(earlier.name, "earlier_speaker", 0.8, earlier.person)
        if len(key.split()) <= 2:
            found = self._by_defined(key)  # "the agency", one body so defined
            if found is not None:
                return found
            named = _only_one_ending(key, self.bodies, whole=False)  # "the mission", one so named
            if named is not None:
                return Speaker(named, "named_body", 0.75)
            written = self._by_written_body(key)
            if written is not None:
                return written
        words = key.split()
        if words[-1] in _GROUP_HEADS and len(words) <= 3 and self.armed_groups:
            return Speaker(self.armed_groups[-1], "group_anaphora", 0.7)
        return None

    def _by_written_body(self, key: str) -> Speaker | None:
        """ "the service", after "a post of Panama's National Border Service": the one body the
        report names so, known or not. A phrase that is itself such a name is that name, and the
        police, the army and the military are written as the report writes them."""
        if key in _AS_WRITTEN:
            return None
        bodies = self._bodies_named()
        if any(" ".join(names.normal_tokens(body)) == key for body in bodies):
            return None
        written = _only_one_ending(key, bodies)
        return Speaker(self._canonical(written), "written_body", 0.7) if written is not None else None

    def _by_defined(self, key: str) -> Speaker | None:
        """The one body the report defines with an acronym whose name ends with `key`."""
        defined = _only_one_ending(key, self.acronyms.values())
        return Speaker(defined, "defined_body", 0.75) if defined is not None else None

    def _by_actor_inside(self, phrase: str) -> Speaker | None:
        best = None
        for mention in self._find(phrase):
            if mention.actor.type == "state" and _PART_OF_NAME.search(phrase, 0, mention.start):
                continue  # "the U.N. coordinator in Ethiopia", "Tehrik-e-Taliban Pakistan (TTP)"
            rest = _WORD.findall(phrase[mention.end :])
            if rest and rest[0].strip("()").lower() not in _ORG_FOLLOWERS and not rest[0].startswith("("):
                continue
            if best is None or mention.actor.type != "state":
                best = mention
        if best is None:
            return None
        return Speaker(best.actor.name, "actor_in_phrase", 0.85, best.actor.type == "person")


#: What a body put out, after the body's name: "an Indian army statement said", "a ministry
#: statement said".
_ISSUED_TAIL = re.compile(r"(?i)(?<=\w)\s+(?:joint\s+)?(?:statement|communiqu[eé]|press\s+release)$")


_INDEFINITE = re.compile(r"^[Aa]n?\s+")


def _clean(part: str) -> str:
    part = part.strip(" .;:“”\"'‘’")
    part = _CLEAN_HEAD.sub("", part)
    issued = _ISSUED_TAIL.search(part)
    if issued is not None:
        # "A ministry statement": the article was the statement's; the body is a definite one.
        part = _INDEFINITE.sub("the ", part[: issued.start()])
    part = _FRONTED_TIME.sub("", part)
    counted = _NAMED_COUNT.match(part)
    if counted is not None:
        part = counted.group("name")
    if "but" in part:
        part = _BUT.split(part)[-1]
    return _CLEAN_TAIL.sub("", part).strip()


#: Bodies that sit somewhere; staff, police or troops "in" a town are people there.
_SEATED_BODIES = words(
    "ministry institute agency office commission department directorate bureau council court centre "
    "center observatory foundation organization organisation mission embassy authority secretariat "
    "tribunal federation association monitor committee command delegation consulate"
)
#: A subject's part that is a relative clause: an aside, no speaker.
_RELATIVE_ASIDE = re.compile(r"(?i)(?:who|whom|whose|which)\b")
#: A first name alone: one capitalised word of letters (not an acronym).
_GIVEN_NAME = re.compile(r"[A-Z][a-z][\w'’-]*")
#: Where a body sits, after its name: "the National Research Institute in Port Moresby".
_SEAT = re.compile(
    r"\s+(?:based\s+)?(?:in|(?P<on>on))\s+(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})$"
)


def _bracketed(tail: re.Pattern[str], name: str) -> re.Match[str] | None:
    """A bracketed tail ("(ISPR)") found by the end-anchored pattern `tail`, which is searched
    (at every start) only where a closing bracket, which every match holds, is written."""
    return tail.search(name) if ")" in name else None


#: Words recur from phrase to phrase and report to report: what each is, as a name's or a
#: title's part, is kept per word.
@lru_cache(maxsize=16384)
def _name_token(token: str) -> bool:
    bare = token.strip("()")
    if _is_title(bare.lower()) or bare.endswith(("'s", "’s")):
        return False
    if bare.lower() in ("al", "bin", "ibn", "de", "da", "van", "von", "el"):
        return True
    stem = bare.split("-", 1)[1] if bare[:3].lower() in ("al-", "el-") else bare
    return stem[:1].isupper()


@lru_cache(maxsize=16384)
def _title_like(token: str) -> bool:
    bare = token.lower().strip("()")
    return _is_title(bare) or bare.endswith(("'s", "’s")) or bare in ROLE_CLASSES


def _spells(words: list[str], acronym: str, skips: int = 1) -> bool:
    """Whether the words' initials spell the acronym: every capitalised word gives its initial
    (a word in capitals all its letters: "PNG Defence Force" is PNGDF), a linking word its
    initial or nothing ("National Bureau of Inquiry" is NBOI or NBI), and `skips` words after
    the first may give none ("African Union Transition Mission in Somalia" is ATMIS)."""
    def spell(at: int, rest: str, skips: int) -> bool:
        if at == len(words):
            return not rest
        word = words[at].strip("()")
        if word.lower() in _NAME_LINKS:
            initial = rest[:1] == word[:1].upper()
            return spell(at + 1, rest, skips) or (initial and spell(at + 1, rest[1:], skips))
        letters = word.replace(".", "") if _abbreviation(word) else word[:1]
        if rest.startswith(letters) and spell(at + 1, rest[len(letters):], skips):
            return True
        return at > 0 and skips > 0 and spell(at + 1, rest, skips - 1)

    return spell(0, acronym, skips)


def _abbreviation(word: str) -> bool:
    """ "U.N.", "EU", "UNHCR": capitals only, stops between them allowed."""
    return _BARE_ACRONYM.fullmatch(word.replace(".", "")) is not None


def _is_title(word: str) -> bool:
    """A title, written out or abbreviated with a full stop ("Maj.", "Lt.", "Gen.")."""
    return word in _TITLES or (word.endswith(".") and word[:-1] in _TITLES)


def _title_of(part: str) -> str:
    return " ".join(t for t in _WORD.findall(part) if _title_like(t))


def _role_class(phrase: str) -> str | None:
    for word in _ROLE_WORD.findall(phrase.lower()):
        if word in ROLE_CLASSES:
            return ROLE_CLASSES[word]
    return None


def _described_role(tokens: list[str]) -> bool:
    """Lower-case words that describe a role, ending with the role's noun: "foreign ministry
    spokeswoman". No linking word: in "fighters loyal to commander X" X is not the speaker.
    Titles may follow the role ("task force commander Gen. X")."""
    while len(tokens) > 1 and _is_title(tokens[-1].lower()) and tokens[-1].lower() not in _ROLE_NOUNS:
        tokens = tokens[:-1]
    return (
        len(tokens) <= 5
        and tokens[-1].lower() in _ROLE_NOUNS
        and all(t.replace("-", "").isalpha() and t.lower() not in _LINKS for t in tokens)
    )


def _role_noun_last(phrase: str) -> bool:
    last = phrase.rsplit(None, 1)[-1].lower()
    return last in _ROLE_NOUNS


def _only_one_ending(key: str, found: Iterable[str], *, whole: bool = True) -> str | None:
    """The one name among `found` whose head ends with `key` (the whole name counts as a head
    when `whole`), or None when none or several do."""
    names_ending = {name for name in found if any(h.endswith(key) for h in _heads(name)[0 if whole else 1 :])}
    return names_ending.pop() if len(names_ending) == 1 else None


@lru_cache(maxsize=4096)
def _heads(name: str) -> tuple[str, ...]:
    """What "the committee" can refer back to: the whole name, and the part before its first
    "of", "for" or "in" ("State Committee for National Security", "Ministry of Defence",
    "Transition Mission in Somalia"). Kept per name: every earlier speaker's heads are read
    again for each later phrase that may refer back."""
    tokens = names.normal_tokens(name)
    whole = " ".join(tokens)
    short = len(tokens)
    while short > 1 and tokens[short - 1] in _ORG_TAIL:
        short -= 1
    heads = (whole, " ".join(tokens[:short])) if short < len(tokens) else (whole,)
    for at, token in enumerate(tokens):
        if at and token in ("of", "for", "in"):
            return (*heads, " ".join(tokens[:at]))
    return heads


def _surname_key(name: str) -> str:
    tokens = names.normal_tokens(name)
    return names.skeleton(tokens[-1]) if tokens else ""


def _all_capitalised(phrase: str) -> bool:
    """Every word capitalised (or a number, or a linking word), one word at least: "M23"."""
    tokens = _name_tokens(phrase)
    return bool(tokens) and _capitalised(tokens, numbers=True)


def _one_name(phrase: str) -> bool:
    """An article and a name: "the SPLM-IO", in "The main opposition party, the SPLM-IO,
    demanded"; "the Manipur Integrity Forum"."""
    tokens = _name_tokens(phrase)
    if len(tokens) < 2 or tokens[0].lower() != "the":
        return False
    return tokens[1][:1].isupper() if len(tokens) == 2 else _proper_name(phrase.split(None, 1)[1])


def _proper_name(phrase: str) -> bool:
    """Every word capitalised (or a linking word) and two at least: "Syria Civil Defence"."""
    tokens = _name_tokens(phrase)
    if len(tokens) < 2 or tokens[0].lower() in ("the", "a", "an"):
        return False
    return _capitalised(tokens, numbers=False)


def _name_tokens(phrase: str) -> list[str]:
    return [t.strip("()") for t in _WORD.findall(phrase)]


def _capitalised(tokens: list[str], *, numbers: bool) -> bool:
    return all(
        t[:1].isupper() or (numbers and t[:1].isdigit()) or t.lower() in _NAME_LINKS for t in tokens if t
    )
