"""wmg.migration: streamed, verified copies between two PostgreSQL databases; Redshift UNLOAD/COPY text."""
from __future__ import annotations

import time

import pytest

from wmg.errors import ConfigError, NotFound, PartialFailure
from tests.infra.services import fresh_database
from wmg.migration import (VerificationFailed, checksum_sql, copy_schema, copy_sql, copy_table, create_table_like,
                           table_checksum, table_columns, unload_sql, verify_copy)
from tests.infra.services import run_sql as _run


@pytest.fixture
def target_db(pg_dsn):
    """A second fresh database (the first is pg_database)."""
    with fresh_database(pg_dsn, prefix="m") as dsn:
        yield dsn


SOURCE_DDL = [
    "create schema sales",
    "create table sales.orders (id bigint primary key, customer text not null, amount numeric(12,2), "
    "placed date, at timestamptz, tags text[], note text, \"Mixed Case\" int)",
    "insert into sales.orders select g, 'c' || (g % 97), g * 1.25, date '2024-01-01' + (g % 366), "
    "timestamptz '2024-01-01 00:00:00+00' + g * interval '1 minute', array['a', 'b;c'], "
    "case when g % 10 = 0 then null else E'line\\nwith ''quote'' and \\\\ tab\\t' end, g % 3 "
    "from generate_series(1, 50000) g",
    "create table sales.empty_t (k int)",
    "create table sales.small (k int, v text)",
    "insert into sales.small values (1, 'x'), (2, null)",
    "create view sales.v as select * from sales.small",
]


def test_copy_table_creates_target_streams_and_verifies(pg_database, target_db):
    _run(pg_database, *SOURCE_DDL)
    t0 = time.monotonic()
    r = copy_table(pg_database, target_db, "sales.orders")
    elapsed = time.monotonic() - t0
    assert (r.rows, r.created, r.target_table) == (50000, True, "sales.orders")
    assert elapsed < 20
    src_cols = [(c.name, c.type, c.not_null) for c in table_columns_dsn(pg_database, "sales.orders")]
    assert [(c.name, c.type, c.not_null) for c in table_columns_dsn(target_db, "sales.orders")] == src_cols
    assert _run(target_db, "select pg_get_constraintdef(oid) from pg_constraint where contype = 'p' and conrelid = 'sales.orders'::regclass") == [
        ("PRIMARY KEY (id)",)]
    assert _run(target_db, "select note, tags from sales.orders where id = 1") == [
        ("line\nwith 'quote' and \\ tab\t", ["a", "b;c"])]
    assert verify_copy(pg_database, target_db, "sales.orders") == (50000, r.checksum)

    # append again with a filter: verified as after - before == filtered source
    _run(target_db, "alter table sales.orders drop constraint orders_pkey")
    r2 = copy_table(pg_database, target_db, "sales.orders", where="id <= 100")
    assert (r2.rows, r2.created) == (100, False)
    assert _run(target_db, "select count(*) from sales.orders") == [(50100,)]
    # overwrite: delete + load in one transaction
    r3 = copy_table(pg_database, target_db, "sales.orders", truncate=True)
    assert r3.rows == 50000 and r3.checksum == r.checksum


def table_columns_dsn(dsn, table):
    import psycopg

    with psycopg.connect(dsn) as c:
        return table_columns(c, table)


def test_checksum_is_order_independent_and_detects_changes(pg_database):
    _run(pg_database, "create table a (k int, v text)", "create table b (k int, v text)",
         "insert into a select g, md5(g::text) from generate_series(1, 1000) g",
         "insert into b select g, md5(g::text) from generate_series(1000, 1, -1) g")
    assert table_checksum(pg_database, "a") == table_checksum(pg_database, "b")
    assert table_checksum(pg_database, "a")[0] == 1000
    _run(pg_database, "update b set v = null where k = 7")
    assert table_checksum(pg_database, "a") != table_checksum(pg_database, "b")
    with pytest.raises(VerificationFailed) as info:
        verify_copy(pg_database, pg_database, "a", "b")
    assert info.value.source[0] == info.value.target[0] == 1000
    # NULL and the text 'NULL' differ; swapped columns differ
    _run(pg_database, "create table n1 (x text, y text)", "create table n2 (x text, y text)",
         "insert into n1 values (null, 'a')", "insert into n2 values ('NULL', 'a')")
    assert table_checksum(pg_database, "n1") != table_checksum(pg_database, "n2")
    _run(pg_database, "insert into n1 values ('p', 'q')", "insert into n2 values ('q', 'p')")
    assert table_checksum(pg_database, "n1", ["x", "y"]) != table_checksum(pg_database, "n2", ["x", "y"])


def test_copy_into_existing_target_with_other_types(pg_database, target_db):
    _run(pg_database, "create table t (id int, amount numeric(10,2), extra text)",
         "insert into t values (1, 1.5, 'x'), (2, null, 'y')")
    _run(target_db, "create table t (amount numeric(14,4), id bigint)")     # other order, types, no `extra`
    r = copy_table(pg_database, target_db, "t")
    assert (r.rows, r.created) == (2, False)
    assert _run(target_db, "select id, amount from t order by id") == [(1, __import__("decimal").Decimal("1.5000")),
                                                                       (2, None)]


def test_copy_schema_reports_partial_failure(pg_database, target_db):
    _run(pg_database, *SOURCE_DDL[:1], "create table sales.small (k int, v text)",
         "insert into sales.small values (1, 'x'), (2, null)", "create table sales.empty_t (k int)",
         "create table sales.clash (k int)", "insert into sales.clash values (1)",
         "create view sales.v as select * from sales.small")
    report = copy_schema(pg_database, target_db, "sales")
    assert [(t.source_table, t.rows) for t in report.tables] == [
        ("sales.clash", 1), ("sales.empty_t", 0), ("sales.small", 2)]
    assert report.rows == 3
    # second run into a target whose `clash` now has an incompatible column
    _run(target_db, "drop table sales.clash", "create table sales.clash (k date)")
    with pytest.raises(PartialFailure) as info:
        copy_schema(pg_database, target_db, "sales", truncate=True)
    assert [t.source_table for t in info.value.successes] == ["sales.empty_t", "sales.small"]
    assert len(info.value.exceptions) == 1
    assert _run(target_db, "select count(*) from sales.small") == [(2,)]      # truncate + reload, not doubled
    with pytest.raises(NotFound):
        copy_table(pg_database, target_db, "sales.nope")


def test_create_table_like_is_idempotent(pg_database, target_db):
    _run(pg_database, 'create table "Odd ""Name""" (id serial primary key, "Col" varchar(5) not null)')
    assert create_table_like(pg_database, target_db, '"Odd ""Name"""', "public.copy_of") is True
    assert create_table_like(pg_database, target_db, '"Odd ""Name"""', "public.copy_of") is False
    assert _run(target_db, "select column_name, data_type, is_nullable, column_default from "
                           "information_schema.columns where table_name = 'copy_of' order by ordinal_position") == [
        ("id", "integer", "NO", None), ("Col", "character varying", "NO", None)]


# --------------------------------------------------------------------------- Redshift (golden text)

ROLE = "arn:aws:iam::123456789012:role/RedshiftUnload"


def test_unload_sql_golden():
    assert unload_sql("select * from t where d = 'x';", "s3://bucket/out/t_", iam_role=ROLE, header=True) == (
        "UNLOAD ('select * from t where d = ''x''')\n"
        "TO 's3://bucket/out/t_'\n"
        "IAM_ROLE 'arn:aws:iam::123456789012:role/RedshiftUnload'\n"
        "FORMAT AS CSV\n"
        "HEADER\n"
        "MANIFEST\n"
        "ALLOWOVERWRITE\n"
        "PARALLEL OFF")
    assert unload_sql("select 1", "s3://bkt/p/", iam_role="default", fmt="parquet", parallel=True, manifest=False,
                      max_file_size_mb=256, region="eu-west-1") == (
        "UNLOAD ('select 1')\nTO 's3://bkt/p/'\nIAM_ROLE default\nFORMAT AS PARQUET\nALLOWOVERWRITE\nPARALLEL ON\n"
        "MAXFILESIZE 256 MB\nREGION 'eu-west-1'")
    assert unload_sql("select a, b from t", "s3://bkt/fw/", iam_role=ROLE, fmt="fixedwidth",
                      fixed_width=[("a", 10), ("b", 3)], gzip=True, manifest=False, allow_overwrite=False) == (
        "UNLOAD ('select a, b from t')\nTO 's3://bkt/fw/'\nIAM_ROLE 'arn:aws:iam::123456789012:role/RedshiftUnload'\n"
        "FIXEDWIDTH 'a:10,b:3'\nGZIP\nPARALLEL OFF")
    assert "DELIMITER AS '|'" in unload_sql("select 1", "s3://bkt/p", iam_role=ROLE, delimiter="|")
    for bad in (dict(dest="/tmp/x"), dict(iam_role="role/x"), dict(fmt="orc"), dict(fmt="parquet", header=True),
                dict(fmt="fixedwidth")):
        kw = {"dest": "s3://bkt/p", "iam_role": ROLE, **bad}
        with pytest.raises(ConfigError):
            unload_sql("select 1", kw.pop("dest"), **kw)


def test_copy_sql_golden():
    assert copy_sql("stage.Orders", "s3://bucket/in/orders/", iam_role=ROLE) == (
        'COPY stage."Orders"\nFROM \'s3://bucket/in/orders/\'\n'
        "IAM_ROLE 'arn:aws:iam::123456789012:role/RedshiftUnload'\nFORMAT AS PARQUET")
    assert copy_sql("t", "s3://bkt/f.csv.gz", iam_role=ROLE, fmt="csv", columns=["a", "B"], delimiter="|",
                    ignore_header=1, gzip=True, manifest=True, region="us-west-2") == (
        "COPY public.t (a, \"B\")\nFROM 's3://bkt/f.csv.gz'\nIAM_ROLE 'arn:aws:iam::123456789012:role/RedshiftUnload'\n"
        "FORMAT AS CSV\nDELIMITER AS '|'\nIGNOREHEADER 1\nDATEFORMAT 'auto'\nTIMEFORMAT 'auto'\nGZIP\nMANIFEST\n"
        "REGION 'us-west-2'")
    assert "FORMAT AS JSON 'auto'" in copy_sql("t", "s3://bkt/j", iam_role=ROLE, fmt="json")
    with pytest.raises(ConfigError):
        copy_sql("t", "s3://bkt/x", iam_role=ROLE, fmt="parquet", ignore_header=1)
    assert "strtol(substring(md5(" in checksum_sql("s.t", ["a"], dialect="redshift")
