"""From report text to claims: sentences, kinds, figures, speakers and dates put together."""

from __future__ import annotations

import bisect
import datetime
import re
from dataclasses import dataclass, field
from typing import TypeVar

from domain.values import ClaimContent, CodedBy, Figure, Span, TalksStatus
from domain.when import When
from extraction import dating, quotations, timex
from extraction.attribution import Attribution, attribute, leading_subject
from extraction.figures import FigureHit, find_figures
from extraction.gazetteer import ActorMention, Gazetteer
from extraction.kinds import Cue, Quotes, figure_kind, find_cues
from extraction.location import LOCATED_KINDS, locate
from extraction.places import PlaceMention
from extraction.sentences import Sentence, split
from extraction.since_then import with_since_then
from extraction.speakers import Speaker, Speakers
from extraction.talks import follows_up, talks_status
from extraction.timex import Mention
from extraction.tokens import tokens
from extraction.version import EXTRACTOR_NAME, EXTRACTOR_VERSION

#: Kinds an act verb ("X called for", "X vowed") attributes to its subject.
ACT_KINDS = frozenset({"statement", "threat", "call_for_withdrawal", "responsibility", "talks_status"})
_EVENT_KINDS = frozenset({"strike", "attack"})
_T = TypeVar("_T")
_LOCATIVE = re.compile(r"(?i)\b(?:in|at|near|from|to|into|outside|across|toward|towards|of|on)\s+$")


@dataclass
class _Group:
    kind: str
    focus: int
    rule: str
    confidence: float
    figures: list[FigureHit] = field(default_factory=list)
    #: The talks status a follow-up sentence carries over from the sentence before it.
    status: TalksStatus | None = None


@dataclass(frozen=True)
class _Context:
    text: str
    publisher: str
    gazetteer: Gazetteer
    dated: list[tuple[Mention, When]]
    actors: list[ActorMention]
    places: list[PlaceMention]
    #: Each location's place path, looked up once per report (claims repeat their locations).
    paths: dict[str, tuple[str, ...]] = field(default_factory=dict)


def _within(items: list[_T], starts: list[int], sentence: Sentence) -> list[_T]:
    """The items (in text order, starting at `starts`) that start inside the sentence."""
    return items[bisect.bisect_left(starts, sentence.start) : bisect.bisect_left(starts, sentence.end)]


def extract_claims(
    text: str,
    *,
    publisher: str,
    anchor: datetime.datetime | datetime.date | None,
    timezone: str | None = None,
    gazetteer: Gazetteer | None = None,
) -> list[ClaimContent]:
    """Every claim the report `text` makes, ordered by span. Pure and deterministic."""
    written = split(text)
    sentences = _unique(text, written)
    read_to = sentences[-1].end if sentences else 0
    gazetteer = gazetteer or Gazetteer.load()
    words = tokens(text, 0, read_to)
    tagged = _tagger_text(text, read_to, written, sentences)
    context = _Context(
        text,
        publisher,
        gazetteer,
        with_since_then(tagged, timex.resolve_text(tagged, anchor, timezone=timezone), anchor, timezone),
        gazetteer.find_tokens(words),
        gazetteer.places.find(words),
    )
    continued = quotations.across(text, sentences, [Quotes.read(text, s.start, s.end) for s in sentences])
    quotes = [c.quotes for c in continued]
    attributions = [
        attribute(text, s.start, s.end, quoted.masked(1), headline=s.headline)
        for s, quoted in zip(sentences, quotes, strict=True)
    ]
    speakers = Speakers(context.gazetteer, home=_home(text, context))
    speakers.learn_text(text[:read_to])
    speakers.learn_bodies(text[:read_to])
    for found in attributions:
        if found is not None:
            speakers.learn(found.subject)
    dated_starts = [mention.start for mention, _ in context.dated]
    actor_starts = [mention.start for mention in context.actors]
    place_starts = [mention.start for mention in context.places]
    claims: list[ClaimContent] = []
    talks_before: TalksStatus | None = None
    # Speakers resolved ahead, for the first sentences of a quotation, by the sentence naming them.
    ahead: dict[int, Speaker] = {}
    # Where each naming sentence's quotation opened, when that was in an earlier sentence.
    opened: dict[int, int] = {}
    for index, part in enumerate(continued):
        if part.speaker_from is not None and part.speaker_from != index:
            opened.setdefault(part.speaker_from, sentences[index].start)
    for index, (sentence, found, quoted) in enumerate(zip(sentences, attributions, quotes, strict=True)):
        speaks_for = continued[index].speaker_from
        own = found
        named_in = index
        if found is None and speaks_for is not None:
            # The first sentences of a quotation are said by whoever the sentence closing it names.
            found, named_in = attributions[speaks_for], speaks_for
        local = _Local(
            sentence,
            quoted,
            _within(context.dated, dated_starts, sentence),
            [m for m in _within(context.actors, actor_starts, sentence) if m.end <= sentence.end],
            [m for m in _within(context.places, place_starts, sentence) if m.end <= sentence.end],
            subject=(own.start, own.end) if own is not None else None,
            opened=opened.get(index),
        )
        speakers.note_bodies(local.actors)
        speaker = ahead.get(named_in)
        if speaker is None and found is not None:
            speaker = speakers.resolve(found.subject)
            if named_in != index:
                ahead[named_in] = speaker
        made = _sentence_claims(context, local, found, speaker, talks_before)
        claims.extend(made)
        if own is None:
            subject = leading_subject(text, sentence.start, quoted.masked(1))
            if subject is not None:
                speakers.note_subject(subject)
        talks_before = next((c.talks_status for c in reversed(made) if c.talks_status is not None), None)
        speakers.note_actors(local.actors)
    return sorted(claims, key=lambda claim: (claim.span.start if claim.span else 0, claim.kind))


_DATELINE = re.compile(r"\s*([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+)*)(?:/[A-Z][A-Z'’. -]+)?,")


def _home(text: str, context: _Context) -> str | None:
    """The country the report is filed from: its dateline's ("ANTANANARIVO, Oct. 28 (Tsingy Wire)
    -", written in capitals), else that of the first known place after the headline."""
    body = text.find("\n")
    if body < 0:
        return None
    places = context.gazetteer.places
    dateline = _DATELINE.match(text, body + 1)
    first = places.lookup(dateline.group(1).title()) if dateline is not None else None
    if first is None:
        first = next((m.place for m in context.places if m.start > body), None)
    return places.country_of(first.name) if first is not None else None


@dataclass
class _Local:
    """One sentence with the date mentions, actors and places found in it."""

    sentence: Sentence
    quotes: Quotes
    dated: list[tuple[Mention, When]]
    actors: list[ActorMention]
    places: list[PlaceMention]
    #: Locations already read, by clause (the claims of one sentence share their clauses).
    located: dict[tuple[int, int], str | None] = field(default_factory=dict)
    #: The sentence's clauses, cut once (on first need) for all its claims' dates and locations.
    parts: list[tuple[int, int]] | None = None
    #: The quote and span every claim of the sentence carries, built once (on first need).
    quoted: tuple[str, Span] | None = None
    #: Where the speaker is written: a place inside it ("a rights worker in Kabul") is theirs.
    subject: tuple[int, int] | None = None
    #: Where the quotation this sentence closes was opened, when in an earlier sentence.
    opened: int | None = None

    def clauses(self, text: str) -> list[tuple[int, int]]:
        if self.parts is None:
            self.parts = dating.clauses(text, self.sentence.start, self.sentence.end, self.dated)
        return self.parts

    def quote(self, text: str) -> tuple[str, Span]:
        if self.quoted is None:
            start, end = self.sentence.start, self.sentence.end
            self.quoted = (text[start:end], Span(start=start, end=end))
        return self.quoted


def _tagger_text(text: str, read_to: int, written: list[Sentence], kept: list[Sentence]) -> str:
    """The text the date tagger reads, same length as `text[:read_to]` so offsets hold: where an
    overlong run was cut into sentences, the space at each cut becomes a line break; a sentence
    read already (a repeated body) is blanked, as it yields no claims."""
    cuts = [s.start - 1 for s in written if s.cut and 0 < s.start <= read_to and text[s.start - 1] == " "]
    dropped = [s for s in written if s.end <= read_to] if len(kept) < len(written) else []
    if not cuts and not dropped:
        return text[:read_to]
    chars = list(text[:read_to])
    for at in cuts:
        chars[at] = "\n"
    keep = {(s.start, s.end) for s in kept}
    for sentence in dropped:
        if (sentence.start, sentence.end) not in keep:
            chars[sentence.start : sentence.end] = " " * (sentence.end - sentence.start)
    return "".join(chars)


def _unique(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """Identical sentences (a body repeated in one file) are read once."""
    seen: set[str] = set()
    kept: list[Sentence] = []
    for sentence in sentences:
        key = " ".join(text[sentence.start : sentence.end].split()).lower()
        if key not in seen:
            seen.add(key)
            kept.append(sentence)
    return kept


def _sentence_claims(
    context: _Context,
    local: _Local,
    found: Attribution | None,
    speaker: Speaker | None,
    talks_before: TalksStatus | None = None,
) -> list[ClaimContent]:
    text, sentence = context.text, local.sentence
    excluded = [(m.start, m.end) for m, _ in local.dated]
    figures = find_figures(text, sentence.start, sentence.end, excluded)
    cues = find_cues(text, sentence.start, sentence.end, local.quotes.masked(6))
    groups = _groups(cues, figures)
    if (
        talks_before is not None
        and all(group.kind != "talks_status" for group in groups)
        and follows_up(text, sentence.start, sentence.end)
    ):
        groups.append(_Group("talks_status", sentence.start, "talks_follow_up", 0.7, status=talks_before))
    if not groups and found is not None and speaker is not None and local.subject is not None:
        # Said in this sentence (a quotation's earlier sentences make no statement of their own).
        focus = found.start if sentence.start <= found.start < sentence.end else sentence.start
        groups = [_Group("statement", focus, "attributed_speech", 0.7)]
        if local.opened is not None:
            # A quotation over sentences is one statement, quoted whole with its attribution.
            local.quoted = (text[local.opened : sentence.end], Span(start=local.opened, end=sentence.end))
    if not groups:
        return []
    actors = _actors(context, local)
    said = _Said(found, speaker)
    return [_claim(context, local, group, said, actors) for group in groups]


@dataclass(frozen=True)
class _Said:
    found: Attribution | None
    speaker: Speaker | None


def _groups(cues: list[Cue], figures: list[FigureHit]) -> list[_Group]:
    groups: dict[str, _Group] = {}
    counted = any(hit.figure.measure == "attacks" for hit in figures)
    for cue in cues:
        if counted and cue.kind == "attack" and cue.rule == "attack_plural":
            continue
        known = groups.get(cue.kind)
        if known is None or cue.start < known.focus:
            groups[cue.kind] = _Group(cue.kind, cue.start, cue.rule, cue.confidence)
    for hit in figures:
        kind = figure_kind(hit.figure.measure)
        group = groups.setdefault(kind, _Group(kind, hit.start, f"figure_{hit.rule}", hit.confidence))
        group.figures.append(hit)
    return sorted(groups.values(), key=lambda group: group.focus)


def _claim(
    context: _Context, local: _Local, group: _Group, said: _Said, actors: tuple[str, ...]
) -> ClaimContent:
    found, speaker, sentence = said.found, said.speaker, local.sentence
    # An act's subject speaks for the claims of kinds an act makes, from where it is written on:
    # in "Talks ... collapsed on Saturday after the union demanded ...", the talks are the outlet's.
    attributed = (
        found is not None
        and speaker is not None
        and (found.scope == "sentence" or (group.kind in ACT_KINDS and group.focus >= found.start))
    )
    name = speaker.name if attributed and speaker is not None else context.publisher
    speaker_rule = found.rule if attributed and found is not None else "outlet"
    speaker_confidence = (
        min(found.confidence, speaker.confidence) if attributed and found and speaker else 0.9
    )
    figure_confidence = min((hit.confidence for hit in group.figures), default=1.0)
    confidence = round(group.confidence * speaker_confidence * figure_confidence, 2)
    quoted = local.quotes.spans() if group.kind == "statement" else []
    bounds = (sentence.start, sentence.end)
    when = dating.govern(
        context.text,
        bounds,
        group.focus,
        local.dated,
        event=group.kind in _EVENT_KINDS,
        act=group.kind in ACT_KINDS,
        skip=quoted,
        # Clauses only matter where a date is written: an undated sentence is not cut for them.
        parts=local.clauses(context.text) if local.dated else None,
    )
    quote, span = local.quote(context.text)
    location = _location(context, local, group)
    return ClaimContent(
        kind=group.kind,
        speaker=name,
        quote=quote,
        span=span,
        figures=tuple(_figures(group)),
        when=when,
        location=location,
        place_path=_place_path(context, location) if location else (),
        actors=actors,
        talks_status=_talks_status(context.text, bounds, group),
        coded_by=_coded_by(f"{group.rule}+{speaker_rule}", confidence),
    )


def _talks_status(text: str, bounds: tuple[int, int], group: _Group) -> TalksStatus | None:
    if group.kind != "talks_status":
        return None
    return group.status or talks_status(text, *bounds)


#: `CodedBy` is frozen and takes few values (a rule and a rounded confidence): one of each is
#: built and shared by every claim coded so.
_CODED_BY: dict[tuple[str, float], CodedBy] = {}


def _coded_by(rule: str, confidence: float) -> CodedBy:
    coded = _CODED_BY.get((rule, confidence))
    if coded is None:
        if len(_CODED_BY) >= 4096:
            _CODED_BY.clear()
        coded = _CODED_BY[rule, confidence] = CodedBy(
            kind="extractor", name=EXTRACTOR_NAME, version=EXTRACTOR_VERSION, rule=rule, confidence=confidence
        )
    return coded


def _place_path(context: _Context, location: str) -> tuple[str, ...]:
    path = context.paths.get(location)
    if path is None:
        path = context.paths[location] = context.gazetteer.places.path(location)
    return path


def _location(context: _Context, local: _Local, group: _Group) -> str | None:
    if group.kind not in LOCATED_KINDS:
        return None
    bounds = (local.sentence.start, local.sentence.end)
    parts = local.clauses(context.text)
    index = next((i for i, part in enumerate(parts) if part[0] <= group.focus < part[1]), None)
    clause = parts[index] if index is not None else bounds
    place = _located(context, local, clause)
    if place is None and index is not None and index + 1 < len(parts):
        # "wounded three soldiers who were escorting a boat near the settlement of Eteringbang":
        # a relative clause on the people the claim is about says where they were.
        following = parts[index + 1]
        if dating.opens_relative(context.text, following[0]):
            place = _located(context, local, following)
    return place


def _located(context: _Context, local: _Local, clause: tuple[int, int]) -> str | None:
    if clause not in local.located:
        actors = [(mention.start, mention.end) for mention in local.actors]
        local.located[clause] = locate(context.text, clause, local.places, actors, context.gazetteer,
                                       local.subject)  # fmt: skip
    return local.located[clause]


def _figures(group: _Group) -> list[Figure]:
    return [hit.figure for hit in group.figures]


def _actors(context: _Context, local: _Local) -> tuple[str, ...]:
    """Canonical actors named in the sentence; a state named as a place ("in Baghdad") is not one."""
    names: list[str] = []
    for mention in local.actors:
        before = context.text[max(local.sentence.start, mention.start - 12) : mention.start]
        if mention.actor.type == "state" and _LOCATIVE.search(before):
            continue
        if mention.actor.name not in names:
            names.append(mention.actor.name)
    return tuple(names)
