"""The README's `$ kg ...` examples print what the README says they print, on a fresh build of the examples."""
from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
KG = [sys.executable, "-c", "from kg.cli import app; app()"]
EXCERPT = "# the first paper, some of its lines"  # the README shows part of the output: each of its lines must appear


def examples() -> list[tuple[str, list[str]]]:
    """Each `$ kg ...` line of a README code block and the output lines under it."""
    found = []
    for block in re.findall(r"```[a-z]*\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S):
        lines = block.splitlines()
        for index, line in enumerate(lines):
            if line.startswith("$ kg "):
                end = next((i for i in range(index + 1, len(lines)) if lines[i].startswith("$ ")), len(lines))
                found.append((line[2:], lines[index + 1:end]))
    return [(command, output) for command, output in found if "broken.ttl" not in command]  # a hand-edited file


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    """A folder where `out` is a fresh build of examples/pages, beside the repository's examples and queries."""
    folder = tmp_path_factory.mktemp("readme")
    for name in ("examples", "queries"):
        (folder / name).symlink_to(ROOT / name)
    subprocess.run([*KG, "build", "examples/pages", "-o", "out", "-q"], cwd=folder, check=True, capture_output=True)
    return folder


def test_readme_has_examples():
    assert len(examples()) >= 6


@pytest.mark.parametrize("command, expected", examples(), ids=[command for command, _ in examples()])
def test_readme_example_prints_what_the_readme_shows(workdir, command, expected):
    words = shlex.split(command.split(EXCERPT)[0])[1:]
    result = subprocess.run([*KG, *words], cwd=workdir, capture_output=True, text=True,
                            env={**os.environ, "COLUMNS": "200"})
    printed = (result.stdout + result.stderr).splitlines()
    if EXCERPT in command:
        assert [line for line in expected if line not in printed] == []
    else:
        assert printed == expected
