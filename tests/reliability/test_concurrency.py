"""Four processes ingesting overlapping sets of reports into one store at once (issue 8)."""

from __future__ import annotations

import json
import os
import random
import subprocess
from pathlib import Path

import pytest

from application.service import Dateline
from application.store import store_env
from tests.conftest import DATELINE
from tests.reliability.corpus import write_manifest

REPORTS, WRITERS = 60, 4


@pytest.mark.slow
def test_four_writers_with_overlapping_sets_store_each_report_once(store: str, tmp_path: Path) -> None:
    corpus = write_manifest(tmp_path / "all.jsonl", REPORTS).read_text(encoding="utf-8").splitlines()
    rng = random.Random(5)
    manifests = []
    for writer in range(WRITERS):
        subset = rng.sample(corpus, k=REPORTS * 2 // 3)
        path = tmp_path / f"writer{writer}.jsonl"
        path.write_text("\n".join(subset) + "\n", encoding="utf-8")
        manifests.append(path)
    # With DATELINE_DEBUG an internal error prints its traceback, which the assertion shows.
    env = {**os.environ, "DATELINE_DEBUG": "1"}
    processes = [subprocess.Popen([str(DATELINE), "ingest", "--manifest", str(m), "--store", store, "--json"],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
                 for m in manifests]
    outcomes = [p.communicate(timeout=600) for p in processes]
    assert [p.returncode for p in processes] == [0] * WRITERS, [err for _, err in outcomes]
    created = sum(f["created"] for out, _ in outcomes for f in json.loads(out)["filed"])
    covered = {line for m in manifests for line in m.read_text(encoding="utf-8").splitlines()}
    assert created == len(covered)
    app = Dateline(store_env(store))
    assert len(app.catalog().reports) == len(covered)
    assert not app.verify().problems
    app.close()
