"""The docs cannot rot: every documented command runs, and prints what the docs say."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.docs.runner import DOCS, REPO, fresh_env, mask, run, steps

DOCUMENTED = [doc for doc in DOCS if steps(doc.read_text(encoding="utf-8"))]


def test_the_readme_and_user_guide_carry_runnable_examples() -> None:
    names = {doc.name for doc in DOCUMENTED}
    assert {"README.md", "user-guide.md"} <= names


@pytest.mark.parametrize("doc", DOCUMENTED, ids=lambda p: str(p.relative_to(REPO)))
def test_documented_output_is_real_output(doc: Path, tmp_path: Path) -> None:
    env = fresh_env(tmp_path)
    for step in steps(doc.read_text(encoding="utf-8")):
        actual = run(step.command, env)
        assert mask(actual) == mask(step.expected), f"{doc.name}: $ {step.command}"
