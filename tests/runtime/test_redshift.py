"""wmg.redshift: UNLOAD/COPY composition, DataFrame loads staged as Parquet on moto's S3, stored
procedures with OUT parameters on PostgreSQL.

PostgreSQL has no UNLOAD and no COPY from S3, so those statements are checked as text (taken from
the QueryError PostgreSQL raises for them, i.e. exactly what was sent), and their failure is used to
prove that a load rolls back as one transaction.  Everything around them runs for real: the Parquet
files Spark writes, their upload, the COPY manifest, the catalog reads, the CREATE TABLE."""
from __future__ import annotations

import json

import pytest

import wmg.migration
import wmg.redshift
from wmg.errors import ConfigError, NotFound, QueryError
from wmg.redshift import (call_procedure, call_sql, copy_from_s3, load_dataframe, plan_dataframe_load,
                          redshift_columns, unload, unloaded_files)
from tests.infra.services import run_sql as _run

ROLE = "arn:aws:iam::123456789012:role/RedshiftLoad"


@pytest.fixture
def conn(pg_database):
    import psycopg

    c = psycopg.connect(pg_database)
    yield c
    c.close()


@pytest.fixture
def stage(moto):
    import boto3

    s3 = boto3.client("s3")
    s3.create_bucket(Bucket="stage")
    return s3


def _keys(s3, prefix=""):
    return sorted(o["Key"] for o in s3.list_objects_v2(Bucket="stage", Prefix=prefix).get("Contents", []))


def test_statement_builders_are_shared_with_wmg_migration():
    assert wmg.redshift.unload_sql is wmg.migration.unload_sql
    assert wmg.redshift.copy_sql is wmg.migration.copy_sql
    # Redshift rejects REGION on a COPY from Parquet (the bucket must be in the cluster's region)
    with pytest.raises(ConfigError, match="region"):
        wmg.redshift.copy_sql("t", "s3://stage/x/", iam_role=ROLE, region="eu-west-1")


# ------------------------------------------------------------------------------------- UNLOAD

def test_unload_sends_the_unload_statement(conn, moto):
    with pytest.raises(QueryError) as err:          # PostgreSQL has no UNLOAD: the statement is what was sent
        unload(conn, "select * from sales where region = 'EU'", "s3://stage/out/sales_", iam_role=ROLE,
               fmt="csv", header=True, delimiter="|")
    assert err.value.sql == (
        "UNLOAD ('select * from sales where region = ''EU''')\n"
        "TO 's3://stage/out/sales_'\n"
        f"IAM_ROLE '{ROLE}'\n"
        "FORMAT AS CSV\nDELIMITER AS '|'\nHEADER\nMANIFEST\nALLOWOVERWRITE\nPARALLEL OFF")
    assert err.value.sqlstate == "42601"


def test_unloaded_files_from_the_manifest_or_by_listing(stage):
    # the objects an UNLOAD ... MANIFEST to s3://stage/out/sales_ leaves (Redshift's documented names)
    for key in ("out/sales_0000_part_00", "out/sales_0001_part_00", "out/other_0000_part_00",
                "out/sub/sales_x"):
        stage.put_object(Bucket="stage", Key=key, Body=b"1|a\n")
    manifest = {"entries": [{"url": "s3://stage/out/sales_0000_part_00"}, {"url": "s3://stage/out/sales_0001_part_00"}]}
    stage.put_object(Bucket="stage", Key="out/sales_manifest", Body=json.dumps(manifest).encode())
    expected = ["s3://stage/out/sales_0000_part_00", "s3://stage/out/sales_0001_part_00"]
    assert [str(u) for u in unloaded_files("s3://stage/out/sales_")] == expected
    assert [str(u) for u in unloaded_files("s3://stage/out/sales_", manifest=False)] == expected
    with pytest.raises(NotFound):
        unloaded_files("s3://stage/out/none_")


# --------------------------------------------------------------------------------------- COPY

def test_copy_from_s3_runs_one_transaction(conn, pg_database):
    _run(pg_database, "create table t (a int)")
    conn.autocommit = True
    with pytest.raises(QueryError) as err:
        copy_from_s3(conn, "t", "s3://stage/in/t.csv", iam_role="default", fmt="csv", ignore_header=1)
    assert err.value.sql == ("COPY public.t\nFROM 's3://stage/in/t.csv'\nIAM_ROLE default\nFORMAT AS CSV\n"
                             "IGNOREHEADER 1\nDATEFORMAT 'auto'\nTIMEFORMAT 'auto'")
    assert conn.autocommit is True                       # restored after the transaction
    assert conn.execute("select count(*) from t").fetchone() == (0,)


# ---------------------------------------------------------------------- DataFrame -> Redshift

def test_spark_types_map_to_redshift_types():
    from pyspark.sql import types as T

    schema = T.StructType([
        T.StructField("flag", T.BooleanType()), T.StructField("b", T.ByteType()), T.StructField("s", T.ShortType()),
        T.StructField("i", T.IntegerType()), T.StructField("l", T.LongType()), T.StructField("f", T.FloatType()),
        T.StructField("d", T.DoubleType()), T.StructField("amount", T.DecimalType(12, 2)),
        T.StructField("name", T.StringType()), T.StructField("day", T.DateType()),
        T.StructField("ts", T.TimestampType()), T.StructField("ntz", T.TimestampNTZType()),
        T.StructField("raw", T.BinaryType())])
    assert redshift_columns(schema) == [
        ("flag", "BOOLEAN"), ("b", "SMALLINT"), ("s", "SMALLINT"), ("i", "INTEGER"), ("l", "BIGINT"),
        ("f", "REAL"), ("d", "DOUBLE PRECISION"), ("amount", "DECIMAL(12,2)"), ("name", "VARCHAR(65535)"),
        ("day", "DATE"), ("ts", "TIMESTAMP"), ("ntz", "TIMESTAMP"), ("raw", "VARBYTE(1024000)")]
    nested = T.StructType([T.StructField("tags", T.ArrayType(T.StringType())),
                           T.StructField("ok", T.IntegerType()),
                           T.StructField("attrs", T.MapType(T.StringType(), T.StringType()))])
    with pytest.raises(ConfigError, match=r"tags: .*array<string>; attrs: .*map<string,string>"):
        redshift_columns(nested)


def test_load_plan_statements(pg_database):
    cols = [("id", "BIGINT"), ("Amount", "DECIMAL(12,2)"), ("name", "VARCHAR(65535)"), ("day", "DATE"),
            ("ts", "TIMESTAMP"), ("ok", "BOOLEAN"), ("ratio", "DOUBLE PRECISION")]
    create = plan_dataframe_load("sales.Orders", cols, "s3://stage/tmp/", iam_role=ROLE, mode="overwrite",
                                 run_id="r1", create=True)
    assert create.prefix == "s3://stage/tmp/sales.Orders/r1/"
    assert create.manifest == "s3://stage/tmp/sales.Orders/r1/manifest"
    assert create.statements == (
        'CREATE TABLE sales."Orders" (id BIGINT, "Amount" DECIMAL(12,2), name VARCHAR(65535), day DATE, '
        "ts TIMESTAMP, ok BOOLEAN, ratio DOUBLE PRECISION)",
        "COPY sales.\"Orders\"\nFROM 's3://stage/tmp/sales.Orders/r1/manifest'\n"
        f"IAM_ROLE '{ROLE}'\nFORMAT AS PARQUET\nMANIFEST")
    # the generated DDL is valid SQL with the intended types (PostgreSQL shares these type names)
    _run(pg_database, "create schema sales", create.statements[0])
    assert _run(pg_database, "select column_name, data_type from information_schema.columns "
                             "where table_name = 'Orders' order by ordinal_position") == [
        ("id", "bigint"), ("Amount", "numeric"), ("name", "character varying"), ("day", "date"),
        ("ts", "timestamp without time zone"), ("ok", "boolean"), ("ratio", "double precision")]

    overwrite = plan_dataframe_load("t", cols[:1], "s3://stage/tmp", iam_role="default", mode="overwrite", run_id="r2")
    assert overwrite.statements[0] == "DELETE FROM public.t"
    append = plan_dataframe_load("t", cols[:1], "s3://stage/tmp", iam_role="default", run_id="r3")
    assert len(append.statements) == 1 and append.statements[0].startswith("COPY public.t\n")
    for bad in ({"mode": "truncate"}, {"run_id": "../x"}):
        with pytest.raises(ConfigError):
            plan_dataframe_load("t", cols, "s3://stage/tmp", iam_role=ROLE, **{"run_id": "r", **bad})


@pytest.mark.spark
def test_load_dataframe_stages_parquet_and_rolls_back_the_whole_load(spark, stage, conn, pg_database, tmp_path):
    from datetime import date
    from decimal import Decimal

    import pyarrow.parquet as pq

    _run(pg_database, "create table orders (id bigint, amount numeric(12,2), day date)",
         "insert into orders values (99, 1.00, date '2020-01-01')")
    # DataFrame columns in another order and case than the table's: reordered to the table's
    df = spark.createDataFrame([(date(2024, 1, 2), 1, Decimal("10.50")), (date(2024, 1, 3), 2, Decimal("20.25"))],
                               "DAY date, id long, amount decimal(12,2)")

    with pytest.raises(QueryError) as err:
        load_dataframe(df, conn, "orders", staging="s3://stage/tmp", iam_role=ROLE, mode="overwrite",
                       run_id="run1", keep_staging=True)
    # PostgreSQL rejects the COPY from S3, after the DELETE ran in the same transaction: all rolled back
    assert err.value.sql.startswith("COPY public.orders\nFROM 's3://stage/tmp/public.orders/run1/manifest'")
    assert _run(pg_database, "select id from orders") == [(99,)]

    # the staged files: Parquet written by Spark, uploaded, listed in a manifest with their sizes
    keys = _keys(stage, "tmp/public.orders/run1/")
    parts = [k for k in keys if k.endswith(".parquet")]
    assert parts and keys == sorted(parts + ["tmp/public.orders/run1/manifest"])
    manifest = json.loads(stage.get_object(Bucket="stage", Key="tmp/public.orders/run1/manifest")["Body"].read())
    sizes = {f"s3://stage/{k}": stage.head_object(Bucket="stage", Key=k)["ContentLength"] for k in parts}
    assert {e["url"]: e["meta"]["content_length"] for e in manifest["entries"]} == sizes
    assert all(e["mandatory"] for e in manifest["entries"])
    rows = []
    for k in parts:
        local = tmp_path / k.rsplit("/", 1)[1]
        stage.download_file("stage", k, str(local))
        table = pq.read_table(local)
        assert table.column_names == ["id", "amount", "DAY"]      # the table's column order
        rows += [tuple(r.values()) for r in table.to_pylist()]
    assert sorted(rows) == [(1, Decimal("10.50"), date(2024, 1, 2)), (2, Decimal("20.25"), date(2024, 1, 3))]


@pytest.mark.spark
def test_load_dataframe_creates_the_table_inside_the_load_transaction(spark, stage, conn, pg_database):
    df = spark.createDataFrame([(1, "a")], "id int, name string")
    _run(pg_database, "create schema fresh")
    with pytest.raises(QueryError) as err:
        load_dataframe(df, conn, "fresh.t", staging="s3://stage/tmp", iam_role=ROLE, run_id="r")
    assert err.value.sql.startswith("COPY fresh.t\n")
    # the CREATE TABLE ran and was rolled back with the failed COPY; the staging folder is gone
    assert _run(pg_database, "select count(*) from information_schema.tables where table_name = 't'") == [(0,)]
    assert _keys(stage) == []
    with pytest.raises(NotFound):
        load_dataframe(df, conn, "fresh.t", staging="s3://stage/tmp", iam_role=ROLE, create_if_missing=False)

    _run(pg_database, "create table fresh.t (id int, label text)")
    with pytest.raises(ConfigError, match=r"missing \['label'\]; not in the table \['name'\]"):
        load_dataframe(df, conn, "fresh.t", staging="s3://stage/tmp", iam_role=ROLE)
    assert _keys(stage) == []                                  # nothing is staged for a refused load


# ------------------------------------------------------------------------------ procedures

PROCEDURES = [
    """create procedure order_stats(p_region text, p_min numeric, out n_orders int, out total numeric)
       language plpgsql as $$
       begin
         select count(*), coalesce(sum(amount), 0) into n_orders, total from orders
         where region = p_region and amount >= p_min;
       end $$""",
    """create procedure bump(inout counter int, out doubled int) language plpgsql as $$
       begin counter := counter + 1; doubled := counter * 2; end $$""",
    """create procedure archive_orders(p_region text) language plpgsql as $$
       begin
         insert into archive select * from orders where region = p_region;
         if not found then raise exception 'no orders for region %', p_region; end if;
       end $$""",
]


@pytest.fixture
def procedures(pg_database, conn):
    version = conn.execute("show server_version_num").fetchone()[0]
    if int(version) < 140000:
        pytest.skip(f"OUT parameters in procedures need PostgreSQL 14+, server is {version}")
    conn.rollback()
    _run(pg_database, "create table orders (region text, amount numeric)", "create table archive (like orders)",
         "insert into orders values ('EU', 10), ('EU', 5), ('US', 7)", *PROCEDURES)


def test_call_procedure_returns_out_values(conn, procedures):
    assert call_procedure(conn, "order_stats", ["EU", 6], ["integer", "numeric"]) == (1, 10)
    assert call_procedure(conn, "public.order_stats", ["US", 0], ["int", "numeric(10,2)"]) == (1, 7)
    assert call_procedure(conn, "bump", [41], ["int"]) == (42, 84)            # INOUT and OUT values
    assert call_procedure(conn, "archive_orders", ["EU"]) == ()
    conn.commit()                                                               # the caller's transaction
    assert conn.execute("select count(*) from archive").fetchone() == (2,)


def test_a_procedure_that_raises_gives_a_query_error(conn, procedures):
    with pytest.raises(QueryError) as err:
        call_procedure(conn, "archive_orders", ["APAC"])
    assert err.value.sqlstate == "P0001"
    assert "no orders for region APAC" in str(err.value)
    conn.rollback()
    with pytest.raises(QueryError) as err:
        call_procedure(conn, "no_such_procedure", [1], ["int"])
    assert err.value.sqlstate == "42883"


def test_call_statements_per_dialect():
    assert call_sql("etl.Load_Day", 2, ["integer", "varchar(256)"]) == 'CALL etl."Load_Day"(%s, %s)'
    assert call_sql("etl.load_day", 1, ["integer", "numeric(10, 2)"], dialect="postgres") == (
        "CALL etl.load_day(%s, NULL::integer, NULL::numeric(10, 2))")
    with pytest.raises(ConfigError, match="not SQL type names"):
        call_sql("p", 0, ["int); drop table x; --"], dialect="postgres")
    with pytest.raises(ConfigError):
        call_sql("p", 0, [], dialect="oracle")
