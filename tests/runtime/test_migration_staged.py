"""wmg.migration.staged_copy: the S3-staged Redshift plan (golden SQL) and the PostgreSQL fallback."""
from __future__ import annotations

import pytest

from wmg.errors import ConfigError
from wmg.migration import is_redshift, staged_copy, staged_copy_plan, table_checksum

ROLE = "arn:aws:iam::123456789012:role/RedshiftUnload"
ROLE_B = "arn:aws:iam::210987654321:role/RedshiftCopy"


def test_staged_copy_plan_golden():
    plan = staged_copy_plan("sales.Orders", ["id", "Amount", "d"], "s3://stage-bkt/migr/", iam_role=ROLE,
                            run_id="r1", target_table="dw.orders", where="d >= '2024-01-01'", truncate=True,
                            target_iam_role=ROLE_B, region="eu-west-1")
    assert plan.prefix == "s3://stage-bkt/migr/sales.Orders/r1/"
    assert plan.manifest == "s3://stage-bkt/migr/sales.Orders/r1/part_manifest"
    assert plan.unload == (
        "UNLOAD ('SELECT id, \"Amount\", d FROM sales.\"Orders\" WHERE d >= ''2024-01-01''')\n"
        "TO 's3://stage-bkt/migr/sales.Orders/r1/part_'\n"
        "IAM_ROLE 'arn:aws:iam::123456789012:role/RedshiftUnload'\n"
        "FORMAT AS PARQUET\n"
        "MANIFEST\n"
        "ALLOWOVERWRITE\n"
        "PARALLEL ON\n"
        "REGION 'eu-west-1'")
    assert plan.load == (
        "DELETE FROM dw.orders",
        "COPY dw.orders (id, \"Amount\", d)\n"
        "FROM 's3://stage-bkt/migr/sales.Orders/r1/part_manifest'\n"
        "IAM_ROLE 'arn:aws:iam::210987654321:role/RedshiftCopy'\n"
        "FORMAT AS PARQUET\n"
        "MANIFEST")
    simple = staged_copy_plan("t", ["a"], "s3://stage-bkt/x", iam_role="default", run_id="r2")
    assert simple.load == ("COPY public.t (a)\nFROM 's3://stage-bkt/x/public.t/r2/part_manifest'\n"
                           "IAM_ROLE default\nFORMAT AS PARQUET\nMANIFEST",)
    with pytest.raises(ConfigError):
        staged_copy_plan("t", [], "s3://stage-bkt/x", iam_role=ROLE, run_id="r")
    with pytest.raises(ConfigError):
        staged_copy_plan("t", ["a"], "s3://stage-bkt/x", iam_role=ROLE, run_id="../r")
    with pytest.raises(ConfigError):
        staged_copy_plan("t", ["a"], "/tmp/x", iam_role=ROLE, run_id="r")


def test_staged_copy_falls_back_to_a_streamed_copy_on_postgres(pg_database):
    import psycopg

    with psycopg.connect(pg_database, autocommit=True) as c:
        c.execute("CREATE TABLE src (id int PRIMARY KEY, name text, amt numeric(10,2), d date)")
        c.execute("INSERT INTO src SELECT g, 'n' || g, g * 1.25, date '2024-01-01' + g FROM generate_series(1, 500) g")
        assert not is_redshift(c)
    # S3 is never touched on this path: the staging bucket does not exist anywhere
    res = staged_copy(pg_database, pg_database, "src", staging="s3://no-such-stage/x", iam_role=ROLE,
                      target_table="copy.src", where="id <= 300")
    assert (res.rows, res.created, res.target_table) == (300, True, "copy.src")
    with psycopg.connect(pg_database) as c:
        assert table_checksum(c, "copy.src") == (300, res.checksum)       # verified by count + checksum
    again = staged_copy(pg_database, pg_database, "src", staging="s3://no-such-stage/x", iam_role=ROLE,
                        target_table="copy.src", truncate=True)
    assert (again.rows, again.created) == (500, False)
