"""Property: on random data, the Redshift output (run on PostgreSQL) and the PySpark output (run
on local Spark) return the same rows, and those rows follow Teradata's rules where Python can
state them.  Many generated rows go into one table and each engine runs one script per example,
so the engines are not started per value."""
from __future__ import annotations

import datetime as dt
import decimal

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.corpus_support import load_module, normalise
from tests.infra.redshift_on_postgres import split_statements, to_postgres
from tests.infra.services import fresh_database
from leapc.convert import convert_text

ints = st.one_of(st.none(), st.integers(-10_000, 10_000))
nonzero = st.one_of(st.none(), st.integers(-50, 50).filter(lambda v: v != 0))
decimals = st.one_of(st.none(), st.decimals(-9999, 9999, places=2, allow_nan=False, allow_infinity=False))
dates = st.one_of(st.none(), st.dates(dt.date(1950, 1, 1), dt.date(2060, 12, 31)))
words = st.one_of(st.none(), st.text(alphabet="abcXYZ 0._-", max_size=12))
ROW = st.tuples(ints, nonzero, decimals, dates, dates, words)

EXPRESSIONS = [
    ("int_div", "INTEGER", "a / b"),
    ("int_mod", "INTEGER", "a MOD b"),
    ("dec_to_int", "INTEGER", "CAST(m AS INTEGER)"),
    ("day_diff", "INTEGER", "d1 - d2"),
    ("plus_days", "DATE", "d1 + 45"),
    ("add_months", "DATE", "ADD_MONTHS(d1, 13)"),
    ("last_day", "DATE", "LAST_DAY(d2)"),
    ("greatest_n", "INTEGER", "GREATEST(a, b, 0)"),
    ("zero_null", "DECIMAL(12,2)", "ZEROIFNULL(m)"),
    ("sub_str", "VARCHAR(20)", "SUBSTR(s, 0, 4)"),
    ("idx", "INTEGER", "INDEX(s, 'a')"),
    ("trimmed", "VARCHAR(20)", "TRIM(BOTH ' ' FROM s)"),
    ("pad_eq", "CHAR(1)", "CASE WHEN s = 'abc' THEN 'Y' ELSE 'N' END"),
    ("year_int", "INTEGER", "EXTRACT(YEAR FROM d1)"),
    ("date_int", "INTEGER", "CAST(d2 AS INTEGER)"),
]


def _literal(v):
    if v is None:
        return "NULL"
    if isinstance(v, dt.date):
        return f"DATE '{v.isoformat()}'"
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    return str(v)


def script_for(rows) -> str:
    lines = ["CREATE MULTISET TABLE prop.src (id INTEGER, a INTEGER, b INTEGER, m DECIMAL(8,2), "
             "d1 DATE, d2 DATE, s VARCHAR(20)) PRIMARY INDEX (id);"]
    # One INSERT ... SELECT of a UNION ALL (valid Teradata), so each engine writes once.
    selects = [f"SELECT {i}, " + ", ".join(
        f"CAST({_literal(v)} AS {t})" for v, t in zip(row, ("INTEGER", "INTEGER", "DECIMAL(8,2)", "DATE", "DATE", "VARCHAR(20)")))
        for i, row in enumerate(rows)]
    lines.append("INSERT INTO prop.src " + " UNION ALL ".join(selects) + ";")
    cols = ", ".join(f"{name} {typ}" for name, typ, _ in EXPRESSIONS)
    lines.append(f"CREATE MULTISET TABLE prop.result (id INTEGER, {cols}) PRIMARY INDEX (id);")
    lines.append(f"INSERT INTO prop.result SELECT id, {', '.join(e for _, _, e in EXPRESSIONS)} FROM prop.src;")
    return "\n".join(lines)


def teradata_int_div(a, b):
    if a is None or b is None:
        return None
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b > 0) else -q


@pytest.mark.postgres
@pytest.mark.spark
@settings(max_examples=4, deadline=None, suppress_health_check=list(HealthCheck))
@given(rows=st.lists(ROW, min_size=20, max_size=60))
def test_redshift_and_pyspark_agree(rows, pg_dsn, spark, tmp_path_factory):
    text = script_for(rows)
    redshift, _ = convert_text(text, "prop.sql", "redshift")
    pyspark, _ = convert_text(text, "prop.sql", "pyspark")

    with fresh_database(pg_dsn, prefix="p") as dsn:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute("CREATE SCHEMA prop")
            for stmt in split_statements(redshift[".sql"]):
                for pg in to_postgres(stmt):
                    conn.execute(pg)
            pg_rows = conn.execute("SELECT * FROM prop.result ORDER BY id").fetchall()

    spark.sql("DROP DATABASE IF EXISTS prop CASCADE")
    spark.sql("CREATE DATABASE prop")
    job = tmp_path_factory.mktemp("job") / "job.py"
    job.write_text(pyspark[".py"])
    load_module(job).run(spark)
    spark_rows = [tuple(r) for r in spark.sql("SELECT * FROM prop.result ORDER BY id").collect()]

    assert normalise(pg_rows) == normalise(spark_rows)
    # Teradata's rules, stated independently of both engines:
    for (i, a, b, m, d1, d2, s), row in zip([(i, *r) for i, r in enumerate(rows)], pg_rows):
        got = dict(zip(["id"] + [n for n, _, _ in EXPRESSIONS], row))
        assert got["int_div"] == teradata_int_div(a, b)
        assert got["day_diff"] == (None if d1 is None or d2 is None else (d1 - d2).days)
        assert got["dec_to_int"] == (None if m is None else int(m))  # truncation toward zero
        assert got["greatest_n"] == (None if a is None or b is None else max(a, b, 0))
        assert got["date_int"] == (None if d2 is None else (d2.year - 1900) * 10000 + d2.month * 100 + d2.day)
        if s is not None:
            assert got["pad_eq"] == ("Y" if s.rstrip(" ") == "abc" else "N")
