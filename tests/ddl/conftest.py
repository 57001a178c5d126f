"""Helpers for the DDL tests: data files, the CLI runner and golden files.

Regenerate goldens with:  python -m pytest tests/ddl --update-goldens   (then review `git diff`).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from leapc.ddl.cli import ddl

HERE = Path(__file__).parent
DATA = HERE / "data"
GOLDEN = HERE / "golden"


@pytest.fixture
def run_ddl(monkeypatch):
    """Invoke the `ddl` group with the working directory at tests/ddl/data (stable paths)."""
    monkeypatch.chdir(DATA)

    def run(*args: str):
        return CliRunner().invoke(ddl, list(args), catch_exceptions=False)
    return run


@pytest.fixture
def golden(request):
    update = request.config.getoption("--update-goldens")

    def check(name: str, actual: str) -> None:
        path = GOLDEN / name
        if update or not path.exists():
            path.write_text(actual, encoding="utf-8")
            if not update:
                pytest.fail(f"golden {name} was missing and has been written; review and re-run")
            return
        assert actual == path.read_text(encoding="utf-8"), \
            f"{name} differs from its golden (regenerate with --update-goldens and review)"
    return check


def diff_json(result) -> dict:
    return json.loads(result.output)


def signature(doc: dict) -> set[tuple]:
    return {(d["table"], d["column"], d["kind"], d["severity"]) for d in doc["differences"]}
