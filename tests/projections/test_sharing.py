"""Equal parts of claim contents held once (`projections.sharing`): a catalog loaded from a real
store shares them, and a shared part is always written as the part it stands for."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from cli.wiring import open_app
from projections import sharing
from projections.rows import dump
from tests.conftest import Run

REPO = Path(__file__).resolve().parents[2]

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=4), inner, max_size=4),
    max_leaves=12,
)


@given(st.lists(JSON, max_size=6))
def test_a_shared_value_is_written_as_the_value_it_stands_for(values: list[Any]) -> None:
    for value in values:
        kept = sharing.shared(value)
        assert kept == value
        assert json.dumps(kept) == json.dumps(value)  # integers past 64 bits too


@pytest.mark.parametrize("twins", [
    ({"v": 1}, {"v": 1.0}), ({"v": 1}, {"v": True}), ({"v": 0.0}, {"v": -0.0}),
    ({"a": 1, "b": 2}, {"b": 2, "a": 1}), ([1], [True]),
])  # fmt: skip
def test_values_python_finds_equal_but_json_writes_apart_are_kept_apart(twins: tuple[Any, Any]) -> None:
    first, second = (sharing.shared(twin) for twin in twins)
    assert first is not second
    assert orjson.dumps(second) == orjson.dumps(twins[1])


def test_shared_content_leaves_its_argument_alone_and_shares_equal_parts() -> None:
    when = {"expression": "on Monday", "readings": []}
    one = {"kind": "attack", "when": when, "span": {"start": 0, "end": 9}}
    two = {"kind": "attack", "when": dict(when), "span": {"start": 0, "end": 9}}
    first, second = sharing.shared_content(one), sharing.shared_content(two)
    assert first == one and second == two and one["when"] is when
    assert first["when"] is second["when"]
    assert first["span"] is not second["span"]  # a span is the claim's own


@given(st.lists(JSON, max_size=6))
def test_a_value_orjson_read_is_shared_as_the_general_way_shares_it(values: list[Any]) -> None:
    """`shared_read` (a rebuild's folds) shares a dict or list exactly when `shared` does, with
    the same kept part, whichever of the two kept it first."""
    for n, value in enumerate(values):
        try:
            text = orjson.dumps(value)
        except TypeError:
            continue  # (orjson reads no such value)
        if type(value) not in (dict, list):
            continue
        one, two = orjson.loads(text), orjson.loads(text)
        ways = (sharing.shared_read, sharing.shared) if n % 2 else (sharing.shared, sharing.shared_read)
        first, second = ways[0](one), ways[1](two)
        assert second == two and orjson.dumps(second) == text
        assert second is (two if first is one else first)


def test_a_part_kept_the_general_way_is_compared_before_a_read_value_shares_it() -> None:
    inf = sharing.shared([float("inf"), 7])  # written as [null,7]
    read = sharing.shared_read(orjson.loads(b"[null,7]"))
    assert read == [None, 7] and read is not inf
    assert sharing.shared_read(orjson.loads(b"[null,7]")) is not inf


def test_the_tables_start_again_past_their_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sharing, "MAX_PARTS", 3)
    monkeypatch.setattr(sharing, "_parts", {})
    kept = [sharing.shared({"n": n}) for n in range(10)]
    assert kept == [{"n": n} for n in range(10)] and len(sharing._parts) <= 3


def test_a_catalog_loaded_from_a_real_store_holds_each_equal_part_once(
    tmp_path: Path, dateline: Any
) -> None:
    store = f"sqlite:///{tmp_path / 'dateline.db'}"
    ingested: Run = dateline("ingest", "--manifest", str(REPO / "examples" / "reports.json"), store=store)
    assert ingested.code == 0, ingested.err
    app = open_app(store)
    try:
        catalog = app.catalog()  # a new process's catalog: loaded from the stored rows
    finally:
        app.close()
    contents = [row.content for row in catalog.claims.values()]
    by_json: dict[bytes, set[int]] = {}
    for content in contents:
        by_json.setdefault(orjson.dumps(content["coded_by"]), set()).add(id(content["coded_by"]))
    assert len(contents) > len(by_json) and all(len(ids) == 1 for ids in by_json.values())
    # What a rebuild writes of the rows is what was stored: shared parts read as the originals.
    stored = {(kind, key): doc for kind, key, doc in dump(catalog, None)}
    assert all(stored[("claim", str(row.id))]["content"] == row.content for row in catalog.claims.values())
