"""The seed scenario of issue 5, restated in our own words and coded by hand through the aggregates.

Two outlets on 8 February 2024: one reports the 2 February strikes with "at least 16" killed
and 36 injured, the other with 17 killed and 25 injured; the 7 February Baghdad strike killed 3;
a drone attack in Jordan late in January killed 3 soldiers; talks are ongoing; a militia leader
called for withdrawal on 8 February, which both outlets report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from uuid import UUID

from tests.projections.world import World, day, fig

FIRST = """Militia chief wants foreign troops out
The militia chief on Thursday called for the prompt withdrawal of coalition forces.
A drone strike in a Baghdad district late on Wednesday killed three people.
On Friday night the retaliation campaign hit sites in the west,
killing at least 16 PMF fighters and wounding another 36.
The raids answered last month's drone attack on a base in Jordan that killed three American soldiers.
The capital is currently engaged in talks with the coalition about ending its mission."""

SECOND = """Leader urges full exit of foreign forces
The militia leader urged the government to ask the Security Council for an immediate
withdrawal of foreign forces.
A strike on Wednesday evening east of the capital killed a commander.
Last week the first raid hit a headquarters in the west,
killing 17 members of the PMF's brigade and injuring 25."""


@dataclass
class Seed:
    world: World
    ids: dict[str, UUID] = field(default_factory=dict)


def build_seed() -> Seed:
    w = World()
    seed = Seed(w)
    ids = seed.ids
    a = ids["first"] = w.report("Rudaw", "2024-02-08", FIRST)
    b = ids["second"] = w.report("Shafaq News", "2024-02-08", SECOND)
    friday_night = day("2024-02-02T18:00", "2024-02-03T06:00", expression="Friday night",
                       granularity="part_of_day")
    last_week = day("2024-01-29", "2024-02-05", expression="last week", granularity="week")
    wednesday_late = day("2024-02-07T20:00", "2024-02-08T00:00", expression="late on Wednesday",
                         granularity="part_of_day")
    ids["a_killed"] = w.claim(
        a, "casualties", "killing at least 16 PMF fighters and wounding another 36", speaker="Rudaw",
        figures=[fig("killed", 16, "at_least", "PMF fighters"), fig("injured", 36)], when=friday_night,
        location="Anbar", actors=["United States", "PMF"])
    ids["a_strike"] = w.claim(a, "strike", "the retaliation campaign hit sites in the west",
                              speaker="Rudaw", when=friday_night, location="Anbar")
    ids["b_killed"] = w.claim(
        b, "casualties", "killing 17 members of the PMF's brigade and injuring 25", speaker="Shafaq News",
        figures=[fig("killed", 17, party="members of the PMF's brigade"), fig("injured", 25)],
        when=last_week, location="Anbar")
    w.incident("feb2", "strike", ids["a_strike"], ids["a_killed"], ids["b_killed"])
    ids["a_baghdad"] = w.claim(a, "casualties", "A drone strike in a Baghdad district late on Wednesday "
                               "killed three people", speaker="Rudaw", figures=[fig("killed", 3)],
                               when=wednesday_late, location="Baghdad")
    ids["b_baghdad"] = w.claim(b, "strike", "A strike on Wednesday evening east of the capital killed a "
                               "commander", speaker="Shafaq News",
                               when=day("2024-02-07T18:00", "2024-02-08T00:00", granularity="part_of_day"),
                               location="Baghdad")
    w.incident("feb7", "strike", ids["a_baghdad"], ids["b_baghdad"])
    ids["a_jordan"] = w.claim(
        a, "casualties", "drone attack on a base in Jordan that killed three American soldiers",
        speaker="Rudaw", figures=[fig("killed", 3, party="American soldiers")],
        when=day("2024-01-21", "2024-02-01", expression="late last month", granularity="month"),
        location="Jordan")
    w.incident("jordan", "attack", ids["a_jordan"])
    ids["talks"] = w.claim(a, "talks_status", "The capital is currently engaged in talks with the "
                           "coalition about ending its mission", speaker="Rudaw")
    ids["call_a"] = w.claim(a, "call_for_withdrawal", "called for the prompt withdrawal of coalition forces",
                            speaker="Qais al-Khazali", when=day("2024-02-08", expression="Thursday"))
    ids["call_b"] = w.claim(b, "call_for_withdrawal", "urged the government to ask the Security Council",
                            speaker="Qais Al-Khazali")
    return seed
