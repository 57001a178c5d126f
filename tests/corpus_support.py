"""The corpus: our own Teradata scripts, one folder per construct, each case with the rows
Teradata returns (computed from a DuckDB reference written to Teradata's semantics) and
golden outputs for both targets."""
from __future__ import annotations

import datetime as dt
import decimal
import importlib.util
import json
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
TARGETS = ("redshift", "pyspark")


@dataclass
class Case:
    path: Path

    @property
    def id(self) -> str:
        return str(self.path.relative_to(CORPUS))

    @property
    def meta(self) -> dict:
        return json.loads((self.path / "case.json").read_text())

    @property
    def source(self) -> Path:
        return next(p for p in sorted(self.path.glob("input.*")))

    @property
    def expected(self) -> dict | None:
        f = self.path / "expected.json"
        return json.loads(f.read_text()) if f.exists() else None

    def golden(self, target: str, suffix: str) -> Path:
        return self.path / "golden" / f"{target}{suffix}"


def cases() -> list[Case]:
    return [Case(p.parent) for p in sorted(CORPUS.glob("*/*/case.json"))]


def convert(case: Case, target: str) -> dict[str, str]:
    from leapc.convert import convert_text

    outputs, _ = convert_text(case.source.read_text(), case.source.name, target)
    return outputs


def load_module(path: Path):
    spec = importlib.util.spec_from_file_location(f"corpus_{uuid.uuid4().hex[:8]}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def call_run(fn, *args) -> None:
    try:
        fn(*args)
    except SystemExit as e:
        if e.code not in (0, None):
            raise AssertionError(f"job ended with exit status {e.code}") from None


# ----------------------------------------------------------------------------- row comparison


def _cell(v):
    if v is None or isinstance(v, bool):
        return v
    if isinstance(v, (int, float, decimal.Decimal)):
        return decimal.Decimal(str(v)).normalize()
    if isinstance(v, dt.datetime):
        text = v.replace(tzinfo=None).isoformat(sep=" ")
        return text[:-7] if text.endswith(".000000") else text
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, str):
        if re.fullmatch(r"-?\d+(\.\d+)?", v):
            return decimal.Decimal(v).normalize()
        return v.rstrip(" ")
    return str(v)


def normalise(rows) -> list[tuple]:
    return [tuple(_cell(c) for c in row) for row in rows]


def assert_rows(got, want, ordered: bool) -> None:
    got_n, want_n = normalise(got), normalise(want)
    if not ordered:
        key = lambda r: json.dumps([str(c) for c in r])  # noqa: E731
        got_n, want_n = sorted(got_n, key=key), sorted(want_n, key=key)
    assert got_n == want_n, f"rows differ:\n got  {got_n}\n want {want_n}"
