"""wmg.migration's Spark JDBC tasks: a CSV task list run between two real PostgreSQL databases
through the shared local SparkSession (Debian's JDBC jar), and the DataMigrationStep restart."""
from __future__ import annotations

from datetime import datetime

import psycopg
import pytest

from tests.infra.services import fresh_database
from tests.runtime.test_io import needs_jar, pg_connection_info
from wmg.elt import JobContext, MemoryCheckpoint, StepFailed, run_steps
from wmg.errors import ConfigError, NotFound, PartialFailure
from wmg.migration import (DataMigrationStep, MigrationFailed, MigrationTask, migrate, read_tasks, run_migrations,
                           source_sql)

HEADER = ("source_name#source_table#source_connection#source_columns#source_filter#"
          "target_name#target_table#target_connection#load_type#incremental_load_column\n")


# ============================================================================================ task list

def test_read_tasks_defaults_quoting_and_any_column_order(tmp_path):
    text = ("load_type#target_table#target_name#source_table#source_name#source_filter\n"
            "APPEND#public.t#postgres#sales.orders#postgres#\n"
            '\n'
            'overwrite#t2#spark#o#postgres#"note LIKE \'%#%\'"\n')
    tasks = read_tasks(text)
    assert [(t.line, t.load_type, t.source_columns, t.source_filter, t.source_connection) for t in tasks] == [
        (2, "append", "*", "1=1", None), (4, "overwrite", "*", "note LIKE '%#%'", None)]
    (tmp_path / "tasks.csv").write_text(text.replace("#", "|"))      # a file, another separator
    from_file = read_tasks(str(tmp_path / "tasks.csv"), sep="|")
    assert [(t.line, t.target_table, t.source_filter) for t in from_file] == [
        (2, "public.t", "1=1"), (4, "t2", "note LIKE '%|%'")]


def test_read_tasks_lists_every_bad_row_with_its_line():
    text = HEADER + (
        "postgres#a#src#*#1=1#postgres#b#tgt#append#\n"           # good
        "postgres#a#src#*#1=1#postgres#b#tgt#upsert#\n"           # line 3: bad load type
        "postgres#a#src#*#1=1#postgres#b#tgt#incremental#\n"      # line 4: no column
        "postgres##src#*#1=1#postgres#b#tgt#append#\n"            # line 5: no source table
        "postgres#a#src#*\n"                                       # line 6: short row
        'postgres#a b.c#src#*#1=1#postgres#"x"."y"#tgt#append#\n'   # line 7: a name with a blank
        "postgres#a#src#id, sum(x)#1=1#postgres#b#tgt#append#\n")    # line 8: an expression, not a column
    with pytest.raises(ConfigError) as caught:
        read_tasks(text)
    message = str(caught.value)
    assert message.startswith("6 bad row(s)")
    for expected in ("line 3: load_type must be one of append, overwrite, incremental, got 'upsert'",
                     "line 4: incremental load_type needs incremental_load_column",
                     "line 5: missing source_table", "line 6: expected 10 fields, found 4",
                     "line 7: source_table: 'a b.c' is not a name",
                     "line 8: source_columns: 'sum(x)' is not a name"):
        assert expected in message
    assert "line 2" not in message


def test_read_tasks_header_errors():
    with pytest.raises(ConfigError, match=r"line 1: .*missing \['load_type'\], unknown \['colour'\], "
                                          r"repeated \['target_name'\]"):
        read_tasks("source_name#source_table#target_name#target_table#colour#target_name\nx#y#z#w#red#v\n")
    with pytest.raises(ConfigError, match="one character"):
        read_tasks(HEADER, sep="##")


def test_source_sql_quotes_names_and_keeps_the_filter():
    task = MigrationTask("postgres", 'sales."Order Lines"', "spark", "t", source_columns="id, Amount",
                         source_filter="region = 'EU' AND id > 3")
    assert source_sql(task) == ('SELECT "id", "Amount" FROM "sales"."Order Lines" '
                                "WHERE region = 'EU' AND id > 3")
    assert source_sql(MigrationTask("spark", "db.t", "postgres", "t")) == "SELECT * FROM `db`.`t` WHERE 1=1"


# ============================================================================================ running tasks

@pytest.fixture
def two_databases(pg_dsn):
    """A source and a target database on the test server."""
    with fresh_database(pg_dsn, "src") as src, fresh_database(pg_dsn, "tgt") as tgt:
        with psycopg.connect(src, autocommit=True) as conn:
            conn.execute("CREATE TABLE orders (id int PRIMARY KEY, region text, amount numeric(10,2), "
                         "changed timestamp)")
            conn.execute("INSERT INTO orders SELECT i, CASE WHEN i % 2 = 0 THEN 'EU' ELSE 'US' END, i * 1.5, "
                         "timestamp '2024-01-01 00:00:00' + i * interval '1 hour' FROM generate_series(1, 6) i")
        with psycopg.connect(tgt, autocommit=True) as conn:
            conn.execute("CREATE TABLE orders (id int PRIMARY KEY, region text, amount numeric(10,2), "
                         "changed timestamp)")
            conn.execute("GRANT SELECT ON orders TO PUBLIC")
            conn.execute("INSERT INTO orders VALUES (99, 'old', 0, NULL)")
            conn.execute("CREATE TABLE events (id int PRIMARY KEY, region text, amount numeric(10,2), "
                         "changed timestamp)")
        yield src, tgt


def _rows(dsn, sql):
    with psycopg.connect(dsn) as conn:
        return conn.execute(sql).fetchall()


def _connections(two_databases):
    src, tgt = two_databases
    return {"src": pg_connection_info(src), "tgt": pg_connection_info(tgt)}


@needs_jar
@pytest.mark.spark
@pytest.mark.postgres
def test_overwrite_append_and_a_missing_table_in_one_run(spark, two_databases):
    src, tgt = two_databases
    tasks = read_tasks(HEADER + (
        "postgres#orders#src#id,region,amount#region = 'EU'#postgres#public.orders#tgt#overwrite#\n"
        "postgres#no_such_table#src#*#1=1#postgres#orders#tgt#append#\n"
        "postgres#orders#src#*#id = 1#postgres#orders#tgt#APPEND#\n"))
    with pytest.raises(PartialFailure) as caught:
        run_migrations(tasks, spark=spark, connections=_connections(two_databases))
    failure, = caught.value.exceptions
    assert isinstance(failure, MigrationFailed) and failure.task.line == 3
    assert 'line 3: postgres:no_such_table -> postgres:orders (append): ObjectNotFound' in str(failure)
    assert 'relation "no_such_table" does not exist' in str(failure)
    assert [(r.task.line, r.rows) for r in caught.value.successes] == [(2, 3), (4, 1)]
    # The overwrite emptied the target (row 99 gone) without dropping it: key and grant survive.
    assert _rows(tgt, "SELECT id, region FROM orders ORDER BY id") == [(1, "US"), (2, "EU"), (4, "EU"), (6, "EU")]
    assert _rows(tgt, "SELECT conname FROM pg_constraint WHERE conrelid = 'orders'::regclass") == [("orders_pkey",)]
    assert _rows(tgt, "SELECT privilege_type FROM information_schema.role_table_grants "
                      "WHERE table_name = 'orders' AND grantee = 'PUBLIC'") == [("SELECT",)]


@needs_jar
@pytest.mark.spark
@pytest.mark.postgres
def test_incremental_loads_all_into_an_empty_target_then_only_newer_rows(spark, two_databases):
    src, tgt = two_databases
    task = MigrationTask("postgres", "orders", "postgres", "events", "incremental", source_connection="src",
                         target_connection="tgt", incremental_load_column="changed")
    connections = _connections(two_databases)
    first = migrate(task, spark=spark, connections=connections)
    assert (first.rows, first.watermark) == (6, None)
    second = migrate(task, spark=spark, connections=connections)
    assert (second.rows, second.watermark) == (0, datetime(2024, 1, 1, 6))
    with psycopg.connect(src, autocommit=True) as conn:
        conn.execute("INSERT INTO orders VALUES (7, 'EU', 1, '2024-01-01 06:00:00'), "   # late, at the max
                     "(8, 'EU', 2, '2024-01-01 06:00:00.000001')")
    third = migrate(task, spark=spark, connections=connections)
    # Strictly newer than the target's maximum: the late row carrying the current maximum is missed.
    assert third.rows == 1
    assert _rows(tgt, "SELECT max(id), count(*) FROM events") == [(8, 7)]


@needs_jar
@pytest.mark.spark
@pytest.mark.postgres
def test_spark_catalog_target_and_task_errors(clean_spark, two_databases):
    spark = clean_spark
    connections = _connections(two_databases)
    task = MigrationTask("postgres", "orders", "spark", "mig_orders", "overwrite", source_connection="src",
                         source_columns="id, amount", source_filter="id <= 2")
    assert migrate(task, spark=spark, connections=connections).rows == 2
    assert sorted(tuple(r) for r in spark.table("mig_orders").collect()) == [(1, 1.5), (2, 3.0)]
    back = MigrationTask("spark", "mig_orders", "postgres", "events", "append", target_connection="tgt")
    assert run_migrations([back], spark=spark, connections=connections).rows == 2
    with pytest.raises(ConfigError, match="load_type must be"):
        migrate(MigrationTask("spark", "a", "spark", "b", "merge"), spark=spark)
    with pytest.raises(NotFound, match="no connection called 'nope'"):
        migrate(MigrationTask("postgres", "a", "spark", "b", source_connection="nope"), spark=spark,
                connections=connections)


@needs_jar
@pytest.mark.spark
@pytest.mark.postgres
def test_data_migration_step_resumes_at_the_failed_task(spark, two_databases, tmp_path):
    src, tgt = two_databases
    (tmp_path / "tasks.csv").write_text(HEADER + (
        "postgres#orders#src#*#id <= 2#postgres#events#tgt#append#\n"
        "postgres#late_table#src#*#1=1#postgres#events#tgt#append#\n"
        "postgres#orders#src#*#id > 4#postgres#events#tgt#append#\n"))
    ctx = JobContext(spark, {"config_path": str(tmp_path / "tasks.csv")})
    store = MemoryCheckpoint()
    step = DataMigrationStep(connections=_connections(two_databases), restart="index")
    with pytest.raises(StepFailed) as caught:
        run_steps(ctx, [step], checkpoint=store)
    assert caught.value.index == 1 and "late_table" in str(caught.value)
    assert _rows(tgt, "SELECT count(*) FROM events") == [(2,)]      # the third task did not run
    with psycopg.connect(src, autocommit=True) as conn:
        conn.execute("CREATE TABLE late_table AS SELECT id + 100 AS id, region, amount, changed FROM orders")
    run_steps(ctx, [step], checkpoint=store)
    # The first task was not run again (its rows would collide on the primary key).
    assert _rows(tgt, "SELECT count(*) FROM events") == [(10,)]
    assert [r.task.line for r in step.report.results] == [3, 4] and store.load() == []


@needs_jar
@pytest.mark.spark
@pytest.mark.postgres
def test_data_migration_step_collects_failures_and_needs_a_config(spark, two_databases, tmp_path):
    (tmp_path / "tasks.csv").write_text(HEADER + (
        "postgres#missing#src#*#1=1#postgres#events#tgt#append#\n"
        "postgres#orders#src#*#1=1#postgres#events#tgt#append#\n"))
    step = DataMigrationStep(connections=_connections(two_databases))
    with pytest.raises(StepFailed) as caught:
        run_steps(JobContext(spark, {"config_path": str(tmp_path / "tasks.csv")}), [step])
    group = caught.value.__cause__
    assert isinstance(group, PartialFailure) and [r.rows for r in group.successes] == [6]
    with pytest.raises(StepFailed, match="Need config CSV file path"):
        run_steps(JobContext(spark, {}), [step])
