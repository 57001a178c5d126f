"""The same diff against live catalogs: PostgreSQL (as the Redshift stand-in), Glue on moto's
server and the Spark catalog.  Real servers only (fixtures from tests/conftest.py)."""
from __future__ import annotations

import boto3
import pytest

from wmg.ddl import compare, read_glue, read_spark, validate
from leapc.ddl.parser import load_path

from .conftest import DATA, diff_json, signature
from .test_diff import PLANTED, RS, TD


def _json_diff(run_ddl, right, right_dialect=None):
    args = ["diff", TD, right, "--left-dialect", "teradata", "--format", "json"]
    if right_dialect:
        args += ["--right-dialect", right_dialect]
    return run_ddl(*args)


@pytest.mark.postgres
def test_postgres_catalog_matches_file_diff(pg_database, run_ddl):
    import psycopg

    with psycopg.connect(pg_database, autocommit=True) as conn:
        conn.execute("CREATE SCHEMA sales")
        conn.execute((DATA / "postgres" / "sales.sql").read_text())
        conn.execute("CREATE SCHEMA other")              # outside the mapped schemas: ignored
        conn.execute("CREATE TABLE other.noise (x int)")
    live = _json_diff(run_ddl, pg_database, "redshift")
    assert live.exit_code == 1, live.output
    files = _json_diff(run_ddl, RS, "redshift")
    doc_live, doc_file = diff_json(live), diff_json(files)
    assert PLANTED <= signature(doc_live)
    # Read as Redshift (VARCHAR counts bytes), the catalog gives exactly the file diff.
    assert doc_live["differences"] == doc_file["differences"]
    assert "postgres@" in doc_live["right"]["source"]
    # Read as PostgreSQL, VARCHAR(100) counts characters: the UNICODE trap disappears.
    as_pg = diff_json(_json_diff(run_ddl, pg_database, "postgres"))
    assert ("sales.orders", "customer_name", "trap", "error") not in signature(as_pg)
    assert ("sales.orders", "amount", "narrowing", "error") in signature(as_pg)


@pytest.mark.postgres
def test_postgres_catalog_details(pg_database):
    import psycopg

    from wmg.ddl import read_postgres
    with psycopg.connect(pg_database, autocommit=True) as conn:
        conn.execute("CREATE SCHEMA s")
        conn.execute("CREATE TABLE s.t (id bigint GENERATED ALWAYS AS IDENTITY, "
                     "code char(3) NOT NULL DEFAULT 'ab', n numeric, v varchar, "
                     "ts timestamp(3) with time zone, UNIQUE (code))")
        (t,) = read_postgres(conn, schemas=["s"])
    cols = {c.name: c for c in t.columns}
    assert cols["id"].identity == "ALWAYS" and cols["id"].type.base == "BIGINT"
    assert cols["code"].nullable is False and cols["code"].type.render() == "CHAR(3)"
    assert cols["code"].default.startswith("'ab'")
    assert cols["n"].type.precision is None and cols["v"].type.length is None
    assert cols["ts"].type.with_time_zone and cols["ts"].type.precision == 3
    assert [k.kind for k in t.keys] == ["unique"] and t.keys[0].columns == ["code"]


def _glue_columns(spec, iceberg=True):
    """Glue columns; Iceberg tables carry iceberg.field.optional on every column."""
    return [{"Name": n, "Type": ty, **({"Parameters": {"iceberg.field.optional": str(not notnull).lower()}}
                                      if iceberg else {})} for n, ty, notnull in spec]


@pytest.mark.moto
def test_glue_catalog_on_moto(moto, run_ddl):
    glue = boto3.client("glue", endpoint_url=moto)
    glue.create_database(DatabaseInput={"Name": "sales"})
    glue.create_table(DatabaseName="sales", TableInput={
        "Name": "orders", "TableType": "EXTERNAL_TABLE",
        "Parameters": {"table_type": "ICEBERG"},
        "StorageDescriptor": {"Columns": _glue_columns([
            ("order_id", "int", True), ("status_cd", "smallint", True),
            ("amount", "decimal(12,2)", True), ("tax", "decimal(9,2)", False),
            ("customer_name", "string", False), ("country_cd", "string", False),
            ("order_ts", "timestamp", True), ("created_by", "string", False),
            ("load_batch_id", "bigint", False)]),
            "Location": "s3://lake/sales/orders"},
        "PartitionKeys": [{"Name": "ship_date", "Type": "date"}]})
    glue.create_table(DatabaseName="sales", TableInput={
        "Name": "customers",
        "StorageDescriptor": {"Columns": _glue_columns([
            ("customer_id", "int", False), ("full_name", "varchar(50)", False),
            ("vip_flag", "tinyint", False), ("credit_limit", "decimal(12,2)", False),
            ("created_ts", "timestamp", False)], iceberg=False)}})
    res = _json_diff(run_ddl, "glue://sales")
    assert res.exit_code == 1, res.output
    doc = diff_json(res)
    sig = signature(doc)
    assert doc["right"] == {"source": "glue://sales", "dialect": "spark", "tables": 2}
    assert {("sales.orders", "created_by", "nullability", "error"),
            ("sales.orders", "amount", "narrowing", "error"),
            ("sales.orders", "promo_code", "missing_column", "error"),
            ("sales.orders", "load_batch_id", "extra_column", "warning"),
            ("sales.order_audit", None, "missing_table", "error"),
            # Spark TIMESTAMP is session-zone relative: a trap, not an error
            ("sales.orders", "order_ts", "trap", "warning"),
            # Hive tables record no nullability: reported, not failed
            ("sales.customers", "customer_id", "nullability", "warning")} <= sig
    # string holds any UNICODE value: no trap; dropped FORMAT/CASESPECIFIC is fine
    assert not any(c in ("customer_name", "ship_date", "country_cd", "tax") and s == "error"
                   for _, c, _, s in sig)
    # the partition column is read from PartitionKeys
    tables = {t.name: t for t in read_glue("sales")}
    assert tables["orders"].partition_by == ["ship_date"]
    assert tables["orders"].column("ship_date").type.base == "DATE"


@pytest.mark.moto
def test_glue_unknown_database_is_usage_error(moto, run_ddl):
    res = run_ddl("diff", TD, "glue://nope", "--left-dialect", "teradata")
    assert res.exit_code == 2 and "nope" in res.output


@pytest.mark.spark
def test_spark_catalog(clean_spark, run_ddl):
    spark = clean_spark
    spark.sql("CREATE DATABASE sales")
    spark.sql("""CREATE TABLE sales.orders (order_id INT NOT NULL, status_cd SMALLINT,
                 amount DECIMAL(15,2), tax DECIMAL(9,2), customer_name STRING,
                 country_cd VARCHAR(2), order_ts TIMESTAMP_NTZ, ship_date DATE,
                 promo_code VARCHAR(10), created_by STRING)
                 USING parquet PARTITIONED BY (ship_date)""")
    (t,) = read_spark(spark, "sales")
    assert t.partition_by == ["ship_date"]
    assert t.column("country_cd").type.render() == "VARCHAR(2)"        # from the metadata
    assert t.column("order_ts").type.with_time_zone is False
    left = [x for x in load_path(DATA / TD, "teradata") if x.name == "orders"]
    diffs = compare(left, [t], left_dialect="teradata", right_dialect="spark")
    sig = {(d.column, d.kind, d.severity) for d in diffs}
    assert ("promo_code", "narrowing", "error") in sig                 # 20 -> 10 characters
    # Spark parquet tables drop NOT NULL: the catalog says nullable, which is reported
    assert ("order_id", "nullability", "error") in sig
    assert not any(c in ("amount", "customer_name", "order_ts", "status_cd") and s == "error"
                   and k != "nullability" for c, k, s in sig)
    assert [f.code for f in validate([t], "spark")] == []
    res = run_ddl("diff", TD, "spark://sales", "--left-dialect", "teradata", "--format", "json")
    assert res.exit_code == 1
    assert ("sales.customers", None, "missing_table", "error") in signature(diff_json(res))
