"""Runs the `console` blocks of the docs: every `$ dateline ...` line and the output under it.

`python -m tests.docs.runner --write` re-runs the commands and writes their real output
into the Markdown files; the test compares the two, with what legitimately varies between
runs (record timestamps, random ids of hand-coded claims) masked out.
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DOCS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
BLOCK = re.compile(r"^```console\n(.*?)^```", re.S | re.M)
_VARYING = [
    # Record times are UTC with seconds; publication times keep their own offset and stay.
    (re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:\+00:00)?(?![.\d+-])"), "<recorded>"),
    (re.compile(r"/tmp/[\w./-]+"), "<tmp>"),
]


@dataclass
class Step:
    command: str
    expected: str


def steps(markdown: str) -> list[Step]:
    return [step for block in BLOCK.findall(markdown) for step in block_steps(block)]


def block_steps(block: str) -> list[Step]:
    found = []
    for chunk in re.split(r"^\$ ", block, flags=re.M)[1:]:
        command, _, output = chunk.partition("\n")
        found.append(Step(command.strip(), output.rstrip("\n")))
    return found


def run(command: str, env: dict[str, str]) -> str:
    argv = shlex.split(command)
    if argv[0] != "dateline":
        raise ValueError(f"docs may only run dateline commands, not {argv[0]!r}")
    argv[0] = str(Path(sys.executable).with_name("dateline"))
    done = subprocess.run(argv, capture_output=True, text=True, cwd=REPO, env=env, timeout=120)
    return (done.stdout + done.stderr).rstrip("\n")


def mask(text: str) -> str:
    for pattern, placeholder in _VARYING:
        text = pattern.sub(placeholder, text)
    return text


def fresh_env(folder: Path) -> dict[str, str]:
    """Each document starts from an empty store, as a new user would."""
    return {**os.environ, "DATELINE_STORE": f"sqlite:///{folder / 'docs.db'}", "USER": "lena",
            "LOGNAME": "lena", "COLUMNS": "120"}


def rewrite(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as folder:
        env = fresh_env(Path(folder))

        def render(match: re.Match[str]) -> str:
            lines = []
            for step in block_steps(match.group(1)):
                lines += [f"$ {step.command}", run(step.command, env)]
            body = "\n".join(line for line in lines if line != "")
            return f"```console\n{body}\n```"

        path.write_text(BLOCK.sub(render, text), encoding="utf-8")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", action="store_true", help="write real output into the docs")
    args = parser.parse_args()
    for doc in DOCS:
        if args.write and steps(doc.read_text(encoding="utf-8")):
            rewrite(doc)
            print(f"rewrote {doc.relative_to(REPO)}")
