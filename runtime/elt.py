"""ELT job structure: parameters, steps, restart, and the entry points generated jobs call (spec §17, §19).

Generated PySpark jobs end with::

    if __name__ == "__main__":
        sys.exit(wmg.elt.glue_main(run))          # def run(spark, args=None)

and generated Redshift runners with::

    if __name__ == "__main__":
        sys.exit(wmg.elt.db_main(run))            # def run(conn, args=None)

Both return 0 only when the entry function returned normally (or raised SystemExit(0)); any other
exception is logged and gives 1, so the scheduler marks the run failed (WMG's `start` swallowed every
exception and reported success).
"""
from __future__ import annotations

import copy
import hashlib
import json
import logging
import os
import sys
import threading
from types import MappingProxyType
from typing import Any, Callable, Iterable, Mapping, Sequence

from wmg.checkpoint import (CheckpointConflict, CheckpointStore, FileCheckpoint, MemoryCheckpoint,  # noqa: F401
                            RestartPoint, S3Checkpoint, StaleCheckpoint, open_checkpoint,
                            register_checkpoint_backend)
from wmg.errors import ConfigError, WmgError

log = logging.getLogger("wmg.elt")

_MISSING = object()

# --------------------------------------------------------------------------------------------- params


class Params:
    """Immutable layered parameters; the first layer has the highest precedence.

    Typical layers: runtime overrides, job arguments, the parameter module, defaults.
    `get("a.b")` also walks nested mappings (`{"a": {"b": 1}}`).  With `transformation="t"`, each
    layer is asked for `"t.key"` before `"key"` (WMG's per-transformation resolver)."""

    __slots__ = ("_layers",)

    def __init__(self, *layers: Mapping[str, Any] | None) -> None:
        object.__setattr__(self, "_layers", tuple(
            MappingProxyType(copy.deepcopy(dict(layer))) for layer in layers if layer is not None))

    def __setattr__(self, name, value):  # immutable
        raise AttributeError("Params is immutable; use with_overrides()")

    def __repr__(self) -> str:  # values may be secrets: show keys only
        return f"Params(keys={sorted(self.keys())!r})"

    @property
    def layers(self) -> tuple[Mapping[str, Any], ...]:
        return self._layers

    @staticmethod
    def _lookup(layer: Mapping[str, Any], key: str) -> Any:
        if key in layer:
            return layer[key]
        if "." in key:
            node: Any = layer
            for part in key.split("."):
                if isinstance(node, Mapping) and part in node:
                    node = node[part]
                else:
                    return _MISSING
            return node
        return _MISSING

    def get(self, key: str, default: Any = None, *, transformation: str | None = None) -> Any:
        for layer in self._layers:
            if transformation:
                value = self._lookup(layer, f"{transformation}.{key}")
                if value is not _MISSING:
                    return value
            value = self._lookup(layer, key)
            if value is not _MISSING:
                return value
        return default

    def require(self, key: str, *, transformation: str | None = None) -> Any:
        value = self.get(key, _MISSING, transformation=transformation)
        if value is _MISSING or value is None or value == "":
            raise ConfigError(f"required parameter {key!r} is missing")
        return value

    def __contains__(self, key: str) -> bool:
        return self.get(key, _MISSING) is not _MISSING

    def __getitem__(self, key: str) -> Any:
        value = self.get(key, _MISSING)
        if value is _MISSING:
            raise KeyError(key)
        return value

    def keys(self) -> set[str]:
        return {k for layer in self._layers for k in layer}

    def as_dict(self) -> dict[str, Any]:
        """The effective top-level values (higher layers win)."""
        out: dict[str, Any] = {}
        for layer in reversed(self._layers):
            out.update(layer)
        return out

    def with_overrides(self, overrides: Mapping[str, Any] | None = None, **kw: Any) -> "Params":
        """A new Params whose first (highest) layer is `overrides` + `kw`."""
        top = dict(overrides or {})
        top.update(kw)
        return Params(top, *self._layers)

    @staticmethod
    def merge(existing: Mapping[str, Any] | str | None, new: Mapping[str, Any] | str | None) -> dict[str, Any]:
        """Deep merge of two mappings (or JSON texts); values of `new` win.  WMG returned a JSON string."""
        def load(x):
            if x is None or x == "":
                return {}
            if isinstance(x, str):
                x = json.loads(x)
            if not isinstance(x, Mapping):
                raise ConfigError("Params.merge needs mappings or JSON objects")
            return x

        def deep(a: Mapping, b: Mapping) -> dict:
            out = copy.deepcopy(dict(a))
            for k, v in b.items():
                if isinstance(v, Mapping) and isinstance(out.get(k), Mapping):
                    out[k] = deep(out[k], v)
                else:
                    out[k] = copy.deepcopy(v)
            return out

        return deep(load(existing), load(new))

    def json(self, key: str, default: Any = None, *, json_param_key: str = "json_param") -> Any:
        """`key` inside the JSON object held by parameter `json_param_key` (a JSON text or a mapping)."""
        container = self.get(json_param_key)
        if container is None or container == "":
            return default
        if isinstance(container, str):
            try:
                container = json.loads(container)
            except ValueError as exc:
                raise ConfigError(f"parameter {json_param_key!r} is not valid JSON") from exc
        if not isinstance(container, Mapping):
            raise ConfigError(f"parameter {json_param_key!r} is not a JSON object")
        return container.get(key, default)


# ---------------------------------------------------------------------------------------------- steps

RESTART_LEVELS = ("none", "step", "index")


class StepFailed(WmgError):
    """A step failed; `index` is the unit (statement) that failed inside it."""

    def __init__(self, step: str, index: int = 0, runtime_config: tuple = (), message: str = "") -> None:
        self.step, self.index, self.runtime_config = step, index, tuple(runtime_config)
        super().__init__(f"step {step!r} failed at unit {index}" + (f": {message}" if message else ""))


class Step:
    """One step of an ELT job.  Subclasses set `name`, `restart` and implement `run(ctx)`.

    restart = "none":  a failure saves no restart point; the rerun starts the job from the beginning.
    restart = "step":  the rerun skips the steps before this one and reruns this one from its start.
    restart = "index": as "step", and `Statements` inside it skips the units before the failed one."""

    name: str = ""
    restart: str = "step"

    def __init__(self, name: str | None = None, *, restart: str | None = None) -> None:
        if name is not None:
            self.name = name
        if not self.name:
            self.name = type(self).__name__
        if restart is not None:
            self.restart = restart
        if self.restart not in RESTART_LEVELS:
            raise ConfigError(f"step {self.name!r}: restart must be one of {RESTART_LEVELS}, got {self.restart!r}")

    def run(self, ctx: "JobContext") -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def on_failure(self, ctx: "JobContext", exc: BaseException) -> None:
        """Clean-up hook called after a failure (before the error propagates).  Default: nothing."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r}, restart={self.restart!r})"


class FunctionStep(Step):
    """A step made from a function `fn(ctx)`."""

    def __init__(self, name: str, fn: Callable[["JobContext"], Any], *, restart: str = "step",
                 on_failure: Callable[["JobContext", BaseException], Any] | None = None) -> None:
        super().__init__(name, restart=restart)
        self._fn, self._on_failure = fn, on_failure

    def run(self, ctx: "JobContext") -> None:
        self._fn(ctx)

    def on_failure(self, ctx: "JobContext", exc: BaseException) -> None:
        if self._on_failure:
            self._on_failure(ctx, exc)


def step(name: str | None = None, *, restart: str = "step"):
    """Decorator: `@step("load", restart="index") def load(ctx): ...` gives a FunctionStep."""
    def wrap(fn):
        return FunctionStep(name or fn.__name__, fn, restart=restart)
    return wrap


def fingerprint(*units: Any) -> str:
    """A stable fingerprint of a step's units (statement texts, labels...)."""
    h = hashlib.sha256()
    for u in units:
        h.update(repr(u).encode())
        h.update(b"\0")
    return h.hexdigest()[:16]


class JobContext:
    """What steps get: the SparkSession, parameters, AWS, secrets, executors and the checkpoint.

    `executor(engine, secret)` opens one executor per (engine, secret) lazily: "spark" gives a
    SparkExecutor over `spark`; other engines get a connection from `connect(engine, secret)` (if
    given) or from `secrets.connection(secret, engine)` + `wmg.jdbc.connect`."""

    def __init__(self, spark=None, params: Params | Mapping[str, Any] | None = None, aws=None, secrets=None,
                 executors: Mapping[tuple, Any] | None = None, checkpoint: CheckpointStore | None = None,
                 job_name: str = "job", connect: Callable[[str, str | None], Any] | None = None) -> None:
        self.spark = spark
        self.params = params if isinstance(params, Params) else Params(params or {})
        self.aws = aws
        self.secrets = secrets
        self.checkpoint = checkpoint
        self.job_name = job_name
        self._connect = connect
        self._executors: dict[tuple, Any] = dict(executors or {})
        self._owned: list[Any] = []
        self._lock = threading.Lock()
        # restart bookkeeping, filled by run_steps / Statements
        self.resume: RestartPoint | None = None
        self.position: dict[str, tuple[int, str]] = {}   # step -> (unit index, fingerprint)

    def executor(self, engine: str = "spark", secret: str | None = None):
        key = (engine, secret)
        with self._lock:
            if key in self._executors:
                return self._executors[key]
            if engine == "spark":
                from wmg.executor import SparkExecutor

                if self.spark is None:
                    raise ConfigError("JobContext has no SparkSession for engine 'spark'")
                ex = SparkExecutor(self.spark)
            else:
                from wmg.executor import SqlExecutor

                if self._connect is not None:
                    conn = self._connect(engine, secret)
                else:
                    if self.secrets is None or secret is None:
                        raise ConfigError(f"no connection for engine {engine!r}: pass connect= or secrets= and a secret name")
                    from wmg import jdbc

                    conn = jdbc.connect(self.secrets.connection(secret, engine))
                ex = SqlExecutor(conn, engine=engine)
            self._executors[key] = ex
            self._owned.append(ex)
            return ex

    def close(self) -> None:
        with self._lock:
            owned, self._owned = self._owned, []
            for ex in owned:
                try:
                    ex.close()
                except Exception:  # closing must not hide the job's own outcome
                    log.warning("closing %r failed", ex, exc_info=True)
            self._executors = {k: v for k, v in self._executors.items() if v not in owned}

    def __enter__(self) -> "JobContext":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class Statements:
    """Numbered units of a step; on a resumed run the units before the restart index are skipped.

        units = Statements(ctx, self, fingerprint(SQL_1, SQL_2))
        units.run("insert stage", lambda: ex.execute(SQL_1))
        units.run("merge target", lambda: ex.execute(SQL_2))

    A restart point saved for this step with another fingerprint raises StaleCheckpoint (the job's
    statements changed since the failed run, so the saved index means nothing)."""

    def __init__(self, ctx: JobContext, step: Step | str, fingerprint: str = "") -> None:
        self.ctx = ctx
        self.step_name = step if isinstance(step, str) else step.name
        restart = "index" if isinstance(step, str) else step.restart
        self.fingerprint = fingerprint
        self.next_index = 0
        self.skipped: list[str] = []
        self.resume_index = 0
        point = ctx.resume
        if point is not None and point.step == self.step_name:
            if point.fingerprint and fingerprint and point.fingerprint != fingerprint:
                raise StaleCheckpoint(f"checkpoint for step {self.step_name!r} has fingerprint {point.fingerprint}, "
                                      f"the job now has {fingerprint}: clear the checkpoint to rerun from the start")
            if restart == "index":
                self.resume_index = point.index
        ctx.position[self.step_name] = (0, fingerprint)

    def run(self, label: str, fn: Callable[[], Any]) -> Any:
        index = self.next_index
        self.next_index += 1
        if index < self.resume_index:
            log.info("step %s: skipping unit %d (%s), done in the failed run", self.step_name, index, label)
            self.skipped.append(label)
            return None
        self.ctx.position[self.step_name] = (index, self.fingerprint)
        log.info("step %s: unit %d (%s)", self.step_name, index, label)
        return fn()


def run_steps(ctx: JobContext, steps: Sequence[Step], *, checkpoint: CheckpointStore | None = None) -> None:
    """Run `steps` in order, resuming after a failed run when a checkpoint holds a restart point.

    On failure: a restart point for the failed step is saved (restart "step"/"index"), or the
    checkpoint is cleared (restart "none"); `step.on_failure` is called; StepFailed is raised,
    chained to the cause.  The checkpoint is cleared only when every step succeeded."""
    store = checkpoint if checkpoint is not None else ctx.checkpoint
    if checkpoint is not None:
        ctx.checkpoint = checkpoint
    names = [s.name for s in steps]
    if len(set(names)) != len(names):
        raise ConfigError(f"step names must be unique: {names}")
    points = store.load() if store is not None else []
    resume = points[0] if points else None
    start = 0
    if resume is not None:
        if resume.step not in names:
            raise StaleCheckpoint(f"checkpoint names step {resume.step!r}, which this job no longer has ({names})")
        start = names.index(resume.step)
        log.info("resuming job %s at step %s unit %d", ctx.job_name, resume.step, resume.index)
    for i, st in enumerate(steps):
        if i < start:
            log.info("skipping step %s: it succeeded in the failed run", st.name)
            continue
        ctx.resume = resume if (resume is not None and st.name == resume.step) else None
        ctx.position[st.name] = (0, "")
        log.info("step %s: start", st.name)
        try:
            st.run(ctx)
        except StaleCheckpoint:
            raise
        except Exception as exc:
            index, fp = ctx.position.get(st.name, (0, ""))
            if store is not None:
                if st.restart == "none":
                    store.clear()
                else:
                    store.save([RestartPoint(st.name, index if st.restart == "index" else 0,
                                             message=f"{type(exc).__name__}: {exc}"[:2000], fingerprint=fp)])
            try:
                st.on_failure(ctx, exc)
            except Exception:
                log.exception("step %s: on_failure failed", st.name)
            raise StepFailed(st.name, index, message=f"{type(exc).__name__}: {exc}") from exc
        finally:
            ctx.resume = None
        log.info("step %s: done", st.name)
    if store is not None:
        store.clear()


class ELTProcess:
    """A named list of steps: `ELTProcess("job", [s1, s2]).run(ctx)` (WMG's ELTProcess.execute)."""

    def __init__(self, name: str, steps: Iterable[Step]) -> None:
        self.name, self.steps = name, list(steps)

    def run(self, ctx: JobContext, *, checkpoint: CheckpointStore | None = None) -> None:
        if ctx.job_name == "job":
            ctx.job_name = self.name
        run_steps(ctx, self.steps, checkpoint=checkpoint)


# ------------------------------------------------------------------------------------- entry points

def parse_job_args(argv: Sequence[str] | None = None) -> dict[str, str]:
    """`--k v` and `--k=v` pairs (as Glue passes job arguments) to a dict without the dashes.

    A `--flag` followed by another `--option` (or nothing) is "true"; other tokens are ignored."""
    argv = list(sys.argv[1:] if argv is None else argv)
    out: dict[str, str] = {}
    i = 0
    while i < len(argv):
        tok = argv[i]
        if tok.startswith("--") and len(tok) > 2:
            key, eq, val = tok[2:].partition("=")
            if eq:
                out[key] = val
                i += 1
            elif i + 1 < len(argv) and not argv[i + 1].startswith("--"):
                out[key] = argv[i + 1]
                i += 2
            else:
                out[key] = "true"
                i += 1
        else:
            log.debug("ignoring positional argument %r", tok)
            i += 1
    return out


def _glue_jvm_available() -> bool:
    """True only on Glue: `awsglue` importable AND its JVM classes (GlueContext) present."""
    try:
        import awsglue.context  # noqa: F401
        from py4j.java_gateway import JavaClass
        from pyspark import SparkContext
    except ImportError:
        return False
    try:
        SparkContext._ensure_initialized()
        return isinstance(SparkContext._jvm.com.amazonaws.services.glue.GlueContext, JavaClass)
    except Exception:
        return False


def _resolve_glue_args(argv: Sequence[str], args: dict[str, str]) -> dict[str, str]:
    try:
        from awsglue.utils import getResolvedOptions
    except ImportError:
        return args
    names = [k for k in args if k.isidentifier()]
    try:
        resolved = getResolvedOptions(["job", *argv], names)
    except (SystemExit, Exception):
        log.warning("getResolvedOptions failed; using plain argument parsing", exc_info=True)
        return args
    return {**args, **{k: v for k, v in resolved.items() if v is not None}}


def _ensure_logging() -> None:
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def build_spark(args: Mapping[str, str], *, spark_builder: Callable[..., Any] | None = None):
    """The job's SparkSession: GlueContext's on Glue, an active session if any, else a local one.

    Returns (spark, glue_context_or_None).  spark.sql.session.timeZone is set from --timezone (UTC)."""
    tz = args.get("timezone") or "UTC"
    if spark_builder is not None:
        spark = spark_builder(args)
        spark.conf.set("spark.sql.session.timeZone", tz)
        return spark, None
    from pyspark.sql import SparkSession

    if _glue_jvm_available():
        from awsglue.context import GlueContext
        from pyspark import SparkContext

        glue_context = GlueContext(SparkContext.getOrCreate())
        spark = glue_context.spark_session
        spark.conf.set("spark.sql.session.timeZone", tz)
        return spark, glue_context
    spark = SparkSession.getActiveSession()
    if spark is None:
        builder = SparkSession.builder.appName(args.get("JOB_NAME") or "wmg-job") \
            .config("spark.sql.session.timeZone", tz)
        if args.get("spark_master"):
            builder = builder.master(args["spark_master"])
        elif "spark.master" not in os.environ.get("PYSPARK_SUBMIT_ARGS", "") and not _master_configured():
            builder = builder.master("local[*]")
        spark = builder.getOrCreate()
    spark.conf.set("spark.sql.session.timeZone", tz)
    return spark, None


def _master_configured() -> bool:
    try:
        from pyspark import SparkConf

        return SparkConf().contains("spark.master")
    except Exception:
        return False


def _exit_code(exc: SystemExit) -> int:
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, bool):
        return int(code)
    if isinstance(code, int):
        return code
    log.error("job exited: %s", code)
    return 1


def glue_main(entry: Callable[..., Any], argv: Sequence[str] | None = None, *,
              spark_builder: Callable[..., Any] | None = None) -> int:
    """Run a generated PySpark job: parse the job arguments, get the SparkSession, call
    `entry(spark, args)`, return the process exit code (0 success, non-zero failure).

    `spark_builder(args) -> SparkSession` replaces session discovery (tests, custom clusters).
    On Glue (awsglue importable and its JVM classes present) GlueContext's session is used and
    `Job.init/commit` bracket the run when JOB_NAME is given."""
    _ensure_logging()
    argv = list(sys.argv[1:] if argv is None else argv)
    job = None
    try:
        args = parse_job_args(argv)
        spark, glue_context = build_spark(args, spark_builder=spark_builder)
        if glue_context is not None:
            args = _resolve_glue_args(argv, args)
            if args.get("JOB_NAME"):
                from awsglue.job import Job

                job = Job(glue_context)
                job.init(args["JOB_NAME"], args)
        log.info("job %s: start", args.get("JOB_NAME", getattr(entry, "__name__", "job")))
        entry(spark, args)
        if job is not None:
            job.commit()
        log.info("job %s: succeeded", args.get("JOB_NAME", getattr(entry, "__name__", "job")))
        return 0
    except SystemExit as exc:
        code = _exit_code(exc)
        (log.info if code == 0 else log.error)("job exited with code %d", code)
        if code == 0 and job is not None:
            job.commit()
        return code
    except BaseException:
        log.exception("job failed")
        return 1


def open_db_connection(args: Mapping[str, str], *, aws=None):
    """A DB-API connection for a Redshift runner: --dsn / LEAPC_DSN (psycopg), else --secret_id
    (Secrets Manager, through wmg.secrets) and wmg.jdbc.connect."""
    dsn = args.get("dsn") or os.environ.get("LEAPC_DSN")
    if dsn:
        from wmg import jdbc

        return jdbc.connect_dsn(dsn)
    secret_id = args.get("secret_id")
    if secret_id:
        from wmg import jdbc

        return jdbc.connect(jdbc.connection_from_secret(secret_id, db_type=args.get("db_type", "redshift"), aws=aws))
    raise ConfigError("no database connection: pass --dsn, set LEAPC_DSN, or pass --secret_id")


def db_main(entry: Callable[..., Any], argv: Sequence[str] | None = None, *,
            connect: Callable[[Mapping[str, str]], Any] | None = None) -> int:
    """Run a generated Redshift runner: `entry(conn, args)` in one connection, committed on success,
    rolled back on failure, always closed.  Returns the exit code.

    `connect(args) -> DB-API connection` replaces `open_db_connection` (tests, custom pools).
    `--timezone tz` sets the session time zone first."""
    _ensure_logging()
    conn = None
    try:
        args = parse_job_args(argv)
        conn = connect(args) if connect is not None else open_db_connection(args)
        if args.get("timezone"):
            cur = conn.cursor()
            try:
                cur.execute("SET TIME ZONE '%s'" % args["timezone"].replace("'", "''"))
            finally:
                cur.close()
        entry(conn, args)
        conn.commit()
        log.info("runner %s: succeeded", getattr(entry, "__name__", "run"))
        return 0
    except SystemExit as exc:
        code = _exit_code(exc)
        if conn is not None:
            _finish(conn, commit=(code == 0))
        return code
    except BaseException:
        log.exception("runner failed")
        if conn is not None:
            _finish(conn, commit=False)
        return 1
    finally:
        if conn is not None:
            try:
                conn.close()
            except Exception:
                log.warning("closing the connection failed", exc_info=True)


def _finish(conn, *, commit: bool) -> None:
    try:
        conn.commit() if commit else conn.rollback()
    except Exception:
        log.warning("%s failed", "commit" if commit else "rollback", exc_info=True)


__all__ = ["Params", "Step", "FunctionStep", "step", "StepFailed", "JobContext", "Statements", "run_steps",
           "ELTProcess", "fingerprint", "parse_job_args", "build_spark", "glue_main", "db_main",
           "open_db_connection", "RestartPoint", "CheckpointStore", "FileCheckpoint", "S3Checkpoint",
           "MemoryCheckpoint", "StaleCheckpoint", "CheckpointConflict", "open_checkpoint",
           "register_checkpoint_backend"]
