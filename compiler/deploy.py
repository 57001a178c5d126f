"""`leapc deploy`: put converted PySpark jobs on AWS Glue.

1. The `wmg` runtime is zipped as the package `wmg` (deterministic: sorted entries, fixed
   timestamps, no bytecode) and uploaded once per content as `<prefix>/lib/wmg-<version>-<hash>.zip`
   (the hash in the name means a job never picks up a runtime it was not deployed with).
2. Each job module (a `.py` under OUT_DIR defining `run(spark, ...)`) is uploaded to
   `<prefix>/jobs/<relative path>`.
3. A Glue job per module is created, or updated when it exists: name `<job prefix><relative path
   without .py, / as _>`, GlueVersion (5.0 by default), Command glueetl with ScriptLocation,
   DefaultArguments `--extra-py-files` (the runtime zip), `--job-language python` and the job's
   parameters, Connections, worker type and count.  An existing job is updated in place (UpdateJob,
   keeping its run history); `on_existing="recreate"` deletes and creates it instead, for Glue
   look-alikes without UpdateJob (moto 5.2 has none).

Job parameters are the script variables the module reads (`script.arg("NAME")`, or `${NAME}`
left in its SQL); a value given with `--arg NAME=VALUE` becomes the job's default argument, the
others are listed as to be passed at run time.  Every `--arg` goes to every job deployed.  All AWS calls go through wmg (AwsContext, S3, Glue),
so AWS_ENDPOINT_URL / AWS_REGION / profiles work as for the runtime."""
from __future__ import annotations

import hashlib
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

ZIP_TIME = (2020, 1, 1, 0, 0, 0)


def runtime_dir() -> Path:
    import wmg

    return Path(wmg.__file__).parent


def build_runtime_zip() -> bytes:
    """The `wmg` package as a zip for --extra-py-files (pure Python; zipimport-able)."""
    root = runtime_dir()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(root.rglob("*")):
            if not path.is_file() or "__pycache__" in path.parts or path.suffix in (".pyc", ".pyo"):
                continue
            info = zipfile.ZipInfo("wmg/" + path.relative_to(root).as_posix(), ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, path.read_bytes())
    return buf.getvalue()


def runtime_zip_name(data: bytes) -> str:
    from leapc import __version__

    return f"wmg-{__version__}-{hashlib.sha256(data).hexdigest()[:12]}.zip"


def job_modules(out_dir: Path) -> list[Path]:
    from leapc.verify import job_files

    return job_files(out_dir)


def job_name(relative: Path, prefix: str = "") -> str:
    stem = relative.with_suffix("").as_posix()
    return prefix + re.sub(r"[^A-Za-z0-9_.-]+", "_", stem)


_ARG_CALL = re.compile(r"""\.arg\(\s*['"]([A-Za-z_]\w*)['"]""")
_PLACEHOLDER = re.compile(r"\$\{([A-Za-z_]\w*)\}")


def job_parameters(text: str) -> list[str]:
    """Script variables a job reads: `script.arg("NAME")` calls and `${NAME}` left in its SQL."""
    return sorted(set(_ARG_CALL.findall(text)) | set(_PLACEHOLDER.findall(text)))


def s3_join(*parts: str) -> str:
    return "/".join(p.strip("/") for p in parts if p and p.strip("/"))


@dataclass
class DeployedJob:
    name: str
    script: str                  # s3:// URI of the job script
    action: str                  # "created" or "updated"
    parameters: list[str] = field(default_factory=list)
    missing_parameters: list[str] = field(default_factory=list)


@dataclass
class Deployment:
    runtime: str                 # s3:// URI of the runtime zip
    runtime_uploaded: bool
    jobs: list[DeployedJob] = field(default_factory=list)


def job_definition(*, role: str, script_uri: str, runtime_uri: str, glue_version: str,
                   arguments: dict[str, str], connections: list[str], worker_type: str,
                   workers: int, description: str) -> dict:
    default_args = {
        "--extra-py-files": runtime_uri,
        "--job-language": "python",
        "--enable-continuous-cloudwatch-log": "true",
        **{f"--{k.lstrip('-')}": str(v) for k, v in sorted(arguments.items())},
    }
    definition = {
        "Description": description,
        "Role": role,
        "Command": {"Name": "glueetl", "ScriptLocation": script_uri, "PythonVersion": "3"},
        "DefaultArguments": default_args,
        "GlueVersion": glue_version,
        "WorkerType": worker_type,
        "NumberOfWorkers": workers,
        "ExecutionProperty": {"MaxConcurrentRuns": 1},
    }
    if connections:
        definition["Connections"] = {"Connections": list(connections)}
    return definition


def deploy(out_dir: Path | str, *, bucket: str, prefix: str, role: str, job_prefix: str = "",
           glue_version: str = "5.0", connections: list[str] | tuple = (), arguments: dict | None = None,
           worker_type: str = "G.1X", workers: int = 2, on_existing: str = "update", aws=None) -> Deployment:
    from wmg.glue import Glue
    from wmg.s3 import S3

    if aws is None:
        from wmg.aws import AwsContext

        aws = AwsContext()
    out_dir = Path(out_dir)
    s3, glue = S3(aws), Glue(aws)
    arguments = dict(arguments or {})

    data = build_runtime_zip()
    runtime_uri = f"s3://{bucket}/{s3_join(prefix, 'lib', runtime_zip_name(data))}"
    uploaded = not s3.exists(runtime_uri)
    if uploaded:
        s3.write_bytes(runtime_uri, data)
    deployment = Deployment(runtime_uri, uploaded)

    for path in job_modules(out_dir):
        rel = path.relative_to(out_dir)
        text = path.read_text(encoding="utf-8")
        script_uri = f"s3://{bucket}/{s3_join(prefix, 'jobs', rel.as_posix())}"
        s3.upload(path, script_uri)
        params = job_parameters(text)
        job_args = arguments
        name = job_name(rel, job_prefix)
        definition = job_definition(
            role=role, script_uri=script_uri, runtime_uri=runtime_uri, glue_version=glue_version,
            arguments=job_args, connections=list(connections), worker_type=worker_type, workers=workers,
            description=f"leapc: converted from {rel.with_suffix('').as_posix()} (deployed by leapc deploy)")
        try:
            glue.client.get_job(JobName=name)
            exists = True
        except Exception as e:  # noqa: BLE001 - botocore's EntityNotFoundException
            if _code(e) != "EntityNotFoundException":
                raise
            exists = False
        action = "created"
        if exists and on_existing == "update":
            glue.client.update_job(JobName=name, JobUpdate=definition)
            action = "updated"
        else:
            if exists:  # recreate: loses the job's run history; for stores without UpdateJob
                glue.client.delete_job(JobName=name)
                action = "replaced"
            glue.client.create_job(Name=name, **definition)
        deployment.jobs.append(DeployedJob(name, script_uri, action, params,
                                           [p for p in params if p not in job_args]))
    return deployment


def _code(exc: BaseException) -> str:
    return str((getattr(exc, "response", None) or {}).get("Error", {}).get("Code", ""))
