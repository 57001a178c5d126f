#!/usr/bin/env python3
"""Throughput of `leapc` against raw sqlglot on the same generated Teradata script.

Generates a script of about 5,000 statements (DDL, INSERT ... VALUES, INSERT ... SELECT with
QUALIFY, UPDATE, date and string functions), then measures in the same run:
  - raw `sqlglot.transpile(read="teradata", write=<target>)` of the whole text (the baseline),
  - leapc's conversion of the same text to Redshift and to PySpark,
and prints statements per second and the ratio leapc / sqlglot (lower is better).

Usage: python bench/transpile.py [--statements 5000] [--repeat 3] [--profile]"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import time

import sqlglot

from leapc.convert import convert_text


def generate(n: int, seed: int = 7) -> str:
    rnd = random.Random(seed)
    parts = []
    tables = [f"edw.t{i}" for i in range(max(1, n // 50))]
    for t in tables:
        parts.append(f"CREATE MULTISET TABLE {t}, NO FALLBACK (id INTEGER NOT NULL, name VARCHAR(40) "
                     f"CHARACTER SET LATIN NOT CASESPECIFIC, amt DECIMAL(12,2), qty INTEGER, dt DATE FORMAT "
                     f"'YYYY-MM-DD', ts TIMESTAMP(0)) PRIMARY INDEX (id);")
    shapes = [
        lambda t: f"INSERT INTO {t} VALUES ({rnd.randint(1, 999)}, 'n{rnd.randint(1, 99)}', {rnd.randint(1, 999)}.25, "
                  f"{rnd.randint(1, 50)}, DATE '2024-0{rnd.randint(1, 9)}-1{rnd.randint(0, 9)}', TIMESTAMP '2024-01-01 10:00:00');",
        lambda t: f"INSERT INTO {t} SELECT id, name, amt, qty / 2, ADD_MONTHS(dt, 1), ts FROM {t} "
                  f"QUALIFY ROW_NUMBER() OVER (PARTITION BY id ORDER BY ts DESC) = 1;",
        lambda t: f"UPDATE {t} SET amt = amt * 1.1 WHERE name = 'n{rnd.randint(1, 99)}' AND dt > 1240101;",
        lambda t: f"SEL id, ZEROIFNULL(amt) AS a, INDEX(name, 'x') AS p, dt - DATE '2024-01-01' AS d FROM {t} "
                  f"WHERE a > 10 ORDER BY 1;",
        lambda t: f"DELETE FROM {t} WHERE qty MOD 7 = 0;",
    ]
    while len(parts) < n:
        parts.append(rnd.choice(shapes)(rnd.choice(tables)))
    return "\n".join(parts) + "\n"


def timed(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--statements", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", action="store_true", help="print where leapc spends its time")
    a = ap.parse_args()
    text = generate(a.statements)
    n = text.count(";\n")
    print(f"{n} statements, {len(text) / 1024:.0f} KiB of Teradata SQL (best of {a.repeat})")
    for target, write in (("redshift", "redshift"), ("pyspark", "spark")):
        base = timed(lambda: sqlglot.transpile(text, read="teradata", write=write), a.repeat)
        ours = timed(lambda: convert_text(text, "bench.sql", target), a.repeat)
        print(f"{target:9s} sqlglot {n / base:8.0f} stmt/s   leapc {n / ours:8.0f} stmt/s   "
              f"ratio leapc/sqlglot {ours / base:5.2f}x")
    if a.profile:
        prof = cProfile.Profile()
        prof.runcall(convert_text, text, "bench.sql", "redshift")
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
