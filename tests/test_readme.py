"""The README's commands work as written on a fresh machine: nothing assumes an activated virtualenv."""

from __future__ import annotations

import re

from generator import failures
from tests.conftest import REPO


def shell_lines() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)```", text, re.S)
    return [line.strip() for block in blocks for line in block.splitlines() if line.strip()]


PYTHON_TOOLS = re.compile(r"^(?:python3?|pip3?|mkdocs|zensical|diplomacy-site|pytest)\b")
"""Commands that resolve to whichever Python is first on PATH unless a path names the venv's."""


def test_every_command_runs_the_projects_own_python() -> None:
    lines = shell_lines()
    assert lines
    for line in lines:
        for command in re.split(r"&&|\\$", line):
            command = command.strip()
            if command and PYTHON_TOOLS.match(command):
                assert command.startswith("python3 -m venv "), line


def test_messages_suggest_the_readmes_command() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert f"{failures.RUN} check" in readme
    assert failures.SETUP in readme.replace(" && .venv/bin/mkdocs serve", "")
    assert "constraints.txt" in readme and "Reproducible installs" in readme
