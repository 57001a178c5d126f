"""wmg.migration Redshift INSERT ... SELECT tasks (spec §10): config and schema modes, run on
PostgreSQL with two schemas in one database (as a target cluster sees a datashare), failures
collected, failed tasks written as JSON locally and to moto's S3."""
from __future__ import annotations

import json

import pytest

from wmg.errors import ConfigError, PartialFailure, QueryError
from wmg.executor import ObjectNotFound
from wmg.migration import (MigrationReport, RedshiftCopyTask, read_redshift_tasks, run_redshift_copies,
                           tasks_for_schema)
from tests.infra.services import run_sql as _run

SETUP = [
    "create schema shared",
    "create schema edw",
    # the source has an extra column and another column order than the target
    "create table shared.orders (id int, region text, amount numeric(10,2), internal_note text)",
    "insert into shared.orders values (1, 'EU', 10.50, 'x'), (2, 'US', 20.00, 'y'), (3, 'EU', 30.25, 'z')",
    "create table edw.orders (id int, amount numeric(10,2), region text, loaded_by text default 'wmg')",
    "create table shared.customers (id int not null, name text)",
    "insert into shared.customers values (1, 'Ann'), (2, null)",
    "create table edw.customers (id int not null, name text not null)",
    "insert into edw.customers values (99, 'old')",
    "create table edw.only_in_target (k int)",
]


@pytest.fixture
def db(pg_database):
    _run(pg_database, *SETUP)
    return pg_database


def _connect_to(dsn):
    import psycopg

    return lambda secret_name: psycopg.connect(dsn)


CONFIG = """\
source_table#source_columns#source_filter#target_table#secret_name#load_type

shared.orders#id, amount, region#region = 'EU' and amount > 0#edw.orders#rs/target#append
shared.customers#*#1=1#edw.customers#rs/target#OVERWRITE
"""


# ----------------------------------------------------------------------------------------- config

def test_read_tasks_from_text_and_local_file(tmp_path):
    tasks = read_redshift_tasks(CONFIG)
    assert tasks == [
        RedshiftCopyTask("shared.orders", "edw.orders", "rs/target", ("id", "amount", "region"),
                         "region = 'EU' and amount > 0", "append", 3),
        RedshiftCopyTask("shared.customers", "edw.customers", "rs/target", None, "1=1", "overwrite", 4),
    ]
    path = tmp_path / "tasks.csv"
    path.write_text(CONFIG.replace("#", "|"))
    assert read_redshift_tasks(str(path), sep="|") == tasks


def test_every_bad_line_is_reported_at_once():
    text = ("source_table#target_table#secret_name#load_type\n"
            "a.t#b.t#s#append\n"
            "a.t#b.t#s\n"                      # line 3: too few fields
            "a.t#b.t#s#incremental\n"          # line 4: no incremental in Redshift mode
            "a.t#b.t##append\n"                # line 5: no secret
            "a.b.c.d#b.t#s#append\n")          # line 6: four-part name
    with pytest.raises(ConfigError) as err:
        read_redshift_tasks(text)
    msg = str(err.value)
    assert "4 bad line(s)" in msg
    assert "line 3: 3 fields, the header has 4" in msg
    assert "line 4: load_type 'incremental'" in msg
    assert "line 5: missing secret_name" in msg
    assert "line 6: table name 'a.b.c.d'" in msg
    assert "line 2" not in msg


def test_bad_header_and_empty_config():
    with pytest.raises(ConfigError, match=r"line 1: bad header; unknown columns \['sauce'\]; "
                                          r"missing columns \['secret_name'\]"):
        read_redshift_tasks("source_table#target_table#sauce\na#b#c\n")
    with pytest.raises(ConfigError, match="empty"):
        read_redshift_tasks("\n\n")
    with pytest.raises(ConfigError, match="load_type"):
        RedshiftCopyTask("a", "b", "s", load_type="merge")


def test_statements_quote_identifiers_and_keep_filters_verbatim():
    t = RedshiftCopyTask('shared_db.Sales."Order Lines"', "edw.order_lines", "s", ("id", "Qty"),
                         " qty > 0 and note <> 'a#b' ", "overwrite")
    assert t.statements() == [
        "DELETE FROM edw.order_lines",
        'INSERT INTO edw.order_lines (id, "Qty") SELECT id, "Qty" FROM shared_db."Sales"."Order Lines" '
        "WHERE qty > 0 and note <> 'a#b'",
    ]
    assert RedshiftCopyTask("s.t", "u.t", "x").statements() == ["INSERT INTO u.t SELECT * FROM s.t"]
    # a field holding the separator is double-quoted, as in wmg.migration_tasks.read_tasks's lists
    [quoted] = read_redshift_tasks('source_table#target_table#secret_name#source_filter\n'
                                   's.t#u.t#x#"note like \'%#%\'"\n')
    assert quoted.insert_sql() == "INSERT INTO u.t SELECT * FROM s.t WHERE note like '%#%'"


# -------------------------------------------------------------------------------------------- runs

def test_config_mode_copies_append_and_overwrite(db):
    report = run_redshift_copies(read_redshift_tasks(CONFIG.replace("OVERWRITE", "append")
                                                     .replace("1=1", "name is not null")),
                                 connect=_connect_to(db))
    assert isinstance(report, MigrationReport)
    assert [r.rows for r in report.results] == [2, 1] and report.rows == 3
    assert _run(db, "select id, amount, region, loaded_by from edw.orders order by id") == [
        (1, pytest.approx(10.5), "EU", "wmg"), (3, pytest.approx(30.25), "EU", "wmg")]
    assert _run(db, "select id, name from edw.customers order by id") == [(1, "Ann"), (99, "old")]

    overwrite = RedshiftCopyTask("shared.orders", "edw.orders", "rs", ("id", "amount", "region"),
                                 "region = 'US'", "overwrite")
    assert run_redshift_copies([overwrite], connect=_connect_to(db)).rows == 1
    assert _run(db, "select id, region from edw.orders") == [(2, "US")]


def test_failing_tasks_do_not_stop_the_others_and_are_written_as_json(db, tmp_path):
    tasks = read_redshift_tasks(CONFIG) + [
        RedshiftCopyTask("shared.orders", "edw.orders", "rs/target", ("id",), "no_such_column = 1", line=9),
        RedshiftCopyTask("shared.orders", "edw.orders", "rs/target", ("id", "region"), "region = 'US'"),
    ]
    out = tmp_path / "errors" / "failed.json"
    with pytest.raises(PartialFailure) as err:
        run_redshift_copies(tasks, connect=_connect_to(db), error_output=str(out))
    failure = err.value
    assert failure.message == "2 of 4 Redshift copy tasks failed"
    assert all(isinstance(e, QueryError) for e in failure.exceptions)
    assert isinstance(failure.exceptions[1], ObjectNotFound)      # classified by SQLSTATE 42703
    # the successes carry their task and row count; the US row of the last task was loaded
    assert [(r.task.line, r.rows) for r in failure.successes] == [(3, 2), (None, 1)]
    assert _run(db, "select id from edw.orders order by id") == [(1,), (2,), (3,)]

    # overwrite of customers failed on the NOT NULL name: its DELETE was rolled back with it
    assert _run(db, "select id, name from edw.customers") == [(99, "old")]
    records = json.loads(out.read_text())
    assert [(r["line"], r["target_table"], r["load_type"]) for r in records] == [
        (4, "edw.customers", "overwrite"), (9, "edw.orders", "append")]
    assert 'null value in column "name"' in records[0]["error"]
    assert "no_such_column" in records[1]["error"]
    assert records[1]["columns"] == ["id"] and records[1]["source_filter"] == "no_such_column = 1"
    assert records[0]["columns"] is None


def test_schema_mode_copies_target_columns_in_target_order(db):
    with _connect_to(db)("rs/target") as conn:
        tasks = tasks_for_schema(conn, "shared", "edw", "rs/target")
    by_table = {t.target_table: t for t in tasks}
    assert sorted(by_table) == ["edw.customers", "edw.only_in_target", "edw.orders"]
    assert by_table["edw.orders"].columns == ("id", "amount", "region")      # loaded_by is target-only
    assert by_table["edw.only_in_target"].columns == ()
    _run(db, "update shared.customers set name = 'Bob' where id = 2")
    with pytest.raises(PartialFailure) as err:
        run_redshift_copies(tasks, connect=_connect_to(db))
    assert len(err.value.exceptions) == 1
    assert isinstance(err.value.exceptions[0], ConfigError)
    assert "shared.only_in_target is missing" in str(err.value.exceptions[0])
    assert sorted(r.rows for r in err.value.successes) == [2, 3]
    assert _run(db, "select count(*) from edw.orders where loaded_by = 'wmg'") == [(3,)]
    assert _run(db, "select id, name from edw.customers order by id") == [(1, "Ann"), (2, "Bob"), (99, "old")]


def test_secrets_manager_connections_and_error_output_on_s3(db, moto):
    """The production wiring: connections from Secrets Manager secrets (wmg.jdbc), report to S3."""
    import boto3

    from wmg import jdbc

    port = db.split(":")[-1].split("/")[0]
    name = db.rsplit("/", 1)[1]
    boto3.client("secretsmanager").create_secret(Name="rs/target", SecretString=json.dumps({
        "username": "postgres", "password": "unused-with-trust", "url": f"jdbc:redshift://127.0.0.1:{port}/{name}"}))
    boto3.client("s3").create_bucket(Bucket="ops")

    def connect(secret_name):
        return jdbc.connect(jdbc.connection_from_secret(secret_name, db_type="redshift"))

    tasks = read_redshift_tasks(CONFIG.replace("OVERWRITE", "append").replace("1=1", "name is not null"))
    report = run_redshift_copies(tasks, connect=connect, error_output="s3://ops/migration/failed.json")
    assert report.rows == 3
    body = boto3.client("s3").get_object(Bucket="ops", Key="migration/failed.json")["Body"].read()
    assert json.loads(body) == []          # a good run leaves an empty list, not a stale report

    missing = RedshiftCopyTask("shared.orders", "edw.orders", "rs/missing", ("id",))
    with pytest.raises(PartialFailure) as err:
        run_redshift_copies([missing, *tasks[:1]], connect=connect, error_output="s3://ops/migration/failed.json")
    assert [r.task.secret_name for r in err.value.successes] == ["rs/target"]
    records = json.loads(boto3.client("s3").get_object(Bucket="ops", Key="migration/failed.json")["Body"].read())
    assert [r["secret_name"] for r in records] == ["rs/missing"] and "NotFound" in records[0]["error"]


def test_unwritable_error_output_is_reported_with_the_results(db, moto):
    tasks = [RedshiftCopyTask("shared.orders", "edw.orders", "rs", ("id",))]
    with pytest.raises(PartialFailure, match="writing the failed-task report") as err:
        run_redshift_copies(tasks, connect=_connect_to(db), error_output="s3://no-such-bucket/f.json")
    assert [r.rows for r in err.value.successes] == [3]
