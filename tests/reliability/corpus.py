"""Small reports in our own words for load and crash tests: varied enough that each text is
unique and that the extractor finds dated, attributed figures in each."""

from __future__ import annotations

import json
import random
from pathlib import Path

PLACES = ["Kherson", "Goma", "El Fasher", "Marib", "Sittwe", "Gao", "Idlib", "Kismayo"]
ACTORS = ["the army", "a local official", "the health ministry", "a rebel spokesman", "witnesses"]
DAYS = ["on Monday", "on Tuesday", "late on Wednesday", "on Thursday night", "early Friday", "last week"]
ZONES = ["Europe/Kyiv", "Africa/Lubumbashi", "Africa/Khartoum", "Asia/Aden", "Asia/Yangon", "UTC"]


def report(n: int, rng: random.Random) -> dict[str, object]:
    place, actor, day = rng.choice(PLACES), rng.choice(ACTORS), rng.choice(DAYS)
    killed, injured = rng.randint(1, 60), rng.randint(0, 90)
    text = (
        f"Shelling hits {place} (dispatch {n})\n"
        f"Shelling hit {place} {day}, killing at least {killed} people and wounding {injured}, "
        f"{actor} said.\n"
        f"It was the {n}th such attack reported by this desk, according to the town council.\n"
    )
    return {"publisher": f"Desk {n % 7}", "published": f"2024-03-{1 + n % 28:02d}",
            "timezone": rng.choice(ZONES), "text": text}


def write_manifest(path: Path, count: int, seed: int = 7) -> Path:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as handle:
        for n in range(count):
            handle.write(json.dumps(report(n, rng)) + "\n")
    return path
