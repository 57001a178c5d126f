"""`leapc deploy` against moto's server: runtime zip and job scripts on S3, Glue jobs created
and then updated."""
from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import boto3
import pytest
from click.testing import CliRunner

from leapc.cli import main
from leapc.deploy import build_runtime_zip, job_name, job_parameters

pytestmark = pytest.mark.moto

JOB = '''"""Converted by leapc (test)."""
import sys

from wmg.scripts import SparkScript

S010 = "SELECT * FROM ${DB}.t"


def run(spark, args=None):
    with SparkScript(spark, args) as script:
        script.sql("S010", S010.replace("${DB}", script.arg("DB")))
'''


@pytest.fixture
def out_dir(tmp_path):
    out = tmp_path / "out"
    (out / "daily").mkdir(parents=True)
    (out / "load_orders.py").write_text(JOB)
    (out / "daily" / "sum up.py").write_text(JOB.replace("${DB}", "edw").replace('script.arg("DB")', '"edw"'))
    (out / "runner.py").write_text("def run(conn, args=None):\n    pass\n")  # a Redshift runner: not a job
    (out / "a.sql").write_text("SELECT 1;\n")
    return out


def test_helpers():
    assert job_name(Path("daily/sum up.py"), "edw-") == "edw-daily_sum_up"
    assert job_parameters(JOB) == ["DB"]
    data = build_runtime_zip()
    assert data == build_runtime_zip()  # deterministic
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert "wmg/__init__.py" in names and "wmg/scripts.py" in names
    assert not any("__pycache__" in n or n.endswith(".pyc") for n in names)


def test_runtime_zip_imports(tmp_path):
    z = tmp_path / "wmg.zip"
    z.write_bytes(build_runtime_zip())
    code = f"import sys; sys.path.insert(0, {str(z)!r}); import wmg.scripts, wmg.elt; print(wmg.scripts.__file__)"
    out = subprocess.run([sys.executable, "-I", "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert str(z) in out.stdout


def test_deploy_creates_then_updates(moto, out_dir):
    s3 = boto3.client("s3", endpoint_url=moto)
    glue = boto3.client("glue", endpoint_url=moto)
    s3.create_bucket(Bucket="jobs-bucket")
    args = ["deploy", str(out_dir), "--bucket", "jobs-bucket", "--prefix", "etl/v1", "--role", "GlueRole",
            "--job-prefix", "edw-", "--connection", "redshift-conn"]
    r = CliRunner().invoke(main, args)
    assert r.exit_code == 0, r.output
    assert "created  edw-load_orders" in r.output and "created  edw-daily_sum_up" in r.output
    assert "parameters to pass at run time: DB" in r.output

    keys = sorted(o["Key"] for o in s3.list_objects_v2(Bucket="jobs-bucket")["Contents"])
    assert "etl/v1/jobs/load_orders.py" in keys and "etl/v1/jobs/daily/sum up.py" in keys
    assert not any(k.endswith("runner.py") for k in keys)
    [runtime_key] = [k for k in keys if k.startswith("etl/v1/lib/wmg-")]
    assert s3.get_object(Bucket="jobs-bucket", Key=runtime_key)["Body"].read() == build_runtime_zip()
    assert s3.get_object(Bucket="jobs-bucket", Key="etl/v1/jobs/load_orders.py")["Body"].read().decode() == JOB

    job = glue.get_job(JobName="edw-load_orders")["Job"]
    assert job["GlueVersion"] == "5.0" and job["Role"] == "GlueRole"
    assert job["Command"]["Name"] == "glueetl"
    assert job["Command"]["ScriptLocation"] == "s3://jobs-bucket/etl/v1/jobs/load_orders.py"
    assert job["DefaultArguments"]["--extra-py-files"] == f"s3://jobs-bucket/{runtime_key}"
    assert job["Connections"]["Connections"] == ["redshift-conn"]

    # Second deploy: same runtime (not uploaded again), jobs replaced with the new argument
    # (moto 5.2 has no UpdateJob: the update path is checked with a stubbed client below).
    r = CliRunner().invoke(main, args + ["--arg", "DB=edw_prod", "--workers", "5", "--on-existing", "recreate"])
    assert r.exit_code == 0, r.output
    assert "(already there)" in r.output and "replaced edw-load_orders" in r.output
    assert "parameters to pass at run time" not in r.output
    job = glue.get_job(JobName="edw-load_orders")["Job"]
    assert job["DefaultArguments"]["--DB"] == "edw_prod" and job["NumberOfWorkers"] == 5
    assert len([j for j in glue.get_jobs()["Jobs"] if j["Name"].startswith("edw-")]) == 2


def test_deploy_errors(moto, out_dir, tmp_path):
    r = CliRunner().invoke(main, ["deploy", str(out_dir), "--bucket", "no-such-bucket", "--role", "R"])
    assert r.exit_code == 1 and "deploy failed" in r.output
    (tmp_path / "empty").mkdir()
    r = CliRunner().invoke(main, ["deploy", str(tmp_path / "empty"), "--bucket", "b", "--role", "R"])
    assert r.exit_code == 2


def test_existing_job_is_updated_in_place(moto, out_dir):
    from botocore.stub import ANY, Stubber

    from leapc.deploy import deploy
    from wmg.aws import AwsContext

    boto3.client("s3", endpoint_url=moto).create_bucket(Bucket="stub-bucket")
    aws = AwsContext()
    stub = Stubber(aws.client("glue"))
    for name, script in [("daily_sum_up", "daily/sum up.py"), ("load_orders", "load_orders.py")]:
        stub.add_response("get_job", {"Job": {"Name": name}}, {"JobName": name})
        stub.add_response("update_job", {"JobName": name}, {"JobName": name, "JobUpdate": ANY})
    with stub:
        result = deploy(out_dir, bucket="stub-bucket", prefix="p", role="R", arguments={"DB": "x"}, aws=aws)
    stub.assert_no_pending_responses()
    assert [(j.name, j.action) for j in result.jobs] == [("daily_sum_up", "updated"), ("load_orders", "updated")]
