#!/usr/bin/env python3
"""Compute expected.json for corpus cases by running each reference.duckdb.sql in DuckDB.

The reference is a hand translation of the Teradata script into DuckDB that reproduces
Teradata's semantics; its last statement is a SELECT of the case's result table.

Usage: python corpus/make_expected.py [case_dir ...]   (default: every corpus case)"""
from __future__ import annotations

import datetime
import decimal
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _json_value(v):
    if isinstance(v, decimal.Decimal):
        return format(v, "f")
    if isinstance(v, datetime.datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S") + (f".{v.microsecond:06d}" if v.microsecond else "")
    if isinstance(v, (datetime.date, datetime.time)):
        return v.isoformat()
    return v


def run(case_dir: Path) -> None:
    import duckdb

    con = duckdb.connect()
    statements = [s for s in (case_dir / "reference.duckdb.sql").read_text().split(";\n") if s.strip()]
    for stmt in statements[:-1]:
        con.execute(stmt)
    cur = con.execute(statements[-1])
    columns = [d[0] for d in cur.description]
    rows = [[_json_value(v) for v in row] for row in cur.fetchall()]
    lines = ["{", f'  "columns": {json.dumps(columns)},', '  "rows": [']
    lines += [f"    {json.dumps(r)}" + ("," if i < len(rows) - 1 else "") for i, r in enumerate(rows)]
    lines += ["  ]", "}"]
    (case_dir / "expected.json").write_text("\n".join(lines) + "\n")
    print(f"{case_dir.relative_to(HERE)}: {len(rows)} rows")


if __name__ == "__main__":
    targets = [Path(a).resolve() for a in sys.argv[1:]] or sorted(p.parent for p in HERE.glob("*/*/reference.duckdb.sql"))
    for case in targets:
        run(case)
