"""wmg.elt: Params, steps with restart (file / S3 checkpoints), glue_main and db_main entry points."""
from __future__ import annotations

import json
import os
import runpy
import subprocess
import sys
import textwrap

import pytest

from wmg.checkpoint import (CheckpointConflict, FileCheckpoint, MemoryCheckpoint, RestartPoint, S3Checkpoint,
                            StaleCheckpoint, open_checkpoint)
from wmg.elt import (ELTProcess, FunctionStep, JobContext, Params, Statements, Step, StepFailed, db_main,
                     fingerprint, glue_main, parse_job_args, run_steps)
from wmg.errors import ConfigError

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


# ------------------------------------------------------------------------------------------- Params

def test_params_precedence_nested_and_transformation():
    p = Params({"a": 1, "t1.b": "scoped-high"}, {"a": 2, "b": "low", "nest": {"x": {"y": 5}}}, None)
    assert p.get("a") == 1
    assert p.get("b") == "low"
    assert p.get("b", transformation="t1") == "scoped-high"
    assert p.get("b", transformation="t2") == "low"
    assert p.get("nest.x.y") == 5
    assert p.get("missing", "dflt") == "dflt"
    assert "nest.x" in p and "zzz" not in p
    assert p["a"] == 1
    with pytest.raises(KeyError):
        p["zzz"]
    with pytest.raises(ConfigError, match="'zzz'"):
        p.require("zzz")
    assert p.require("a") == 1


def test_params_is_immutable_and_overrides_make_new_objects():
    base_layer = {"a": 1, "d": {"k": 1}}
    p = Params(base_layer)
    base_layer["a"] = 99           # the caller's dict is copied
    base_layer["d"]["k"] = 99
    assert p.get("a") == 1 and p.get("d.k") == 1
    with pytest.raises(AttributeError):
        p.x = 1
    with pytest.raises(TypeError):
        p.layers[0]["a"] = 5
    q = p.with_overrides({"a": 2}, b=3)
    assert (q.get("a"), q.get("b"), p.get("a"), p.get("b")) == (2, 3, 1, None)
    assert q.as_dict() == {"a": 2, "b": 3, "d": {"k": 1}}
    assert "secret" not in repr(Params({"password": "secret"}))


def test_params_merge_and_json():
    merged = Params.merge('{"a": {"x": 1, "y": 2}, "b": 1}', {"a": {"y": 3}, "c": [1]})
    assert merged == {"a": {"x": 1, "y": 3}, "b": 1, "c": [1]}
    assert Params.merge(None, {"a": 1}) == {"a": 1}
    p = Params({"json_param": json.dumps({"region": "eu", "n": 2}), "other": {"k": "v"}})
    assert p.json("region") == "eu"
    assert p.json("nope", "d") == "d"
    assert p.json("k", json_param_key="other") == "v"
    with pytest.raises(ConfigError):
        Params({"json_param": "{bad"}).json("x")


def test_parse_job_args_glue_style():
    args = parse_job_args(["--JOB_NAME", "j1", "--k=v=w", "--flag", "--n", "-1", "stray", "--last"])
    assert args == {"JOB_NAME": "j1", "k": "v=w", "flag": "true", "n": "-1", "last": "true"}


# ---------------------------------------------------------------------------------------- glue_main

def test_glue_main_reuses_the_active_session_and_passes_args(spark):
    seen = {}

    def run(sess, args=None):
        seen["same"] = sess is spark
        seen["args"] = args
        seen["tz"] = sess.conf.get("spark.sql.session.timeZone")
        seen["answer"] = sess.sql("select 40 + 2 as x").first()[0]

    assert glue_main(run, ["--JOB_NAME", "j", "--load_date", "2024-01-31"]) == 0
    assert seen == {"same": True, "args": {"JOB_NAME": "j", "load_date": "2024-01-31"}, "tz": "UTC", "answer": 42}


def test_glue_main_timezone_argument_and_builder(spark):
    calls = []

    def builder(args):
        calls.append(args)
        return spark

    def run(sess, args=None):
        calls.append(sess.sql("select hour(cast('2024-01-01 12:00:00' as timestamp)) as h, "
                              "hour(to_utc_timestamp(cast('2024-01-01 12:00:00' as timestamp), "
                              "current_timezone())) as u").first())
    try:
        assert glue_main(run, ["--timezone", "America/Chicago"], spark_builder=builder) == 0
        assert calls[0] == {"timezone": "America/Chicago"}
        assert calls[1]["u"] == 18          # noon in Chicago is 18:00 UTC in January
    finally:
        spark.conf.set("spark.sql.session.timeZone", "UTC")


def test_glue_main_failure_is_nonzero_and_logged(spark, caplog):
    def run(sess, args=None):
        sess.sql("select * from no_such_table_xyz").collect()

    assert glue_main(run, []) == 1
    assert "job failed" in caplog.text and "no_such_table_xyz" in caplog.text


@pytest.mark.parametrize("exc, code", [(SystemExit(0), 0), (SystemExit(None), 0), (SystemExit(3), 3),
                                       (SystemExit("bad input"), 1), (KeyboardInterrupt(), 1), (ValueError("x"), 1)])
def test_glue_main_exit_codes(spark, exc, code):
    def run(sess, args=None):
        raise exc

    assert glue_main(run, []) == code


GENERATED_JOB = '''
import sys
import wmg.elt

def run(spark, args=None):
    args = args or {}
    spark.sql("select 1").collect()
    if args.get("fail") == "yes":
        raise RuntimeError("generated job failed")
    with open(args["marker"], "w") as f:
        f.write(args.get("JOB_NAME", ""))

if __name__ == "__main__":
    sys.exit(wmg.elt.glue_main(run))
'''


@pytest.mark.parametrize("fail, expected", [("no", 0), ("yes", 1)])
def test_generated_job_contract_in_process(spark, tmp_path, monkeypatch, fail, expected):
    """The exact shape the compiler emits, run as __main__ (in-process, to reuse the session)."""
    script = tmp_path / "job.py"
    script.write_text(GENERATED_JOB)
    marker = tmp_path / "marker"
    monkeypatch.setattr(sys, "argv", [str(script), "--JOB_NAME", "gen", "--marker", str(marker), "--fail", fail])
    with pytest.raises(SystemExit) as info:
        runpy.run_path(str(script), run_name="__main__")
    assert info.value.code == expected
    assert marker.exists() == (expected == 0)


def _job_with_spark_scripts(spark, args=None):
    """The shape leapc generates for Glue: statements through SparkScript; the first script goes
    on after a failure (ERRORCODE set), the second raises and ends the job."""
    from wmg.scripts import SparkScript

    with SparkScript(spark, args, raise_errors=False) as script:
        script.sql("S010", "CREATE DATABASE leapc_eq")
        script.sql("S020", "CREATE TABLE leapc_eq.t (x INT) USING parquet")
        script.insert("S030", "leapc_eq.t", "SELECT CAST(id AS INT) FROM range(${n})")
        script.update("S040", "leapc_eq.t", "t", {"x": "t.x * 10"}, where="t.x = 2")
        script.sql("S050", "SELECT nope FROM leapc_eq.t", count=True)
    with SparkScript(spark, args) as script:
        script.sql("S060", "SELECT * FROM leapc_eq.t", count=True)
        script.sql("S070", "SELECT * FROM leapc_eq.no_such_table")


def test_glue_main_logs_spark_script_statements(clean_spark, tmp_path):
    import inspect

    from wmg.scripts import SparkScript

    out = tmp_path / "logs" / "queries.jsonl"
    assert glue_main(_job_with_spark_scripts, ["--n", "3", "--executed_queries_path", str(out)]) == 1
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [(r["query_id"], r["engine"], r["activity_count"], r["error"] is None) for r in rows] == [
        ("S010", "spark", 0, True), ("S020", "spark", 0, True), ("S030", "spark", 3, True),
        ("S040", "spark", 1, True), ("S050", "spark", None, False), ("S060", "spark", 3, True),
        ("S070", "spark", None, False)]
    assert [r["sql"] for r in rows[2:5]] == [
        "INSERT INTO leapc_eq.t SELECT CAST(id AS INT) FROM range(3)", "UPDATE leapc_eq.t", "SELECT nope FROM leapc_eq.t"]
    assert "UNRESOLVED_COLUMN" in rows[4]["error"] and "no_such_table" in rows[6]["error"]
    assert all(r["seconds"] >= 0 and r["started_at"].endswith("+00:00") for r in rows)
    assert sorted(r.x for r in clean_spark.table("leapc_eq.t").collect()) == [0, 1, 20]
    # every statement method (one taking a sid) is logged, including ones added later
    for name, fn in inspect.getmembers(SparkScript, inspect.isfunction):
        if not name.startswith("_") and list(inspect.signature(fn).parameters)[1:2] == ["sid"]:
            assert hasattr(fn, "__wrapped__"), f"SparkScript.{name} is not in the executed-queries log"


# ------------------------------------------------------------------------------------------ db_main

def _count(dsn, table):
    import psycopg

    with psycopg.connect(dsn) as c:
        return c.execute(f"select count(*) from {table}").fetchone()[0]


def test_db_main_commits_on_success_and_rolls_back_on_failure(pg_database):
    import psycopg

    with psycopg.connect(pg_database, autocommit=True) as c:
        c.execute("create table t (x int)")

    def ok(conn, args=None):
        conn.cursor().execute("insert into t values (1), (2)")

    def bad(conn, args=None):
        conn.cursor().execute("insert into t values (3)")
        raise RuntimeError("boom")

    assert db_main(ok, ["--dsn", pg_database]) == 0
    assert db_main(bad, ["--dsn", pg_database]) == 1
    assert _count(pg_database, "t") == 2


def test_db_main_dsn_from_env_and_exit_code(pg_database, monkeypatch):
    monkeypatch.setenv("LEAPC_DSN", pg_database)
    got = {}

    def run(conn, args=None):
        cur = conn.cursor()
        cur.execute("show timezone")
        got["tz"] = cur.fetchone()[0]
        got["args"] = args
        raise SystemExit(4)

    assert db_main(run, ["--timezone", "America/Chicago", "--x", "1"]) == 4
    assert got == {"tz": "America/Chicago", "args": {"timezone": "America/Chicago", "x": "1"}}
    monkeypatch.delenv("LEAPC_DSN")
    assert db_main(run, []) == 1          # no connection configured: ConfigError -> 1


def test_db_main_with_secrets_manager_secret(pg_database, moto):
    import boto3
    import psycopg

    port = pg_database.split(":")[-1].split("/")[0]
    db = pg_database.rsplit("/", 1)[1]
    boto3.client("secretsmanager").create_secret(Name="rs/etl", SecretString=json.dumps({
        "username": "postgres", "password": "unused-with-trust",
        "url": f"jdbc:redshift://127.0.0.1:{port}/{db}"}))
    with psycopg.connect(pg_database, autocommit=True) as c:
        c.execute("create table t (x int)")

    def run(conn, args=None):
        conn.cursor().execute("insert into t values (7)")

    assert db_main(run, ["--secret_id", "rs/etl"]) == 0
    assert _count(pg_database, "t") == 1
    assert db_main(run, ["--secret_id", "rs/missing"]) == 1


def _runner_with_a_failing_request(conn, args=None):
    """The shape leapc generates: BTEQ requests through DbScript (a failure sets ERRORCODE and the
    script goes on), then .QUIT with the error level."""
    from wmg.executor import SqlExecutor
    from wmg.scripts import DbScript

    with DbScript(conn, args, raise_errors=False) as script:
        script.sql("S010", "insert into t values (1), (2)")
        script.sql("S020", "select * from no_such_table")
    SqlExecutor(conn, engine="redshift", close_connection=False).execute("select count(*) from t", query_id="check")
    if script.error_code:
        raise SystemExit(8)


def test_db_main_writes_the_executed_queries_log_to_s3_when_the_runner_fails(pg_database, moto):
    import boto3
    import psycopg

    s3 = boto3.client("s3")
    s3.create_bucket(Bucket="logs")
    with psycopg.connect(pg_database, autocommit=True) as c:
        c.execute("create table t (x int)")
    argv = ["--dsn", pg_database, "--JOB_RUN_ID", "jr_7", "--executed_queries_path", "s3://logs/rs/"]
    assert db_main(_runner_with_a_failing_request, argv) == 8
    body = s3.get_object(Bucket="logs", Key="rs/executed_queries_jr_7.jsonl")["Body"].read().decode()
    rows = [json.loads(line) for line in body.splitlines()]
    assert [(r["query_id"], r["engine"], r["activity_count"]) for r in rows] == [
        ("S010", "redshift", 2), ("S020", "redshift", None), ("check", "redshift", 1)]
    assert rows[0]["sql"] == "insert into t values (1), (2)" and rows[0]["error"] is None
    assert "no_such_table" in rows[1]["error"]
    assert all(r["seconds"] >= 0 and r["started_at"].endswith("+00:00") for r in rows)
    assert _count(pg_database, "t") == 2          # each request committed on its own, as in BTEQ


def test_db_main_executed_queries_to_a_local_file_only_when_asked(pg_database, tmp_path, caplog):
    import psycopg

    from wmg.redshift import call_procedure

    with psycopg.connect(pg_database, autocommit=True) as c:
        c.execute("create table t (x int)")
        c.execute("create procedure add_row(v int, out n int) language plpgsql as $$ "
                  "begin insert into t values (v); select count(*) into n from t; end $$")

    counts = []

    def run(conn, args=None):
        counts.extend(call_procedure(conn, "add_row", [5], ["int"]))

    out = tmp_path / "logs" / "queries.jsonl"
    assert db_main(run, ["--dsn", pg_database, "--executed_queries_path", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [(r["query_id"], r["sql"], r["error"]) for r in rows] == [
        ("call add_row", "CALL add_row(%s, NULL::int)", None)]
    # --record_queries alone records but keeps nothing; without either flag nothing is recorded
    with caplog.at_level("INFO", logger="wmg.elt"):
        assert db_main(run, ["--dsn", pg_database, "--record_queries", "true"]) == 0
        assert db_main(run, ["--dsn", pg_database]) == 0
    assert caplog.text.count("1 statements executed (pass --executed_queries_path to keep them)") == 1
    assert counts == [1, 2, 3] and _count(pg_database, "t") == 3       # every run committed
    # an unwritable log is reported and does not change the outcome
    assert db_main(run, ["--dsn", pg_database, "--executed_queries_path", str(out / "not-a-dir.jsonl")]) == 0
    assert "writing the executed queries" in caplog.text


GENERATED_RUNNER = '''
import sys
import wmg.elt

def run(conn, args=None):
    cur = conn.cursor()
    cur.execute("insert into t values (1)")
    if (args or {}).get("fail") == "yes":
        cur.execute("select * from no_such_table")

if __name__ == "__main__":
    sys.exit(wmg.elt.db_main(run))
'''


def test_generated_redshift_runner_as_a_process(pg_database, tmp_path):
    import psycopg

    with psycopg.connect(pg_database, autocommit=True) as c:
        c.execute("create table t (x int)")
    script = tmp_path / "runner.py"
    script.write_text(GENERATED_RUNNER)
    env = {**os.environ, "PYTHONPATH": REPO}
    ok = subprocess.run([sys.executable, str(script), "--dsn", pg_database], env=env, capture_output=True, text=True,
                        timeout=60)
    assert ok.returncode == 0, ok.stderr
    bad = subprocess.run([sys.executable, str(script), "--dsn", pg_database, "--fail", "yes"], env=env,
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode == 1
    assert "no_such_table" in bad.stderr
    assert _count(pg_database, "t") == 1     # the failed run's insert was rolled back


# ---------------------------------------------------------------------------------------- restart

SQLS = ["insert into log values ('u0')", "insert into log values ('u1')",
        "insert into log select 'u2' from gate", "insert into log values ('u3')"]


class LoadStep(Step):
    name = "load"
    restart = "index"

    def __init__(self, sqls=SQLS, **kw):
        super().__init__(**kw)
        self.sqls = sqls

    def run(self, ctx):
        ex = ctx.executor("postgres")
        units = Statements(ctx, self, fingerprint(*self.sqls))
        for i, sql in enumerate(self.sqls):
            units.run(f"unit {i}", lambda sql=sql: (ex.execute(sql), ex.commit()))


def _ctx(dsn, checkpoint):
    import psycopg

    return JobContext(checkpoint=checkpoint, job_name="restart-test",
                      connect=lambda engine, secret: psycopg.connect(dsn))


def _log(dsn):
    import psycopg

    with psycopg.connect(dsn) as c:
        return [r[0] for r in c.execute("select v from log order by v")]


def test_index_restart_resumes_at_the_failed_statement(pg_database, tmp_path):
    import psycopg

    with psycopg.connect(pg_database, autocommit=True) as c:
        c.execute("create table log (v text)")
    ckpt = FileCheckpoint(tmp_path / "ckpt" / "job.json")
    pre_calls = []
    steps = [FunctionStep("prepare", lambda ctx: pre_calls.append(1)), LoadStep()]

    with _ctx(pg_database, ckpt) as ctx, pytest.raises(StepFailed) as info:
        run_steps(ctx, steps)
    assert info.value.step == "load" and info.value.index == 2
    assert "gate" in str(info.value.__cause__)
    points = ckpt.load()
    assert points == [RestartPoint("load", 2, message=points[0].message, fingerprint=fingerprint(*SQLS))]
    assert _log(pg_database) == ["u0", "u1"]
    assert os.listdir(tmp_path / "ckpt") == ["job.json"]        # no temp files left behind

    with psycopg.connect(pg_database, autocommit=True) as c:   # the operator fixes the cause
        c.execute("create table gate as select 1 as g")
    with _ctx(pg_database, ckpt) as ctx:
        run_steps(ctx, steps)
    assert _log(pg_database) == ["u0", "u1", "u2", "u3"]        # u0/u1 not repeated
    assert pre_calls == [1]                                       # step before the failed one skipped
    assert ckpt.load() == [] and not (tmp_path / "ckpt" / "job.json").exists()   # cleared on success


def test_changed_statements_raise_stale_checkpoint(pg_database, tmp_path):
    ckpt = FileCheckpoint(tmp_path / "job.json")
    ckpt.save([RestartPoint("load", 2, fingerprint=fingerprint("old", "sql"))])
    with _ctx(pg_database, ckpt) as ctx, pytest.raises(StaleCheckpoint):
        run_steps(ctx, [LoadStep()])
    assert ckpt.load()[0].index == 2                             # left for the operator to clear
    ckpt.save([RestartPoint("gone_step", 0)])
    with pytest.raises(StaleCheckpoint, match="gone_step"):
        run_steps(JobContext(checkpoint=ckpt), [LoadStep()])


def test_restart_levels_step_and_none():
    calls = []
    state = {"fail": True}

    def flaky(ctx):
        units = Statements(ctx, ctx_step["b"])
        units.run("first", lambda: calls.append("b0"))
        if state["fail"]:
            units.run("second", lambda: 1 / 0)
        units.run("third", lambda: calls.append("b2"))

    ctx_step = {}
    a = FunctionStep("a", lambda ctx: calls.append("a"))
    b = ctx_step["b"] = FunctionStep("b", flaky, restart="step",
                                     on_failure=lambda ctx, exc: calls.append(f"cleanup {type(exc).__name__}"))
    store = MemoryCheckpoint()
    with pytest.raises(StepFailed):
        run_steps(JobContext(checkpoint=store), [a, b])
    assert store.load() == [RestartPoint("b", 0, message="ZeroDivisionError: division by zero")]
    assert calls == ["a", "b0", "cleanup ZeroDivisionError"]
    state["fail"] = False
    calls.clear()
    ELTProcess("job", [a, b]).run(JobContext(checkpoint=store))
    assert calls == ["b0", "b2"]                                  # step level: b reruns whole, a skipped
    assert store.load() == []

    # restart "none": no point is kept, the rerun starts from the beginning
    b.restart = "none"
    state["fail"] = True
    store.save([RestartPoint("b", 0)])
    with pytest.raises(StepFailed):
        run_steps(JobContext(checkpoint=store), [a, b])
    assert store.load() == []


def test_step_validation():
    with pytest.raises(ConfigError):
        FunctionStep("x", lambda c: None, restart="sometimes")
    with pytest.raises(ConfigError, match="unique"):
        run_steps(JobContext(), [FunctionStep("x", lambda c: None), FunctionStep("x", lambda c: None)])


def test_file_checkpoint_rejects_garbage(tmp_path):
    p = tmp_path / "c.json"
    p.write_text("{not json")
    with pytest.raises(ConfigError):
        FileCheckpoint(p).load()
    p.write_text(json.dumps({"version": 99, "points": []}))
    with pytest.raises(ConfigError, match="version"):
        FileCheckpoint(p).load()
    assert isinstance(open_checkpoint(str(p)), FileCheckpoint)
    assert isinstance(open_checkpoint(f"file://{p}"), FileCheckpoint)
    assert isinstance(open_checkpoint("memory:"), MemoryCheckpoint)
    with pytest.raises(ConfigError):
        open_checkpoint("ftp://x/y")


def test_s3_checkpoint_conditional_writes_on_moto(moto):
    import boto3

    boto3.client("s3").create_bucket(Bucket="ckpt")
    a = open_checkpoint("s3://ckpt/jobs/j1.json")
    assert isinstance(a, S3Checkpoint)
    assert a.load() == []
    a.save([RestartPoint("load", 3, runtime_config=("x", "y"), fingerprint="f")])
    a.save([RestartPoint("load", 4, fingerprint="f")])            # IfMatch with its own etag
    b = S3Checkpoint("s3://ckpt/jobs/j1.json")
    assert b.load() == [RestartPoint("load", 4, fingerprint="f")]

    # a writer that never saw the object must not overwrite it (IfNoneMatch="*")
    c = S3Checkpoint("s3://ckpt/jobs/j1.json")
    c._loaded = True
    with pytest.raises(CheckpointConflict):
        c.save([RestartPoint("other", 0)])
    # a writer holding a stale etag is refused too (IfMatch)
    b.save([RestartPoint("load", 5)])
    with pytest.raises(CheckpointConflict):
        a.save([RestartPoint("load", 6)])
    assert S3Checkpoint("s3://ckpt/jobs/j1.json").load() == [RestartPoint("load", 5)]

    b.clear()
    assert S3Checkpoint("s3://ckpt/jobs/j1.json").load() == []
    with pytest.raises(ConfigError):
        S3Checkpoint("s3://only-bucket")


def test_run_steps_with_s3_checkpoint(moto):
    import boto3

    boto3.client("s3").create_bucket(Bucket="ckpt")
    store = open_checkpoint("s3://ckpt/run.json")
    done = []
    state = {"fail": True}

    class S(Step):
        name = "s"
        restart = "index"

        def run(self, ctx):
            u = Statements(ctx, self, "fp1")
            u.run("a", lambda: done.append("a"))
            u.run("b", lambda: (_ for _ in ()).throw(RuntimeError("b failed")) if state["fail"] else done.append("b"))

    with pytest.raises(StepFailed):
        run_steps(JobContext(checkpoint=store), [S()])
    assert S3Checkpoint("s3://ckpt/run.json").load()[0].index == 1
    state["fail"] = False
    run_steps(JobContext(checkpoint=open_checkpoint("s3://ckpt/run.json")), [S()])
    assert done == ["a", "b"]
    assert S3Checkpoint("s3://ckpt/run.json").load() == []
