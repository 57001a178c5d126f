"""wmg.glue against moto's Glue control plane over HTTP (FAILED runs come from the project's
moto launcher patch: Arguments {"--simulate_failure": msg})."""
from __future__ import annotations

import json
import urllib.request
from urllib.parse import parse_qs, urlsplit

import pytest

from wmg.aws import AwsContext
from wmg.errors import ConfigError, NotFound
from wmg.glue import Glue, JobArgs, JobRunFailed, JobRunTimeout, rds_auth_token
from wmg.secrets import SecretStore

pytestmark = pytest.mark.moto


def moto_api(endpoint, path, body):
    req = urllib.request.Request(f"{endpoint}/moto-api/state-manager/{path}", data=json.dumps(body).encode(),
                                 method="POST")
    urllib.request.urlopen(req, timeout=10).read()


@pytest.fixture
def slow_runs(moto):
    """Job runs step STARTING -> RUNNING -> final, one step per GetJobRun."""
    moto_api(moto, "set-transition", {"model_name": "glue::job_run",
                                      "transition": {"progression": "manual", "times": 1}})
    yield
    moto_api(moto, "unset-transition", {"model_name": "glue::job_run"})


@pytest.fixture
def glue(moto):
    g = Glue(AwsContext(), JobArgs.from_argv(["--JOB_NAME", "etl", "--JOB_RUN_ID", "jr_1"]))
    g.client.create_job(Name="etl", Role="arn:aws:iam::123456789012:role/glue", Timeout=60,
                        Command={"Name": "glueetl", "ScriptLocation": "s3://code/etl.py"},
                        Connections={"Connections": ["pg", "rs"]}, ExecutionProperty={"MaxConcurrentRuns": 5})
    return g


def test_job_args_parsing():
    a = JobArgs.from_argv(["script.py", "--JOB_NAME", "j", "--a=1=2", "--flag", "--b", "x", "--b", "y",
                           "--WORKFLOW_NAME", "wf", "--WORKFLOW_RUN_ID", "wr_1"])
    assert a.get("a") == "1=2" and a.get("--b") == "y" and a.get("flag") == "true"
    assert (a.job_name, a.workflow_name, a.workflow_run_id, a.job_run_id) == ("j", "wf", "wr_1", None)
    assert a.get("missing", "d") == "d" and "JOB_NAME" in a
    with pytest.raises(ConfigError, match="--nope"):
        a.require("nope")
    with pytest.raises(TypeError):
        a.values["x"] = "1"  # read-only


def test_job_args_default_is_sys_argv(monkeypatch):
    monkeypatch.setattr("sys.argv", ["job.py", "--env", "dev"])
    assert JobArgs.from_argv().require("env") == "dev"


def test_run_job_waits_through_states(glue, slow_runs):
    run = glue.run_job("etl", {"day": "2024-01-01", "--n": 3}, poll_seconds=0.01, check=True)
    assert run.state == "SUCCEEDED" and run.run_id and run.error is None and run.seconds == 123
    started = glue.client.get_job_run(JobName="etl", RunId=run.run_id)["JobRun"]["Arguments"]
    assert started == {"--day": "2024-01-01", "--n": "3"}


def test_run_job_no_wait(glue, slow_runs):
    run = glue.run_job("etl", wait=False)
    assert run.state == "STARTING"  # not asked: wait=False makes no GetJobRun call
    seen = [glue.get_run("etl", run.run_id).state for _ in range(4)]
    assert seen[0] in ("STARTING", "RUNNING") and seen[-1] == "SUCCEEDED"


def test_run_job_failed(glue):
    run = glue.run_job("etl", {"simulate_failure": "boom: division by zero"}, poll_seconds=0.01)
    assert (run.state, run.error) == ("FAILED", "boom: division by zero")
    with pytest.raises(JobRunFailed, match="boom") as ei:
        glue.run_job("etl", {"simulate_failure": "boom again"}, poll_seconds=0.01, check=True)
    assert ei.value.run.state == "FAILED"


def test_run_job_timeout(glue, moto):
    moto_api(moto, "set-transition", {"model_name": "glue::job_run",
                                      "transition": {"progression": "manual", "times": 1000}})
    try:
        with pytest.raises(JobRunTimeout) as ei:
            glue.run_job("etl", poll_seconds=0.05, timeout_s=0.2)
        assert ei.value.run.state == "STARTING" and isinstance(ei.value, TimeoutError)
    finally:
        moto_api(moto, "unset-transition", {"model_name": "glue::job_run"})


def test_unknown_job_not_found(glue):
    with pytest.raises(NotFound):
        glue.run_job("nope")
    with pytest.raises(NotFound):
        glue.job_role("nope")


def test_job_role_connections_timeout(glue):
    assert glue.job_role() == "arn:aws:iam::123456789012:role/glue"
    assert glue.job_connections() == ["pg", "rs"]
    run = glue.run_job("etl", poll_seconds=0.01)
    g = Glue(glue.aws, JobArgs({"JOB_NAME": "etl", "JOB_RUN_ID": run.run_id}))
    assert g.job_timeout_minutes() == 60  # moto's runs carry no Timeout: the job's is used
    assert Glue(glue.aws, JobArgs()).job_timeout_minutes(default=99) == 99
    with pytest.raises(ConfigError, match="JOB_NAME"):
        Glue(glue.aws, JobArgs()).job_role()


def test_connection_with_password_and_with_secret(glue):
    c = glue.client
    c.create_connection(ConnectionInput={"Name": "pg", "ConnectionType": "JDBC", "ConnectionProperties": {
        "JDBC_CONNECTION_URL": "jdbc:postgresql://db:5432/dw", "USERNAME": "etl", "PASSWORD": "pw1"}})
    glue.aws.client("secretsmanager").create_secret(Name="rs-secret", SecretString=json.dumps(
        {"username": "rsuser", "password": "pw2"}))
    c.create_connection(ConnectionInput={"Name": "rs", "ConnectionType": "JDBC", "ConnectionProperties": {
        "JDBC_CONNECTION_URL": "jdbc:redshift://cl:5439/dev", "SECRET_ID": "rs-secret"}})
    c.create_connection(ConnectionInput={"Name": "broken", "ConnectionType": "JDBC", "ConnectionProperties": {
        "JDBC_CONNECTION_URL": "jdbc:postgresql://db/x"}})
    pg = glue.connection("pg")
    assert (pg.db_type, pg.url, pg.user, pg.password) == ("postgres", "jdbc:postgresql://db:5432/dw", "etl", "pw1")
    assert "pw1" not in repr(pg)
    store = SecretStore(glue.aws)
    rs = glue.connection("rs", secrets=store)
    assert (rs.db_type, rs.user, rs.password, store.fetches) == ("redshift", "rsuser", "pw2", 1)
    with pytest.raises(ConfigError, match="broken"):
        glue.connection("broken")
    with pytest.raises(NotFound):
        glue.connection("absent")


def test_workflow_properties(glue):
    glue.client.create_workflow(Name="wf", DefaultRunProperties={"a": "1"})
    run_id = glue.client.start_workflow_run(Name="wf")["RunId"]
    g = Glue(glue.aws, JobArgs.from_argv(["--WORKFLOW_NAME", "wf", "--WORKFLOW_RUN_ID", run_id]))
    assert g.workflow_property("a") == "1" and g.workflow_property("b", "dflt") == "dflt"
    g.put_workflow_properties({"b": 2})
    assert g.workflow_properties() == {"a": "1", "b": "2"}
    with pytest.raises(ConfigError, match="workflow"):
        glue.workflow_properties()


def test_rds_auth_token_is_signed_locally(glue):
    token = rds_auth_token(glue.aws, "db.example.com", 5432, "iam_user")
    assert glue.rds_auth_token("db.example.com", 5432, "iam_user").startswith("db.example.com:5432/?")
    parts = urlsplit("https://" + token)
    q = parse_qs(parts.query)
    assert (parts.hostname, parts.port) == ("db.example.com", 5432)
    assert q["Action"] == ["connect"] and q["DBUser"] == ["iam_user"] and q["X-Amz-Expires"] == ["900"]
    assert "X-Amz-Signature" in q


def test_catalog_helpers(glue):
    c = glue.client
    c.create_database(DatabaseInput={"Name": "sales"})
    c.create_database(DatabaseInput={"Name": "hr"})
    c.create_table(DatabaseName="sales", TableInput={
        "Name": "orders", "PartitionKeys": [{"Name": "day", "Type": "date"}],
        "StorageDescriptor": {"Columns": [{"Name": "id", "Type": "bigint", "Comment": "pk"},
                                          {"Name": "amt", "Type": "decimal(12,2)"}]}})
    c.create_table(DatabaseName="sales", TableInput={"Name": "items"})
    assert sorted(glue.databases()) == ["hr", "sales"]
    assert sorted(glue.tables("sales")) == ["items", "orders"]
    cols = glue.table_columns("sales", "orders")
    assert [(x.name, x.type, x.partition_key) for x in cols] == [
        ("id", "bigint", False), ("amt", "decimal(12,2)", False), ("day", "date", True)]
    assert cols[0].comment == "pk"
    with pytest.raises(NotFound):
        glue.table_columns("sales", "nope")
