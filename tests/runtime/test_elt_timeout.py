"""wmg.elt: job timeout (setitimer / watchdog), executed-queries log, MappingVariables — real servers."""
from __future__ import annotations

import json
import threading
import time

import pytest

from wmg.checkpoint import FileCheckpoint
from wmg.elt import (TIMEOUT_EXIT_CODE, FunctionStep, JobContext, MappingVariables, Statements, StepTimeout,
                     glue_main, job_timeout_seconds, run_steps)
from wmg.errors import ConfigError
from wmg.executor import SparkExecutor, SqlExecutor

# 0.5 s budget, no safety margin
TINY = ["--timeout_minutes", str(0.5 / 60), "--timeout_margin_seconds", "0"]
# minutes of work on 2 cores, in short tasks (a running codegen task only stops at its end)
LONG_SPARK = "SELECT sum(id * 7 % 13) FROM range(0, 20000000000, 1, 2000)"


def _builder(spark):
    return lambda args: spark


# ----------------------------------------------------------------------------------------- timeout

def test_timeout_on_main_thread_interrupts_a_sleeping_unit_and_saves_the_restart_point(spark, tmp_path):
    ckpt = FileCheckpoint(tmp_path / "job.json")
    done = []

    def load(ctx):
        units = Statements(ctx, "load", "fp")
        units.run("quick", lambda: done.append("u0"))
        units.run("slow", lambda: time.sleep(10))
        units.run("never", lambda: done.append("u2"))

    def run(sess, args):
        run_steps(JobContext(sess, args, checkpoint=ckpt),
                  [FunctionStep("prepare", lambda ctx: done.append("prep")),
                   FunctionStep("load", load, restart="index")])

    import signal

    handler_before = signal.getsignal(signal.SIGALRM)
    t0 = time.monotonic()
    code = glue_main(run, TINY, spark_builder=_builder(spark))
    elapsed = time.monotonic() - t0
    assert code == TIMEOUT_EXIT_CODE
    assert 0.4 < elapsed < 3, elapsed
    assert done == ["prep", "u0"]
    point = ckpt.load()[0]
    assert (point.step, point.index) == ("load", 1) and "StepTimeout" in point.message
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)      # disarmed
    assert signal.getsignal(signal.SIGALRM) == handler_before       # handler restored


def test_timeout_on_main_thread_during_a_spark_job_cancels_it(spark):
    """SIGALRM while the main thread waits in py4j: the handler only cancels the Spark jobs (from
    another thread); the failed query becomes StepTimeout at the unit; the session stays usable."""
    ex = SparkExecutor(spark)
    ran = []

    def run(sess, args):
        ctx = JobContext(sess, args)
        units = Statements(ctx, "big", "")
        units.run("long query", lambda: ex.execute(LONG_SPARK, query_id="long"))
        ran.append("after")

    t0 = time.monotonic()
    assert glue_main(run, TINY, spark_builder=_builder(spark)) == TIMEOUT_EXIT_CODE
    assert time.monotonic() - t0 < 10
    assert ran == []
    assert spark.sql("SELECT 41 + 1").collect()[0][0] == 42        # py4j connection intact


def test_timeout_watchdog_off_the_main_thread_cancels_spark_and_stops_the_next_unit(spark):
    ran = []
    result = {}

    def run(sess, args):
        ctx = JobContext(sess, args)
        units = Statements(ctx, "big", "")
        try:
            units.run("long query", lambda: sess.sql(LONG_SPARK).collect())
        except StepTimeout:
            ran.append("timeout seen")
            raise

    def target():
        t0 = time.monotonic()
        result["code"] = glue_main(run, TINY, spark_builder=_builder(spark))
        result["elapsed"] = time.monotonic() - t0

    th = threading.Thread(target=target)
    th.start()
    th.join(60)
    assert result["code"] == TIMEOUT_EXIT_CODE
    assert result["elapsed"] < 10, result
    assert ran == ["timeout seen"]
    assert spark.sql("SELECT 1").collect()[0][0] == 1


def test_timeout_swallowed_by_the_job_still_fails_the_run(spark):
    def run(sess, args):
        try:
            time.sleep(5)
        except StepTimeout:
            pass                        # generated code must not be able to turn a timeout into success

    assert glue_main(run, TINY, spark_builder=_builder(spark)) == TIMEOUT_EXIT_CODE
    assert glue_main(lambda s, a: None, TINY, spark_builder=_builder(spark)) == 0


def test_job_timeout_seconds_from_arguments_and_from_glue_on_moto(moto):
    import boto3

    assert job_timeout_seconds({}) is None
    assert job_timeout_seconds({"timeout_minutes": "10"}) == 600 - 60           # 10% margin
    assert job_timeout_seconds({"timeout_minutes": "480"}) == 480 * 60 - 300    # capped at 5 min
    assert job_timeout_seconds({"timeout_minutes": "1", "timeout_margin_seconds": "0"}) == 60
    with pytest.raises(ConfigError):
        job_timeout_seconds({"timeout_minutes": "1", "timeout_margin_seconds": "60"})
    with pytest.raises(ConfigError):
        job_timeout_seconds({"timeout_minutes": "soon"})

    glue = boto3.client("glue")
    glue.create_job(Name="etl", Role="arn:aws:iam::123456789012:role/glue", Timeout=30,
                    Command={"Name": "glueetl", "ScriptLocation": "s3://code/etl.py"})
    run_own = glue.start_job_run(JobName="etl", Timeout=7)["JobRunId"]
    run_dflt = glue.start_job_run(JobName="etl")["JobRunId"]
    assert job_timeout_seconds({"JOB_NAME": "etl", "JOB_RUN_ID": run_own}) == 7 * 60 - 42
    assert job_timeout_seconds({"JOB_NAME": "etl", "JOB_RUN_ID": run_dflt}) in (30 * 60 - 180,)
    assert job_timeout_seconds({"JOB_NAME": "etl", "JOB_RUN_ID": run_own, "timeout_minutes": "2"}) == 120 - 12
    # a lookup failure arms nothing (Glue's own timeout still applies) rather than failing the job
    assert job_timeout_seconds({"JOB_NAME": "nope", "JOB_RUN_ID": "jr_x"}) is None


# ------------------------------------------------------------------------------- executed queries

def test_executed_queries_written_to_s3_when_the_job_fails(spark, moto, pg_database):
    import boto3
    import psycopg

    s3 = boto3.client("s3")
    s3.create_bucket(Bucket="logs")

    def run(sess, args):
        ex = SparkExecutor(sess)                               # no flag: --record_queries turns it on
        ex.execute("SELECT 1 AS a UNION ALL SELECT 2", query_id="q1")
        with SqlExecutor(psycopg.connect(pg_database), engine="postgres") as pg:
            pg.execute("CREATE TABLE t (a int)", query_id="pg1")
            pg.execute("INSERT INTO t VALUES (1), (2), (3)", query_id="pg2")
            pg.conn.commit()
        ex.execute("SELECT * FROM no_such_table_xyz", query_id="q2")

    argv = ["--JOB_NAME", "j", "--JOB_RUN_ID", "jr_42", "--record_queries", "true",
            "--executed_queries_path", "s3://logs/queries/"]
    assert glue_main(run, argv, spark_builder=_builder(spark)) == 1
    body = s3.get_object(Bucket="logs", Key="queries/executed_queries_jr_42.jsonl")["Body"].read().decode()
    rows = [json.loads(line) for line in body.splitlines()]
    assert [(r["query_id"], r["engine"], r["activity_count"]) for r in rows] == [
        ("q1", "spark", 2), ("pg1", "postgres", 0), ("pg2", "postgres", 3), ("q2", "spark", None)]
    assert all(r["error"] is None for r in rows[:3])
    assert "no_such_table_xyz" in rows[3]["error"]
    assert all(r["seconds"] >= 0 and r["started_at"].endswith("+00:00") for r in rows)
    assert rows[2]["sql"] == "INSERT INTO t VALUES (1), (2), (3)"


def test_executed_queries_local_file_on_timeout_and_constructor_flag(spark, tmp_path):
    out = tmp_path / "logs" / "q.jsonl"
    ex = SparkExecutor(spark, record_queries=True)

    def run(sess, args):
        ex.execute("SELECT 1", query_id="first")
        time.sleep(5)

    code = glue_main(run, [*TINY, "--executed_queries_path", str(out)], spark_builder=_builder(spark))
    assert code == TIMEOUT_EXIT_CODE
    rows = [json.loads(x) for x in out.read_text().splitlines()]
    assert [r["query_id"] for r in rows] == ["first"]
    assert [q.query_id for q in ex.executed] == ["first"] and ex.executed[0].engine == "spark"
    # outside glue_main, only executors built with record_queries=True record
    SparkExecutor(spark).execute("SELECT 2", query_id="x")
    ex.execute("SELECT 3", query_id="y")
    assert [q.query_id for q in ex.executed] == ["first", "y"]


def test_unwritable_query_log_does_not_change_the_outcome(spark, moto):
    # bucket missing: writing fails, is logged, and the successful job still returns 0
    argv = ["--executed_queries_path", "s3://no-such-bucket/q.jsonl"]
    assert glue_main(lambda s, a: SparkExecutor(s).execute("SELECT 1"), argv, spark_builder=_builder(spark)) == 0


# ------------------------------------------------------------------------------ mapping variables

def test_mapping_variables_on_postgres(pg_database):
    import psycopg

    conn = psycopg.connect(pg_database)
    mv = MappingVariables(conn, "job_a")
    assert mv.get("last_load") is None and mv.get("x", "dflt") == "dflt"   # table created on first use
    mv.set("last_load", "2024-01-31")
    first = mv.updated_at("last_load")
    mv.upsert({"last_load": "2024-02-29", "batch": 7, "empty": None})
    assert mv.get_all() == {"batch": "7", "empty": None, "last_load": "2024-02-29"}
    assert mv.updated_at("last_load") >= first
    other = MappingVariables(psycopg.connect(pg_database, autocommit=True), "job_b")
    assert other.get_all() == {}                                    # per job; existing table reused
    other.set("last_load", "1999-12-31")
    assert mv.get("last_load") == "2024-02-29"

    # one transaction: a failing value (too long for VARCHAR(256) name) leaves nothing applied
    with pytest.raises(psycopg.errors.StringDataRightTruncation):
        mv.upsert({"batch": 8, "n" * 300: "x"})
    assert mv.get("batch") == "7"
    assert mv.delete("empty") and not mv.delete("empty")
    with psycopg.connect(pg_database) as c:
        assert c.execute("SELECT count(*) FROM wmg_mapping_vars").fetchone()[0] == 3
    with pytest.raises(ConfigError):
        MappingVariables(conn, "j", table="x; drop table y")


def test_mapping_variables_concurrent_upserts_never_duplicate(pg_database):
    import psycopg

    MappingVariables(psycopg.connect(pg_database), "job").get("n")          # create the table once
    errors = []

    def worker(i):
        try:
            with psycopg.connect(pg_database) as c:
                mv = MappingVariables(c, "job", create=False)
                for k in range(5):
                    mv.upsert({"n": f"{i}-{k}", f"w{i}": k})
        except Exception as e:                                              # pragma: no cover
            errors.append(e)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with psycopg.connect(pg_database) as c:
        rows = c.execute("SELECT name, count(*) FROM wmg_mapping_vars GROUP BY name ORDER BY name").fetchall()
    assert rows == [("n", 1), ("w0", 1), ("w1", 1), ("w2", 1), ("w3", 1)]
