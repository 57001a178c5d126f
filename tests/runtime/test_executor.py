"""wmg.executor: SqlExecutor on PostgreSQL (psycopg), SparkExecutor on the local session."""
from __future__ import annotations

import threading
import time

import pytest

from wmg.errors import PartialFailure, QueryError
from wmg.executor import (ObjectNotFound, QueryResult, QueryTimeout, SparkExecutor, SqlExecutor, SqlSyntaxError,
                          classify_sqlstate, parse_conf, spark_conf, wait_for_tables)


@pytest.fixture
def pg(pg_database):
    import psycopg

    ex = SqlExecutor(psycopg.connect(pg_database, autocommit=True), engine="postgres", record_queries=True,
                     connect=lambda: psycopg.connect(pg_database))
    ex.execute("create table t (id int primary key, v text)")
    yield ex
    ex.close()


# ------------------------------------------------------------------------------------------ SQL

def test_activity_count_for_dml_and_select(pg):
    r = pg.execute("insert into t select g, 'v' || g from generate_series(1, 5) g")
    assert (r.rows, r.columns, r.activity_count) == (None, (), 5)
    assert pg.execute("update t set v = 'x' where id > 3").activity_count == 2
    assert pg.execute("delete from t where id = 1").activity_count == 1
    r = pg.execute("select id, v from t where id <= %s order by id", (3,), query_id="q7")
    assert r == QueryResult([(2, "v2"), (3, "v3")], ("id", "v"), 2, "q7")
    assert pg.execute("select * from t where false").activity_count == 0
    assert pg.execute("create table u (x int)").activity_count == 0
    assert pg.execute("merge into u using t on u.x = t.id when not matched then insert values (t.id)"
                      ).activity_count == 4        # PostgreSQL 15 MERGE
    assert [q.query_id for q in pg.executed][4] == "q7"


def test_script_and_typed_errors(pg):
    results = pg.execute_script("insert into t values (1, 'a;b'); -- c;\n select v from t; ")
    assert [r.activity_count for r in results] == [1, 1]
    assert results[1].rows == [("a;b",)]
    with pytest.raises(ObjectNotFound) as info:
        pg.execute("select * from nope", query_id="q1")
    e = info.value
    assert (e.sqlstate, e.query_id, e.engine, e.sql) == ("42P01", "q1", "postgres", "select * from nope")
    assert isinstance(e, QueryError) and e.__cause__ is not None
    with pytest.raises(ObjectNotFound):
        pg.execute("select nocol from t")
    with pytest.raises(SqlSyntaxError):
        pg.execute("selec 1")
    with pytest.raises(QueryError) as info:
        pg.execute("insert into t values (1, 'dup')")
    assert type(info.value) is QueryError and info.value.sqlstate == "23505"
    with pytest.raises(SqlSyntaxError) as info:
        pg.execute_script("select 1; selec 2; select 3")
    assert info.value.statement_index == 1
    assert classify_sqlstate(None) is QueryError


def test_timeout_cancels_the_statement(pg):
    start = time.monotonic()
    with pytest.raises(QueryTimeout) as info:
        pg.execute("select pg_sleep(5)", timeout_s=0.3)
    assert time.monotonic() - start < 3
    assert info.value.sqlstate == "57014"
    assert pg.execute("select 1").rows == [(1,)]    # the connection is still usable


def test_parallel_batch_runs_concurrently_and_reports_partial_failure(pg):
    start = time.monotonic()
    with pg.parallel(max_workers=4) as b:
        for i in range(4):
            b.submit(f"insert into t select {i}, 'p' from pg_sleep(0.5)", query_id=f"p{i}")
    assert time.monotonic() - start < 1.8          # 4 x 0.5 s sleeps overlapped
    assert sorted(r.query_id for r in b.results) == ["p0", "p1", "p2", "p3"]
    assert pg.execute("select count(*) from t").rows == [(4,)]   # worker connections committed

    with pytest.raises(PartialFailure) as info:
        with pg.parallel(max_workers=2) as b:
            b.submit("insert into t values (10, 'ok')", query_id="ok")
            b.submit("insert into missing values (1)", query_id="bad1")
            b.submit("selec", query_id="bad2")
    group = info.value
    assert [r.query_id for r in group.successes] == ["ok"]
    assert sorted(type(e).__name__ for e in group.exceptions) == ["ObjectNotFound", "SqlSyntaxError"]
    assert pg.execute("select v from t where id = 10").rows == [("ok",)]


def test_parallel_without_factory_serializes_on_the_shared_connection(pg_database):
    import psycopg

    with SqlExecutor(psycopg.connect(pg_database, autocommit=True)) as ex:
        ex.execute("create table c (n int)")
        with ex.parallel(max_workers=3) as b:
            for i in range(6):
                b.submit("insert into c values (%s)", params=(i,))
        assert ex.execute("select sum(n) from c").rows == [(15,)]


def test_wait_for_tables(pg, pg_database):
    import psycopg

    def create_later():
        time.sleep(0.4)
        with psycopg.connect(pg_database, autocommit=True) as c:
            c.execute("create table late (x int)")

    threading.Thread(target=create_later).start()
    wait_for_tables(pg, ["t", "late"], timeout_s=10, poll_s=0.1)
    with pytest.raises(QueryTimeout, match="never"):
        wait_for_tables(pg, ["never"], timeout_s=0.3, poll_s=0.1)


def test_commit_and_rollback_on_a_transactional_connection(pg_database):
    import psycopg

    ex = SqlExecutor(psycopg.connect(pg_database))
    ex.execute("create table k (x int)")
    ex.commit()
    ex.execute("insert into k values (1)")
    ex.rollback()
    ex.execute("insert into k values (2)")
    ex.commit()
    assert ex.execute("select x from k").rows == [(2,)]
    ex.close()


# ---------------------------------------------------------------------------------------- Spark

@pytest.fixture
def sx(clean_spark):
    clean_spark.sql("create table st (id int, v string) using parquet")
    return SparkExecutor(clean_spark, record_queries=True)


def test_spark_activity_counts(sx, spark):
    r = sx.execute("insert into st select id, cast(id as string) from range(7)")
    assert r.activity_count == 7                      # numOutputRows of the write
    r = sx.execute("insert into st select 100, 'x'", count_sql="select 1")
    assert r.activity_count == 1
    r = sx.execute("select id from st where id < 3 order by id", query_id="s1")
    assert (r.rows, r.columns, r.activity_count, r.query_id) == ([(0,), (1,), (2,)], ("id",), 3, "s1")
    r = sx.execute("with x as (select * from st) select count(*) as n from x")
    assert r.rows == [(8,)]
    r = sx.execute("select * from st where id > 2", temp_view="big", count=True, cache=True)
    assert r.rows is None and r.activity_count == 5
    assert spark.catalog.isCached("big")
    assert sx.execute("select count(*) from big").rows == [(5,)]
    assert sx.execute("create table st2 using parquet as select * from st").activity_count is None
    r = sx.execute("create table st3 using parquet as select * from st", count_sql="select count(*) from st3")
    assert r.activity_count == 8
    assert sx.execute("drop table st2").activity_count is None
    assert sx.execute("select :x + 1 as y", params={"x": 41}).rows == [(42,)]
    assert [q.activity_count for q in sx.executed][:2] == [7, 1]


def test_spark_typed_errors(sx, spark):
    spark.sparkContext.setLogLevel("OFF")
    try:
        with pytest.raises(ObjectNotFound) as info:
            sx.execute("select * from no_such_tbl", query_id="e1")
        assert (info.value.sqlstate, info.value.error_class, info.value.engine) == (
            "42P01", "TABLE_OR_VIEW_NOT_FOUND", "spark")
        with pytest.raises(ObjectNotFound):
            sx.execute("select nocol from st")
        with pytest.raises(ObjectNotFound):
            sx.execute("select no_fn(1)")
        with pytest.raises(SqlSyntaxError):
            sx.execute("SEL * FROM st")
        with pytest.raises(SqlSyntaxError) as info:
            sx.execute_script("select 1; select 1 +; select 2")
        assert info.value.statement_index == 1
    finally:
        spark.sparkContext.setLogLevel("ERROR")


def test_spark_per_query_conf_is_restored(sx, spark):
    assert not spark.conf._jconf.contains("spark.sql.wmg.test.key")
    before = spark.conf.get("spark.sql.shuffle.partitions")
    seen = sx.execute("select '${spark.sql.wmg.test.key}' as k, '${spark.sql.shuffle.partitions}' as p",
                      conf="spark.sql.wmg.test.key=abc, spark.sql.shuffle.partitions=7").rows
    assert seen == [("abc", "7")]
    assert spark.conf.get("spark.sql.shuffle.partitions") == before
    assert not spark.conf._jconf.contains("spark.sql.wmg.test.key")       # absent again, not ""
    with pytest.raises(ObjectNotFound):
        sx.execute("select * from nowhere", conf={"spark.sql.shuffle.partitions": 9})
    assert spark.conf.get("spark.sql.shuffle.partitions") == before
    with spark_conf(spark, {"spark.sql.ansi.enabled": True}):
        assert spark.conf.get("spark.sql.ansi.enabled") == "true"
    assert parse_conf("a=1|b = x=y") == {"a": "1", "b": "x=y"}


def test_spark_parallel_and_timeout(sx, spark):
    # concurrent INSERTs into one path-based table collide in its _temporary dir (a Spark
    # limitation); parallel batches write different tables, as generated jobs do
    for i in range(3):
        sx.execute(f"create table par{i} (id int) using parquet")
    with sx.parallel(max_workers=3) as b:
        for i in range(3):
            b.submit(f"insert into par{i} select id from range({i + 1})", query_id=f"p{i}")
    assert sorted(r.activity_count for r in b.results) == [1, 2, 3]
    sx.execute("insert into st select 1, 'x' from range(3)")
    spark.sparkContext.setLogLevel("OFF")
    try:
        with pytest.raises(PartialFailure) as info:
            with sx.parallel(max_workers=2) as b:
                b.submit("select count(*) from st")
                b.submit("select * from missing_t")
        assert len(info.value.successes) == 1 and isinstance(info.value.exceptions[0], ObjectNotFound)
        start = time.monotonic()
        with pytest.raises(QueryTimeout):
            sx.execute("select count(*) from range(0, 100000000000, 1, 2) where reflect('java.lang.Thread', "
                       "'sleep', cast(1 as bigint)) is not null", timeout_s=1.0)
        assert time.monotonic() - start < 10
    finally:
        spark.sparkContext.setLogLevel("ERROR")
    assert sx.execute("select count(*) from st").rows == [(3,)]
