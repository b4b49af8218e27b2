"""Stored read models: applied incrementally, exactly once, equal to a full rebuild, and the
same on SQLite and PostgreSQL (issue 5)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import UUID

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from application.filing import prepare, validate_meta
from application.service import Dateline
from application.store import store_env
from domain.errors import Conflict
from projections.catalog import Catalog
from projections.rows import dump
from tests.app.fakes import coded_lines
from tests.conftest import PG_SKIP_REASON, PG_URL, _pg_schema_url

DAYS = ["2024-02-02", "2024-02-03", "2024-02-07"]
PLACES = ["Anbar", "Baghdad", "Jordan"]

line = st.tuples(st.sampled_from(["strike", "casualties", "attack"]), st.sampled_from(DAYS),
                 st.sampled_from(PLACES), st.integers(1, 40)).map(lambda t: " ".join(map(str, t)))
report = st.tuples(st.sampled_from(["Wire A", "Wire B", "Wire C"]), st.lists(line, min_size=1, max_size=4))
step = st.one_of(
    st.tuples(st.just("file"), report),
    st.tuples(st.sampled_from(["accept", "reject", "retract", "unlink"]), st.integers(0, 50)),
    st.tuples(st.just("merge"), st.tuples(st.integers(0, 20), st.integers(0, 20))),
)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2024, 3, 1, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def snapshot(catalog: Catalog) -> list[tuple[str, str, dict[str, object]]]:
    return sorted(dump(catalog, {*catalog.reports, *catalog.claims, *catalog.incidents}),
                  key=lambda row: (row[0], row[1]))


def fold(app: Dateline) -> Catalog:
    return Catalog.build(app.stored_events())


def play(app: Dateline, steps: list[tuple[str, object]]) -> None:
    """Runs analyst-like commands; commands the domain refuses are simply refused."""
    for name, arg in steps:
        catalog = app.catalog()
        claims, incidents = sorted(catalog.claims, key=str), sorted(catalog.incidents, key=str)
        try:
            if name == "file":
                publisher, lines = arg  # type: ignore[misc]
                meta = validate_meta({"publisher": publisher, "published": "2024-02-08",
                                      "timezone": "Asia/Baghdad"}, origin="t")
                app.file_report(prepare("Headline\n" + "\n".join(lines), meta, origin="t",
                                        now=datetime(2024, 3, 1, tzinfo=UTC)))
            elif claims and name in ("accept", "reject", "retract", "unlink"):
                target = claims[int(arg) % len(claims)]  # type: ignore[call-overload]
                if name == "accept":
                    app.accept_claim(target, by="x")
                elif name == "reject":
                    app.reject_claim(target, by="x", reason="r")
                elif name == "retract":
                    app.retract_claim(target, by="x", reason="r")
                else:
                    app.unlink_claim(target, by="x", reason="r")
            elif name == "merge" and len(incidents) > 1:
                a, b = arg  # type: ignore[misc]
                app.merge_incidents(incidents[a % len(incidents)], incidents[b % len(incidents)], by="x")
        except Conflict:
            pass


def new_app(url: str) -> Dateline:
    return Dateline(store_env(url), clock=Clock(), extractor=coded_lines)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(step, min_size=1, max_size=12))
def test_incremental_views_equal_a_full_fold_after_any_commands(tmp_path_factory, steps) -> None:
    url = f"sqlite:///{tmp_path_factory.mktemp('s') / 'd.db'}"
    app = new_app(url)
    play(app, steps)
    assert snapshot(app.catalog()) == snapshot(fold(app))
    fresh = new_app(url)  # loads the stored rows, applies nothing new
    assert snapshot(fresh.catalog()) == snapshot(fold(app))
    fresh.rebuild()
    assert snapshot(fresh.catalog()) == snapshot(fold(app))


@pytest.mark.postgres
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(step, min_size=1, max_size=10))
def test_sqlite_and_postgresql_give_the_same_views(tmp_path_factory, steps) -> None:
    if PG_URL is None:
        pytest.skip(PG_SKIP_REASON)
    schema = _pg_schema_url()
    pg = next(schema)
    try:
        lite = new_app(f"sqlite:///{tmp_path_factory.mktemp('s') / 'd.db'}")
        post = new_app(pg)
        play(lite, steps)
        play(post, steps)
        assert snapshot(lite.catalog()) == snapshot(post.catalog())
        post.close()
    finally:
        next(schema, None)


def test_an_update_that_dies_midway_is_resumed_and_applied_once(sqlite_store: str) -> None:
    app = new_app(sqlite_store)
    play(app, [("file", ("Wire A", ["strike 2024-02-02 Anbar 5", "casualties 2024-02-02 Anbar 6"]))])
    crashing = new_app(sqlite_store)
    play(crashing, [("file", ("Wire B", ["strike 2024-02-03 Anbar 7"]))])

    def die(*_: object) -> bool:
        raise RuntimeError("killed mid-update")

    victim = new_app(sqlite_store)
    victim.views.write = die  # type: ignore[method-assign]
    with pytest.raises(RuntimeError):
        victim.catalog()
    survivor = new_app(sqlite_store)
    assert snapshot(survivor.catalog()) == snapshot(fold(survivor))
    assert len(survivor.catalog().reports) == 2


def test_rows_written_by_one_process_are_read_by_another_without_refolding(sqlite_store: str) -> None:
    writer = new_app(sqlite_store)
    play(writer, [("file", ("Wire A", ["strike 2024-02-02 Anbar 5"]))])
    writer.catalog()
    position, rows = new_app(sqlite_store).views.read()
    assert position == max(n for n, _ in writer.all_events())
    assert {kind for kind, _ in rows} == {"report", "claim", "incident"}
    assert isinstance(next(iter(writer.catalog().claims)), UUID)
