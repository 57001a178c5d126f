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


class StepTimeout(WmgError, TimeoutError):
    """The job's time budget (Glue Timeout minus a safety margin) ran out."""


class JobTimer:
    """The job's deadline.  `arm()` uses `signal.setitimer` on the main thread (the handler
    interrupts Python code at once; inside a py4j call it only cancels the Spark jobs, so the call
    returns with an error instead of leaving the py4j connection half-read), else a watchdog thread
    that cancels the Spark jobs.  Either way `expired` is set and `check()` — called by every
    `Statements` unit and before every step — raises StepTimeout."""

    def __init__(self, seconds: float, *, spark=None) -> None:
        if seconds <= 0:
            raise ConfigError(f"job timeout must be positive, got {seconds} s")
        self.seconds = float(seconds)
        self.spark = spark
        self.expired = threading.Event()
        self.mode: str | None = None          # "signal" | "watchdog" once armed
        self._old_handler = None
        self._watchdog: threading.Timer | None = None
        self._stopped = threading.Event()

    def arm(self) -> "JobTimer":
        import signal

        if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
            self._old_handler = signal.signal(signal.SIGALRM, self._on_signal)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
            self.mode = "signal"
        else:
            self._watchdog = threading.Timer(self.seconds, self._fire)
            self._watchdog.daemon = True
            self._watchdog.name = "wmg-job-timeout"
            self._watchdog.start()
            self.mode = "watchdog"
        log.info("job timeout armed: %.1f s (%s)", self.seconds, self.mode)
        return self

    def disarm(self) -> None:
        import signal

        if self.mode == "signal":
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._old_handler if self._old_handler is not None else signal.SIG_DFL)
        elif self._watchdog is not None:
            self._watchdog.cancel()
        self._stopped.set()
        self.mode = None

    def _cancel_spark_loop(self) -> None:
        """cancelAllJobs now and every 0.2 s until disarmed: with adaptive execution a query runs
        several jobs one after another, and a single cancel misses the ones submitted later."""
        if self.spark is None:
            return
        while not self._stopped.is_set():
            try:
                self.spark.sparkContext.cancelAllJobs()
            except Exception:
                log.warning("cancelling the Spark jobs after the timeout failed", exc_info=True)
                return
            self._stopped.wait(0.2)

    def _start_cancelling(self) -> None:
        if self.spark is not None:
            threading.Thread(target=self._cancel_spark_loop, name="wmg-cancel-jobs", daemon=True).start()

    def _fire(self) -> None:          # watchdog thread
        self.expired.set()
        log.error("job timeout: %.1f s passed; cancelling Spark jobs", self.seconds)
        self._start_cancelling()

    def _on_signal(self, signum, frame) -> None:     # main thread, between bytecodes
        self.expired.set()
        log.error("job timeout: %.1f s passed", self.seconds)
        self._start_cancelling()        # from another thread: py4j is not re-entrant on this one
        f = frame
        while f is not None:
            if "py4j" in f.f_code.co_filename.replace("\\", "/").split("/"):
                return      # inside a JVM call: the cancelled job makes it fail; check() raises next
            f = f.f_back
        raise StepTimeout(f"job timeout: {self.seconds:.1f} s passed")

    def check(self) -> None:
        if self.expired.is_set():
            raise StepTimeout(f"job timeout: {self.seconds:.1f} s passed")


_TIMERS: list[JobTimer] = []


def active_timer() -> JobTimer | None:
    return _TIMERS[-1] if _TIMERS else None


def check_timeout() -> None:
    """Raise StepTimeout if the running job's timeout has expired (no-op without one)."""
    t = active_timer()
    if t is not None:
        t.check()


def _timed_out() -> bool:
    t = active_timer()
    return t is not None and t.expired.is_set()


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
        check_timeout()
        self.ctx.position[self.step_name] = (index, self.fingerprint)
        log.info("step %s: unit %d (%s)", self.step_name, index, label)
        try:
            return fn()
        except StepTimeout:
            raise
        except Exception as exc:
            if _timed_out():    # the unit failed because its Spark jobs were cancelled by the timeout
                raise StepTimeout(f"job timeout during unit {index} ({label}) of step {self.step_name}") from exc
            raise


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
            check_timeout()
            try:
                st.run(ctx)
            except (StepTimeout, StaleCheckpoint):
                raise
            except Exception as exc:
                if _timed_out():
                    raise StepTimeout(f"job timeout during step {st.name}") from exc
                raise
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


TIMEOUT_EXIT_CODE = 124      # as timeout(1); any non-zero code marks the Glue run failed


def _timeout_margin(total_s: float, args: Mapping[str, str]) -> float:
    if args.get("timeout_margin_seconds") not in (None, ""):
        return float(args["timeout_margin_seconds"])
    return min(300.0, 0.1 * total_s)


def job_timeout_seconds(args: Mapping[str, str], *, aws=None) -> float | None:
    """The time budget glue_main arms, in seconds, or None for no timeout.

    `--timeout_minutes` (fractions allowed) wins; else, when Glue passed JOB_NAME and JOB_RUN_ID,
    the run's (else the job's) Timeout from `wmg.glue.Glue.job_timeout_minutes`.  The safety margin
    (`--timeout_margin_seconds`, default 10% capped at 300 s) is subtracted so the job fails
    cleanly (checkpoint saved, executed queries written) before Glue kills it."""
    if args.get("timeout_minutes") not in (None, ""):
        try:
            total = float(args["timeout_minutes"]) * 60
        except ValueError as exc:
            raise ConfigError(f"--timeout_minutes must be a number, got {args['timeout_minutes']!r}") from exc
    elif args.get("JOB_NAME") and args.get("JOB_RUN_ID"):
        from wmg.glue import Glue, JobArgs

        try:
            total = 60.0 * Glue(aws, JobArgs(dict(args))).job_timeout_minutes()
        except Exception:
            log.warning("could not read the Glue job's timeout; no job timeout armed (Glue's own still applies)",
                        exc_info=True)
            return None
    else:
        return None
    if total <= 0:
        return None
    budget = total - _timeout_margin(total, args)
    if budget <= 0:
        raise ConfigError(f"job timeout {total:.1f} s leaves nothing after the safety margin")
    return budget


def _executed_queries_target(path: str, args: Mapping[str, str]) -> str:
    """A folder (ending in /) gets executed_queries_<run id or UTC time>.jsonl."""
    if path.endswith("/"):
        import datetime as _dt

        run = args.get("JOB_RUN_ID") or _dt.datetime.now(_dt.timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        return f"{path}executed_queries_{run}.jsonl"
    return path


def write_executed_queries(qlog, path: str, args: Mapping[str, str] | None = None, *, aws=None) -> str:
    """Write `qlog` (wmg.executor.QueryLog) as JSON lines to a local path or s3:// URI; returns it."""
    from wmg.fs import open_fs

    target = _executed_queries_target(path, args or {})
    open_fs(target, aws=aws).write_text(target, qlog.to_jsonl())
    log.info("wrote %d executed queries to %s", len(qlog), target)
    return target


class _ExecutedQueriesLog:
    """The executed-queries log of one glue_main / db_main run.  `start(args)` begins recording
    (every executor in the process, any thread) when --record_queries is true or
    --executed_queries_path is given, else returns None; `finish()` stops recording and writes
    the log to --executed_queries_path.  Entry points call finish() also after a failure, since
    that is when the log is most needed."""

    def __init__(self, args: Mapping[str, str], aws=None) -> None:
        from wmg.executor import QueryLog, recording

        self.args, self.aws = args, aws
        self.qlog = QueryLog()
        self._recording = recording(self.qlog)
        self._recording.__enter__()

    @classmethod
    def start(cls, args: Mapping[str, str], *, aws=None) -> "_ExecutedQueriesLog | None":
        from wmg.util import parse_bool

        if parse_bool(args.get("record_queries") or "false") or args.get("executed_queries_path"):
            return cls(args, aws)
        return None

    def finish(self) -> None:
        self._recording.__exit__(None, None, None)
        path = self.args.get("executed_queries_path")
        if not path:
            log.info("%d statements executed (pass --executed_queries_path to keep them)", len(self.qlog))
            return
        try:
            write_executed_queries(self.qlog, path, self.args, aws=self.aws)
        except Exception:      # diagnostics must not change the job's outcome
            log.error("writing the executed queries to %s failed", path, exc_info=True)


def glue_main(entry: Callable[..., Any], argv: Sequence[str] | None = None, *,
              spark_builder: Callable[..., Any] | None = None, aws=None) -> int:
    """Run a generated PySpark job: parse the job arguments, get the SparkSession, arm the job
    timeout, call `entry(spark, args)`, write the executed queries, return the exit code (0
    success, TIMEOUT_EXIT_CODE when the timeout expired, 1 or the SystemExit code otherwise).

    `spark_builder(args) -> SparkSession` replaces session discovery (tests, custom clusters).
    On Glue (awsglue importable and its JVM classes present) GlueContext's session is used and
    `Job.init/commit` bracket the run when JOB_NAME is given.

    Arguments read here: --timeout_minutes, --timeout_margin_seconds (see job_timeout_seconds),
    --record_queries true and --executed_queries_path (local path or s3://; a folder ends in /):
    every executor records its statements, written as JSON lines also when the job fails."""
    _ensure_logging()
    argv = list(sys.argv[1:] if argv is None else argv)
    job = None
    timer: JobTimer | None = None
    query_log: _ExecutedQueriesLog | None = None
    args: dict[str, str] = {}
    code = 1
    try:
        args = parse_job_args(argv)
        spark, glue_context = build_spark(args, spark_builder=spark_builder)
        if glue_context is not None:
            args = _resolve_glue_args(argv, args)
            if args.get("JOB_NAME"):
                from awsglue.job import Job

                job = Job(glue_context)
                job.init(args["JOB_NAME"], args)
        query_log = _ExecutedQueriesLog.start(args, aws=aws)
        budget = job_timeout_seconds(args, aws=aws)
        if budget is not None:
            timer = JobTimer(budget, spark=spark)
            _TIMERS.append(timer)
            timer.arm()
        log.info("job %s: start", args.get("JOB_NAME", getattr(entry, "__name__", "job")))
        try:
            entry(spark, args)
        finally:
            if timer is not None:
                timer.disarm()
        if timer is not None and timer.expired.is_set():
            raise StepTimeout(f"job timeout: {timer.seconds:.1f} s passed")
        if job is not None:
            job.commit()
        log.info("job %s: succeeded", args.get("JOB_NAME", getattr(entry, "__name__", "job")))
        code = 0
    except SystemExit as exc:
        code = _exit_code(exc)
        if timer is not None and timer.expired.is_set() and code == 0:
            code = TIMEOUT_EXIT_CODE
        (log.info if code == 0 else log.error)("job exited with code %d", code)
        if code == 0 and job is not None:
            job.commit()
    except BaseException as exc:
        if (timer is not None and timer.expired.is_set()) or isinstance(exc, StepTimeout):
            log.error("job timed out after %.1f s", timer.seconds if timer else 0.0, exc_info=True)
            code = TIMEOUT_EXIT_CODE
        else:
            log.exception("job failed")
            code = 1
    finally:
        if timer is not None:
            timer.disarm()
            if timer in _TIMERS:
                _TIMERS.remove(timer)
        if query_log is not None:
            query_log.finish()
    return code


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
            connect: Callable[[Mapping[str, str]], Any] | None = None, aws=None) -> int:
    """Run a generated Redshift runner: `entry(conn, args)` in one connection, committed on success,
    rolled back on failure, always closed.  Returns the exit code.

    `connect(args) -> DB-API connection` replaces `open_db_connection` (tests, custom pools).
    `--timezone tz` sets the session time zone first.  --record_queries true and
    --executed_queries_path write the executed-queries log as glue_main does."""
    _ensure_logging()
    conn = None
    query_log: _ExecutedQueriesLog | None = None
    try:
        args = parse_job_args(argv)
        query_log = _ExecutedQueriesLog.start(args, aws=aws)
        conn = connect(args) if connect is not None else open_db_connection(args, aws=aws)
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
        if query_log is not None:
            query_log.finish()


def _finish(conn, *, commit: bool) -> None:
    try:
        conn.commit() if commit else conn.rollback()
    except Exception:
        log.warning("%s failed", "commit" if commit else "rollback", exc_info=True)


# -------------------------------------------------------------------------------- mapping variables

class MappingVariables:
    """Informatica-style mapping variables of one job, kept in a table on PostgreSQL/Redshift
    (WMG's setMappVars/getMappVars)::

        CREATE TABLE IF NOT EXISTS wmg_mapping_vars (job VARCHAR(256) NOT NULL, name VARCHAR(256) NOT NULL,
                                                     value VARCHAR(65535), updated_at TIMESTAMP NOT NULL,
                                                     PRIMARY KEY (job, name))

    `conn` is a DB-API connection (psycopg, or JayDeBeApi with `?` parameters).  The table is
    created on first use if missing.  Values are text (None is SQL NULL); `get` returns str.
    `set`/`upsert` run in one transaction that first takes `LOCK TABLE` (PostgreSQL and Redshift
    both have it; Redshift does not enforce the primary key, so the lock is what keeps concurrent
    upserts from inserting a name twice), then UPDATE the existing names and INSERT the others.
    `updated_at` is the client's UTC time, passed as a parameter (no engine-specific function)."""

    DDL = ("CREATE TABLE IF NOT EXISTS {t} (job VARCHAR(256) NOT NULL, name VARCHAR(256) NOT NULL, "
           "value VARCHAR(65535), updated_at TIMESTAMP NOT NULL, PRIMARY KEY (job, name))")

    def __init__(self, conn, job: str, *, table: str = "wmg_mapping_vars", create: bool = True) -> None:
        if not job:
            raise ConfigError("MappingVariables needs a job name")
        if not all(part.replace("_", "").replace("$", "").isalnum() for part in table.split(".")):
            raise ConfigError(f"MappingVariables: table name {table!r} must be [schema.]identifier")
        self.conn, self.job, self.table = conn, job, table
        self._create = create
        self._ready = False
        self._ph = "?" if type(conn).__module__.split(".")[0] == "jaydebeapi" else "%s"

    def _sql(self, text: str) -> str:
        return text.format(t=self.table).replace("%s", self._ph)

    def _ensure_table(self) -> None:
        if self._ready or not self._create:
            return
        from wmg.jdbc import transaction

        with transaction(self.conn):
            cur = self.conn.cursor()
            try:
                cur.execute(self._sql(self.DDL))
            finally:
                cur.close()
        self._ready = True

    def _query(self, sql: str, params: tuple) -> list[tuple]:
        from wmg.jdbc import transaction

        self._ensure_table()
        with transaction(self.conn):
            cur = self.conn.cursor()
            try:
                cur.execute(self._sql(sql), params)
                return [tuple(r) for r in cur.fetchall()]
            finally:
                cur.close()

    def get(self, name: str, default: str | None = None) -> str | None:
        rows = self._query("SELECT value FROM {t} WHERE job = %s AND name = %s", (self.job, name))
        return rows[0][0] if rows else default

    def get_all(self) -> dict[str, str | None]:
        return dict(self._query("SELECT name, value FROM {t} WHERE job = %s ORDER BY name", (self.job,)))

    def updated_at(self, name: str):
        rows = self._query("SELECT updated_at FROM {t} WHERE job = %s AND name = %s", (self.job, name))
        return rows[0][0] if rows else None

    def set(self, name: str, value: Any) -> None:
        self.upsert({name: value})

    def upsert(self, values: Mapping[str, Any]) -> None:
        """Set every name in `values` in one transaction (all or nothing)."""
        import datetime as _dt

        from wmg.jdbc import transaction

        if not values:
            return
        self._ensure_table()
        now = _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None)
        with transaction(self.conn):
            cur = self.conn.cursor()
            try:
                cur.execute(self._sql("LOCK TABLE {t}"))
                for name, value in values.items():
                    text = None if value is None else str(value)
                    cur.execute(self._sql("UPDATE {t} SET value = %s, updated_at = %s WHERE job = %s AND name = %s"),
                                (text, now, self.job, name))
                    if cur.rowcount == 0:
                        cur.execute(self._sql("INSERT INTO {t} (job, name, value, updated_at) VALUES (%s, %s, %s, %s)"),
                                    (self.job, name, text, now))
            finally:
                cur.close()
        log.info("mapping variables of %s set: %s", self.job, sorted(values))

    def delete(self, name: str) -> bool:
        from wmg.jdbc import transaction

        self._ensure_table()
        with transaction(self.conn):
            cur = self.conn.cursor()
            try:
                cur.execute(self._sql("DELETE FROM {t} WHERE job = %s AND name = %s"), (self.job, name))
                return (cur.rowcount or 0) > 0
            finally:
                cur.close()


__all__ = ["Params", "Step", "FunctionStep", "step", "StepFailed", "StepTimeout", "JobTimer", "check_timeout",
           "job_timeout_seconds", "write_executed_queries", "TIMEOUT_EXIT_CODE", "MappingVariables", "JobContext", "Statements", "run_steps",
           "ELTProcess", "fingerprint", "parse_job_args", "build_spark", "glue_main", "db_main",
           "open_db_connection", "RestartPoint", "CheckpointStore", "FileCheckpoint", "S3Checkpoint",
           "MemoryCheckpoint", "StaleCheckpoint", "CheckpointConflict", "open_checkpoint",
           "register_checkpoint_backend"]
