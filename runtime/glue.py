"""AWS Glue control plane: job arguments, starting and waiting for job runs, job settings,
connections, workflow run properties, RDS IAM tokens and small Data Catalog helpers."""
from __future__ import annotations

import logging
import sys
import time
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Mapping, Sequence

from wmg._awscall import aws_call
from wmg.errors import ConfigError, WmgError

log = logging.getLogger("wmg.glue")

TERMINAL_STATES = frozenset({"SUCCEEDED", "FAILED", "STOPPED", "TIMEOUT", "ERROR", "EXPIRED"})


class JobRunFailed(WmgError):
    """A Glue job run ended in a state other than SUCCEEDED (raised by run_job(check=True))."""

    def __init__(self, run: "JobRun") -> None:
        self.run = run
        super().__init__(f"Glue job {run.job_name} run {run.run_id} ended {run.state}"
                         + (f": {run.error}" if run.error else ""))


class JobRunTimeout(WmgError, TimeoutError):
    """run_job(timeout_s=...) gave up waiting; the run itself is left alone."""

    def __init__(self, run: "JobRun", timeout_s: float) -> None:
        self.run = run
        super().__init__(f"Glue job {run.job_name} run {run.run_id} still {run.state} after {timeout_s} s")


# ------------------------------------------------------------------------------------ arguments

def _norm(name: str) -> str:
    return name[2:] if name.startswith("--") else name


@dataclass(frozen=True)
class JobArgs:
    """Job arguments as Glue passes them (`--key value` or `--key=value`; keys without dashes)."""

    values: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "values", MappingProxyType({_norm(k): v for k, v in dict(self.values).items()}))

    @classmethod
    def from_argv(cls, argv: Sequence[str] | None = None) -> "JobArgs":
        """Parse `argv` (default: sys.argv[1:]).  A later duplicate wins; a flag with no value
        (followed by another `--key` or nothing) is stored as "true"; positional tokens are ignored."""
        tokens = list(sys.argv[1:] if argv is None else argv)
        out: dict[str, str] = {}
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            if tok.startswith("--") and len(tok) > 2:
                if "=" in tok:
                    k, v = tok[2:].split("=", 1)
                    out[k] = v
                elif i + 1 < len(tokens) and not tokens[i + 1].startswith("--"):
                    out[tok[2:]] = tokens[i + 1]
                    i += 1
                else:
                    out[tok[2:]] = "true"
            i += 1
        return cls(out)

    def get(self, name: str, default: str | None = None) -> str | None:
        return self.values.get(_norm(name), default)

    def require(self, name: str) -> str:
        value = self.values.get(_norm(name))
        if value is None:
            raise ConfigError(f"missing job argument --{_norm(name)}")
        return value

    def __contains__(self, name: str) -> bool:
        return _norm(name) in self.values

    def as_dict(self) -> dict[str, str]:
        return dict(self.values)

    @property
    def job_name(self) -> str | None:
        return self.values.get("JOB_NAME")

    @property
    def job_run_id(self) -> str | None:
        return self.values.get("JOB_RUN_ID")

    @property
    def workflow_name(self) -> str | None:
        return self.values.get("WORKFLOW_NAME")

    @property
    def workflow_run_id(self) -> str | None:
        return self.values.get("WORKFLOW_RUN_ID")


# ------------------------------------------------------------------------------------ results

@dataclass(frozen=True)
class JobRun:
    job_name: str
    run_id: str
    state: str
    error: str | None = None
    seconds: int = 0          # ExecutionTime as Glue reports it

    @property
    def done(self) -> bool:
        return self.state in TERMINAL_STATES

    @property
    def succeeded(self) -> bool:
        return self.state == "SUCCEEDED"


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    comment: str | None = None
    partition_key: bool = False


def rds_auth_token(aws, host: str, port: int, user: str) -> str:
    """A 15-minute RDS IAM authentication token (signed locally; no network call)."""
    return aws.client("rds").generate_db_auth_token(DBHostname=host, Port=int(port), DBUsername=user,
                                                     Region=aws.region)


class Glue:
    def __init__(self, aws=None, args: JobArgs | None = None) -> None:
        if aws is None:
            from wmg.aws import AwsContext

            aws = AwsContext()
        self.aws = aws
        self.args = args if args is not None else JobArgs()

    @property
    def client(self):
        return self.aws.client("glue")

    # ---------------------------------------------------------------- job runs
    @staticmethod
    def _run_of(name: str, d: Mapping[str, Any]) -> JobRun:
        return JobRun(name, d["Id"], d["JobRunState"], d.get("ErrorMessage") or None, int(d.get("ExecutionTime") or 0))

    def get_run(self, name: str, run_id: str) -> JobRun:
        with aws_call("glue", "GetJobRun", f"job run {name}/{run_id}"):
            d = self.client.get_job_run(JobName=name, RunId=run_id, PredecessorsIncluded=False)["JobRun"]
        return self._run_of(name, d)

    def run_job(self, name: str, args: Mapping[str, Any] | None = None, *, wait: bool = True,
                poll_seconds: float = 10, timeout_s: float | None = None, check: bool = False) -> JobRun:
        """Start job `name` with `args` (keys with or without `--`) and, if `wait`, poll until a
        terminal state.  check=True raises JobRunFailed unless it SUCCEEDED; timeout_s raises
        JobRunTimeout (the run keeps going)."""
        if poll_seconds <= 0:
            raise ValueError("poll_seconds must be positive")
        arguments = {("--" + _norm(k)): str(v) for k, v in (args or {}).items()}
        with aws_call("glue", "StartJobRun", f"job {name}"):
            run_id = self.client.start_job_run(JobName=name, Arguments=arguments)["JobRunId"]
        log.info("started Glue job %s run %s", name, run_id)
        run = self.get_run(name, run_id) if wait else JobRun(name, run_id, "STARTING")
        t0 = time.monotonic()
        while wait and not run.done:
            if timeout_s is not None and time.monotonic() - t0 >= timeout_s:
                raise JobRunTimeout(run, timeout_s)
            time.sleep(poll_seconds if timeout_s is None else
                       max(0.0, min(poll_seconds, timeout_s - (time.monotonic() - t0))))
            run = self.get_run(name, run_id)
        if wait:
            log.info("Glue job %s run %s ended %s", name, run_id, run.state)
        if check and run.done and not run.succeeded:
            raise JobRunFailed(run)
        return run

    # ---------------------------------------------------------------- the current job
    def _job_name(self, job_name: str | None) -> str:
        name = job_name or self.args.job_name
        if not name:
            raise ConfigError("job name: pass job_name= or run with --JOB_NAME")
        return name

    def _job(self, job_name: str | None) -> dict:
        name = self._job_name(job_name)
        with aws_call("glue", "GetJob", f"job {name}"):
            return self.client.get_job(JobName=name)["Job"]

    def job_role(self, job_name: str | None = None) -> str:
        return self._job(job_name)["Role"]

    def job_connections(self, job_name: str | None = None) -> list[str]:
        return list(self._job(job_name).get("Connections", {}).get("Connections", []))

    def job_timeout_minutes(self, *, default: int = 480) -> int:
        """The current run's timeout, else the job's, else `default` (Glue's own default is 480)."""
        name, run_id = self.args.job_name, self.args.job_run_id
        if not name:
            return default
        if run_id:
            with aws_call("glue", "GetJobRun", f"job run {name}/{run_id}"):
                run = self.client.get_job_run(JobName=name, RunId=run_id)["JobRun"]
            if run.get("Timeout"):
                return int(run["Timeout"])
        timeout = self._job(name).get("Timeout")
        return int(timeout) if timeout else default

    # ---------------------------------------------------------------- connections
    def connection(self, name: str, *, secrets=None):
        """A ConnectionInfo from a Glue connection: JDBC_CONNECTION_URL plus USERNAME/PASSWORD,
        or SECRET_ID resolved through `secrets` (default: a SecretStore on the same AwsContext)."""
        from wmg.secrets import ConnectionInfo, SecretStore, engine_of_url

        with aws_call("glue", "GetConnection", f"connection {name}"):
            conn = self.client.get_connection(Name=name, HidePassword=False)["Connection"]
        props = conn.get("ConnectionProperties", {})
        url = props.get("JDBC_CONNECTION_URL")
        if not url:
            raise ConfigError(f"Glue connection {name} has no JDBC_CONNECTION_URL")
        user, password = props.get("USERNAME"), props.get("PASSWORD")
        if props.get("SECRET_ID") and not (user and password):
            data = (secrets or SecretStore(self.aws)).json(props["SECRET_ID"])
            user = user or data.get("username") or data.get("user")
            password = password or data.get("password")
        info = ConnectionInfo(db_type=engine_of_url(url), url=url, user=user, password=password,
                              driver=props.get("JDBC_DRIVER_CLASS_NAME"),
                              jars=props.get("JDBC_DRIVER_JAR_URI") or ())
        try:
            return info.validate()
        except ConfigError as exc:
            raise ConfigError(f"Glue connection {name}: {exc}") from exc

    # ---------------------------------------------------------------- workflow run properties
    def _workflow(self) -> tuple[str, str]:
        name, run_id = self.args.workflow_name, self.args.workflow_run_id
        if not name or not run_id:
            raise ConfigError("not running in a Glue workflow: --WORKFLOW_NAME and --WORKFLOW_RUN_ID are missing")
        return name, run_id

    def workflow_properties(self) -> dict[str, str]:
        name, run_id = self._workflow()
        with aws_call("glue", "GetWorkflowRunProperties", f"workflow run {name}/{run_id}"):
            return dict(self.client.get_workflow_run_properties(Name=name, RunId=run_id).get("RunProperties", {}))

    def workflow_property(self, name: str, default: str | None = None) -> str | None:
        return self.workflow_properties().get(name, default)

    def put_workflow_properties(self, properties: Mapping[str, Any]) -> None:
        name, run_id = self._workflow()
        with aws_call("glue", "PutWorkflowRunProperties", f"workflow run {name}/{run_id}"):
            self.client.put_workflow_run_properties(Name=name, RunId=run_id,
                                                    RunProperties={k: str(v) for k, v in properties.items()})

    # ---------------------------------------------------------------- misc
    def rds_auth_token(self, host: str, port: int, user: str) -> str:
        return rds_auth_token(self.aws, host, port, user)

    # ---------------------------------------------------------------- Data Catalog
    def databases(self) -> list[str]:
        with aws_call("glue", "GetDatabases", "databases"):
            return [d["Name"] for page in self.client.get_paginator("get_databases").paginate()
                    for d in page.get("DatabaseList", [])]

    def tables(self, database: str) -> list[str]:
        with aws_call("glue", "GetTables", f"database {database}"):
            return [t["Name"] for page in self.client.get_paginator("get_tables").paginate(DatabaseName=database)
                    for t in page.get("TableList", [])]

    def table_columns(self, database: str, table: str) -> list[Column]:
        """Columns then partition keys, in catalog order."""
        with aws_call("glue", "GetTable", f"table {database}.{table}"):
            t = self.client.get_table(DatabaseName=database, Name=table)["Table"]
        cols = [Column(c["Name"], c.get("Type", ""), c.get("Comment")) for c in t.get("StorageDescriptor", {}).get("Columns", [])]
        return cols + [Column(c["Name"], c.get("Type", ""), c.get("Comment"), True) for c in t.get("PartitionKeys", [])]
