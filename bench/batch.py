#!/usr/bin/env python3
"""Batch throughput: a generated repository of a few thousand varied Teradata scripts converted
single-process, with all cores, and again with the cache warm; raw sqlglot on the same files in
the same run is the baseline.

The scripts mix DDL, DML, QUALIFY, macros, BTEQ control flow, COLLECT STATS, templated names
(`${DB}`, `{schema}`), comments and a share of broken statements, in .sql/.bteq/.btq/.ksh files
spread over nested folders.  Prints files/s and statements/s for each run and the ratios:
leapc / sqlglot (time), all cores vs one, warm cache vs cold.

Usage: python bench/batch.py [--files 3000] [--jobs N] [--target redshift|pyspark] [--keep DIR]"""
from __future__ import annotations

import argparse
import logging
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

import sqlglot
from sqlglot.errors import ErrorLevel

from leapc.batch import Batch
from leapc.cache import ConversionCache
from leapc.convert import discover, write_atomically

COLS = "(id INTEGER NOT NULL, name VARCHAR(40) CHARACTER SET LATIN NOT CASESPECIFIC, amt DECIMAL(12,2), " \
       "qty INTEGER, dt DATE FORMAT 'YYYY-MM-DD', ts TIMESTAMP(0))"


def _statement(rnd: random.Random, t: str) -> str:
    shapes = [
        lambda: f"CREATE MULTISET TABLE {t}, NO FALLBACK {COLS} PRIMARY INDEX (id);",
        lambda: f"CREATE VOLATILE TABLE vt_{rnd.randint(1, 9)} AS (SELECT id, amt FROM {t}) WITH DATA "
                f"ON COMMIT PRESERVE ROWS;",
        lambda: f"INSERT INTO {t} VALUES ({rnd.randint(1, 999)}, 'n{rnd.randint(1, 99)}', 1.25, 3, "
                f"DATE '2024-01-1{rnd.randint(0, 9)}', TIMESTAMP '2024-01-01 10:00:00');",
        lambda: f"INS INTO {t} SEL id, name, amt, qty / 2, ADD_MONTHS(dt, 1), ts FROM {t} "
                f"QUALIFY ROW_NUMBER() OVER (PARTITION BY id ORDER BY ts DESC) = 1;",
        lambda: f"UPDATE {t} SET amt = amt * 1.1 WHERE name = 'n{rnd.randint(1, 99)}';",
        lambda: f"SEL id, ZEROIFNULL(amt) AS a, INDEX(name, 'x') AS p FROM {t} WHERE amt > 10 ORDER BY 1;",
        lambda: f"DEL FROM {t} WHERE qty MOD 7 = 0;",
        lambda: f"COLLECT STATISTICS ON {t} COLUMN (id);",
        lambda: f"/* nightly load */\nSELECT TOP 10 * FROM {t} SAMPLE 100;",
        lambda: f"SELECT CAST(amt AS DECIMAL(8,2)) (FORMAT 'ZZZ9.99') FROM {t};",
        lambda: "SELECT FROM WHERE;",                                   # broken on purpose
        lambda: f"SELECT * FROM ${{DB}}.{t.split('.')[-1]} WHERE id = 1;",  # templated name
        lambda: f"SELECT * FROM {{schema}}.{t.split('.')[-1]};",
        lambda: f"MERGE INTO {t} tgt USING stage.s src ON tgt.id = src.id WHEN MATCHED THEN UPDATE SET amt = "
                f"src.amt WHEN NOT MATCHED THEN INSERT (id, amt) VALUES (src.id, src.amt);",
    ]
    return rnd.choice(shapes)()


def generate(root: Path, files: int, seed: int = 11) -> int:
    """Write `files` scripts under root; returns the number of statements written."""
    rnd = random.Random(seed)
    statements = 0
    for i in range(files):
        folder = root / f"area{i % 7}" / f"team{i % 13}"
        folder.mkdir(parents=True, exist_ok=True)
        kind = rnd.choice([".sql", ".sql", ".sql", ".bteq", ".btq", ".ksh"])
        tables = [f"edw{rnd.randint(1, 5)}.t{rnd.randint(1, 200)}" for _ in range(3)]
        lines = [f"-- generated script {i}"]
        if kind in (".bteq", ".btq", ".ksh"):
            lines += [".LOGON tdprod/etl_user,secret;", ".SET ERRORLEVEL 3807 SEVERITY 0;"]
        n = rnd.randint(3, 25)
        for j in range(n):
            lines.append(_statement(rnd, rnd.choice(tables)))
            if kind != ".sql" and j % 5 == 4:
                lines.append(".IF ERRORCODE <> 0 THEN .QUIT 8;")
        if kind != ".sql":
            lines += [".LOGOFF;", ".QUIT 0;"]
        statements += n
        (folder / f"script_{i:05d}{kind}").write_text("\n".join(lines) + "\n")
    return statements


def raw_sqlglot(files, write: str) -> float:
    """sqlglot.transpile of each file's SQL lines (BTEQ dot-lines dropped), errors ignored."""
    logging.getLogger("sqlglot").setLevel(logging.ERROR)
    t0 = time.perf_counter()
    for source, _ in files:
        text = "\n".join(l for l in source.read_text().splitlines() if not l.startswith("."))
        try:
            sqlglot.transpile(text, read="teradata", write=write, error_level=ErrorLevel.IGNORE)
        except Exception:  # noqa: BLE001 - sqlglot raises on some broken input even when told not to
            pass
    return time.perf_counter() - t0


def run(files, target: str, out: Path, jobs: int, cache: ConversionCache | None) -> tuple[float, list]:
    shutil.rmtree(out, ignore_errors=True)

    def write(result):
        for rel, text in result.outputs.items():
            write_atomically(out / rel, text)

    t0 = time.perf_counter()
    results = Batch(target, jobs=jobs, timeout=120, cache=cache, on_result=write).run(files)
    return time.perf_counter() - t0, results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=3000)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--target", choices=["redshift", "pyspark"], default="redshift")
    ap.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="leapc-bench-"))
    src = a.keep or work / "src"
    src.mkdir(parents=True, exist_ok=True)
    n_statements = generate(src, a.files)
    files = discover([src])
    size = sum(p.stat().st_size for p, _ in files)
    print(f"{len(files)} files, {n_statements} statements, {size / 1024 / 1024:.1f} MiB; target {a.target}; "
          f"{a.jobs} cores")

    base = raw_sqlglot(files, "redshift" if a.target == "redshift" else "spark")
    single, results = run(files, a.target, work / "out1", 1, None)
    parallel, _ = run(files, a.target, work / "outN", a.jobs, None)
    cache_dir = work / "cache"
    cold, _ = run(files, a.target, work / "outC", a.jobs, ConversionCache(cache_dir))
    warm_cache = ConversionCache(cache_dir)
    warm, _ = run(files, a.target, work / "outW", a.jobs, warm_cache)

    failed = sum(r.failed for r in results)
    crashed = sum(any(d.code in ("LEAPC-E004", "LEAPC-E006", "LEAPC-E007") for d in r.diagnostics) for r in results)

    def line(label, secs):
        print(f"{label:34s} {secs:7.2f} s  {len(files) / secs:8.0f} files/s  {n_statements / secs:8.0f} stmt/s  "
              f"{secs / base:5.2f}x sqlglot")

    line("raw sqlglot.transpile, 1 process", base)
    line("leapc, 1 process", single)
    line(f"leapc, {a.jobs} processes", parallel)
    line(f"leapc, {a.jobs} processes, cold cache", cold)
    line(f"leapc, {a.jobs} processes, warm cache", warm)
    print(f"all cores vs one: {single / parallel:.2f}x faster; warm cache: {warm / cold:.1%} of the cold run "
          f"({warm_cache.hits} hits); {failed} files with errors, {crashed} internal errors/timeouts/crashes")
    shutil.rmtree(work, ignore_errors=True)
    sys.exit(0)


if __name__ == "__main__":
    main()
