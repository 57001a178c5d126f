"""Run SQL on an engine and get rows plus ACTIVITYCOUNT (spec §15, §16).

* `SqlExecutor(conn, engine=...)` over any DB-API connection: psycopg (PostgreSQL, Redshift),
  JayDeBeApi (any JDBC driver), teradatasql, pyodbc.
* `SparkExecutor(spark, ...)` over a SparkSession.

`execute(sql, ...) -> QueryResult(rows, columns, activity_count, ...)`; activity_count mirrors
Teradata's ACTIVITYCOUNT: rows affected by INSERT/UPDATE/DELETE/MERGE, rows returned by SELECT.
Failures raise `QueryError` or, when classified from SQLSTATE / Spark's error class, one of its
subclasses `QueryTimeout`, `SqlSyntaxError`, `ObjectNotFound`.  `parallel(max_workers)` runs a batch
on a thread pool and raises `PartialFailure` (carrying the successful results) if any item failed.
"""
from __future__ import annotations

import logging
import re
import threading
import time
import uuid
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone as _tz
from typing import Any, Callable, Iterator, Mapping, Sequence

from wmg.errors import PartialFailure, QueryError
from wmg.sql import first_keyword, split_statements

log = logging.getLogger("wmg.executor")

__all__ = ["QueryResult", "QueryTimeout", "SqlSyntaxError", "ObjectNotFound", "SqlExecutor", "SparkExecutor",
           "Batch", "classify_sqlstate", "query_error", "spark_conf", "wait_for_tables", "ExecutedQuery",
           "QueryLog", "recording", "active_query_log"]


class QueryTimeout(QueryError):
    """The statement ran longer than allowed and was cancelled (SQLSTATE 57014)."""


class SqlSyntaxError(QueryError):
    """The engine could not parse the statement (SQLSTATE 42601, Spark ParseException)."""


class ObjectNotFound(QueryError):
    """A table, view, column, schema or function the statement names does not exist."""


_NOT_FOUND_STATES = {"42P01", "42703", "42883", "42704", "3F000", "3D000", "42P02", "42S02", "42S22", "42S12"}
_SYNTAX_STATES = {"42601"}
_TIMEOUT_STATES = {"57014", "HYT00", "HYT01"}
# Teradata error codes ([Error NNNN] in teradatasql messages)
_TD_NOT_FOUND = {"3802", "3807", "3810", "5628", "3824", "3808"}
_TD_SYNTAX = {"3706", "3707"}
_SPARK_NOT_FOUND = ("TABLE_OR_VIEW_NOT_FOUND", "UNRESOLVED_COLUMN", "UNRESOLVED_ROUTINE", "SCHEMA_NOT_FOUND",
                    "ROUTINE_NOT_FOUND", "UNRESOLVED_FIELD", "PATH_NOT_FOUND", "NO_SUCH_", "DATABASE_NOT_FOUND")


def classify_sqlstate(sqlstate: str | None) -> type[QueryError]:
    """The QueryError subclass for a SQLSTATE (QueryError itself when it means nothing special)."""
    if not sqlstate:
        return QueryError
    if sqlstate in _TIMEOUT_STATES:
        return QueryTimeout
    if sqlstate in _NOT_FOUND_STATES:
        return ObjectNotFound
    if sqlstate in _SYNTAX_STATES:
        return SqlSyntaxError
    return QueryError


def _sqlstate_of(exc: BaseException) -> str | None:
    state = getattr(exc, "sqlstate", None)          # psycopg
    if state:
        return str(state)
    for arg in getattr(exc, "args", ()):            # JayDeBeApi wraps the java.sql.SQLException
        get = getattr(arg, "getSQLState", None)
        if callable(get):
            try:
                s = get()
                if s:
                    return str(s)
            except Exception:
                pass
    cause = exc.__cause__ or exc.__context__
    if cause is not None and cause is not exc and hasattr(cause, "getSQLState"):
        try:
            return str(cause.getSQLState())
        except Exception:
            pass
    args = getattr(exc, "args", ())
    if args and isinstance(args[0], str) and re.fullmatch(r"[0-9A-Z]{5}", args[0]):   # pyodbc
        return args[0]
    m = re.search(r"SQLSTATE[\s:=\[]*([0-9A-Z]{5})", str(exc))
    return m.group(1) if m else None


def query_error(exc: BaseException, *, sql: str = "", query_id: str | None = None, engine: str = "",
                timed_out: bool = False) -> QueryError:
    """A typed QueryError for a driver or Spark exception (the caller chains it with `from exc`)."""
    if isinstance(exc, QueryError):
        return exc
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    cls: type[QueryError] = QueryError
    state = None
    spark_class = None
    try:
        from pyspark.errors import AnalysisException, ParseException  # noqa: F401
    except ImportError:
        AnalysisException = ParseException = ()  # type: ignore[assignment]
    if AnalysisException and isinstance(exc, AnalysisException):
        spark_class = exc.getErrorClass() or ""
        state = exc.getSqlState()
        if isinstance(exc, ParseException) or spark_class.startswith("PARSE_"):
            cls = SqlSyntaxError
        elif spark_class.startswith(_SPARK_NOT_FOUND):
            cls = ObjectNotFound
        else:
            cls = classify_sqlstate(state)
    else:
        state = _sqlstate_of(exc)
        cls = classify_sqlstate(state)
        if cls is QueryError:
            m = re.search(r"\[Error (\d+)\]", str(exc))    # teradatasql
            if m:
                code = m.group(1)
                cls = ObjectNotFound if code in _TD_NOT_FOUND else SqlSyntaxError if code in _TD_SYNTAX else QueryError
    if timed_out:
        cls = QueryTimeout
    err = cls(message, sql=sql, query_id=query_id, engine=engine, sqlstate=state)
    err.error_class = spark_class
    return err


@dataclass(frozen=True)
class QueryResult:
    """One statement's outcome.  `rows` is None when the result was not fetched (a temp view, a
    frame returned lazily, or a statement without a result set)."""

    rows: list[tuple] | None
    columns: tuple[str, ...] = ()
    activity_count: int | None = None
    query_id: str | None = None
    frame: Any = field(default=None, compare=False, repr=False)
    seconds: float = field(default=0.0, compare=False)
    sql: str = field(default="", compare=False, repr=False)


@dataclass(frozen=True)
class ExecutedQuery:
    """One executed statement, as recorded with `record_queries` or inside `recording(log)`."""

    query_id: str | None
    sql: str
    seconds: float
    activity_count: int | None
    error: str | None = None
    engine: str = ""
    started_at: str = ""          # UTC, ISO 8601

    @classmethod
    def finished_now(cls, query_id: str | None, sql: str, seconds: float, activity_count: int | None,
                     error: str | None, engine: str) -> "ExecutedQuery":
        """A statement that just ended after `seconds` (its start time is computed from that)."""
        started = datetime.fromtimestamp(time.time() - seconds, _tz.utc).isoformat(timespec="milliseconds")
        return cls(query_id, sql, seconds, activity_count, error, engine, started)

    def as_dict(self) -> dict[str, Any]:
        return {"query_id": self.query_id, "engine": self.engine, "started_at": self.started_at,
                "seconds": round(self.seconds, 6), "activity_count": self.activity_count, "error": self.error,
                "sql": self.sql}


class QueryLog:
    """A thread-safe list of ExecutedQuery shared by every executor while it is active
    (`with recording(log): ...`; glue_main does this for `--record_queries true`)."""

    def __init__(self) -> None:
        self._items: list[ExecutedQuery] = []
        self._lock = threading.Lock()

    def add(self, item: ExecutedQuery) -> None:
        with self._lock:
            self._items.append(item)

    @property
    def items(self) -> list[ExecutedQuery]:
        with self._lock:
            return list(self._items)

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)

    def to_jsonl(self) -> str:
        import json

        return "".join(json.dumps(q.as_dict(), default=str) + "\n" for q in self.items)


_ACTIVE_LOGS: list[QueryLog] = []
_ACTIVE_LOCK = threading.Lock()


def active_query_log() -> QueryLog | None:
    """The innermost active QueryLog (process-wide, not per thread), or None."""
    with _ACTIVE_LOCK:
        return _ACTIVE_LOGS[-1] if _ACTIVE_LOGS else None


@contextmanager
def recording(qlog: QueryLog | None = None) -> Iterator[QueryLog]:
    """Every executor in the process records into `qlog` (a new QueryLog by default) inside the
    block, whatever its own `record_queries` flag; the executors' worker threads included."""
    qlog = qlog if qlog is not None else QueryLog()
    with _ACTIVE_LOCK:
        _ACTIVE_LOGS.append(qlog)
    try:
        yield qlog
    finally:
        with _ACTIVE_LOCK:
            _ACTIVE_LOGS.remove(qlog)


class Batch:
    """Parallel statements on a thread pool; leaving the `with` block waits for all of them.

        with ex.parallel(max_workers=4) as b:
            b.submit("insert ...", query_id="q1")
            b.submit("insert ...", query_id="q2")
        b.results   # QueryResults in submission order

    If any item failed, PartialFailure(exceptions, successes=results that worked) is raised."""

    def __init__(self, run: Callable[..., QueryResult], max_workers: int, on_done: Callable[[], None] | None = None) -> None:
        self._run = run
        self._pool = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="wmg-batch")
        self._futures: list[Future] = []
        self._on_done = on_done
        self.results: list[QueryResult] = []

    def submit(self, sql: str, **kwargs: Any) -> Future:
        fut = self._pool.submit(self._run, sql, **kwargs)
        self._futures.append(fut)
        return fut

    def __enter__(self) -> "Batch":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            self._pool.shutdown(wait=True)
        finally:
            if self._on_done:
                self._on_done()
        if exc_type is not None:
            return
        errors: list[Exception] = []
        for fut in self._futures:
            e = fut.exception()
            if e is None:
                self.results.append(fut.result())
            else:
                errors.append(e if isinstance(e, Exception) else RuntimeError(repr(e)))
        if errors:
            raise PartialFailure(f"{len(errors)} of {len(self._futures)} statements failed", errors, self.results)


class _Base:
    engine = ""

    def __init__(self, record_queries: bool) -> None:
        self.record_queries = record_queries
        self.executed: list[ExecutedQuery] = []
        self._record_lock = threading.Lock()

    def _record(self, query_id, sql, seconds, count, error=None) -> None:
        qlog = active_query_log()
        if not self.record_queries and qlog is None:
            return
        item = ExecutedQuery.finished_now(query_id, sql, seconds, count, error, self.engine)
        if self.record_queries:
            with self._record_lock:
                self.executed.append(item)
        if qlog is not None:
            qlog.add(item)

    def execute_script(self, text: str, *, query_id: str | None = None, **kwargs: Any) -> list[QueryResult]:
        """Every statement of `text` in order (split outside quotes and comments); stops at the
        first failure, whose QueryError carries `statement_index`."""
        results = []
        for i, stmt in enumerate(split_statements(text)):
            qid = f"{query_id}.{i}" if query_id else None
            try:
                results.append(self.execute(stmt, query_id=qid, **kwargs))
            except QueryError as e:
                e.statement_index = i
                raise
        return results

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:  # pragma: no cover - overridden
        pass


class SqlExecutor(_Base):
    """Statements over one DB-API connection (thread-safe: calls are serialized on it).

    `connect()` (optional) makes extra connections so `parallel()` really runs concurrently; each
    worker connection commits after every successful statement.  Without it a batch runs its
    items one at a time on the shared connection.  The executor never commits the shared
    connection by itself: call `commit()` (db_main commits at the end of a runner)."""

    def __init__(self, conn, *, engine: str = "postgres", connect: Callable[[], Any] | None = None,
                 record_queries: bool = False, close_connection: bool = True) -> None:
        super().__init__(record_queries)
        self.conn = conn
        self.engine = engine
        self._connect = connect
        self._lock = threading.RLock()
        self._close_connection = close_connection
        self._worker_conns: list[Any] = []
        self._tls = threading.local()

    def __repr__(self) -> str:
        return f"SqlExecutor(engine={self.engine!r})"

    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] | None = None, *,
                query_id: str | None = None, timeout_s: float | None = None, fetch: bool = True,
                _conn=None) -> QueryResult:
        conn = _conn if _conn is not None else self.conn
        lock = self._lock if _conn is None else _NullLock
        start = time.monotonic()
        timed_out = threading.Event()
        with lock:
            cur = conn.cursor()
            timer = None
            try:
                if timeout_s:
                    timer = threading.Timer(timeout_s, self._cancel, (conn, cur, timed_out))
                    timer.daemon = True
                    timer.start()
                try:
                    if params is None:
                        cur.execute(sql)
                    else:
                        cur.execute(sql, params)
                    columns: tuple[str, ...] = ()
                    rows = None
                    if cur.description:
                        columns = tuple(d[0] for d in cur.description)
                        if fetch:
                            rows = [tuple(r) for r in cur.fetchall()]
                            count: int | None = len(rows)
                        else:
                            count = cur.rowcount if cur.rowcount is not None and cur.rowcount >= 0 else None
                    else:
                        rc = cur.rowcount
                        count = rc if rc is not None and rc >= 0 else 0
                finally:
                    if timer is not None:
                        timer.cancel()
            except Exception as exc:
                seconds = time.monotonic() - start
                self._record(query_id, sql, seconds, None, f"{type(exc).__name__}: {exc}")
                raise query_error(exc, sql=sql, query_id=query_id, engine=self.engine,
                                  timed_out=timed_out.is_set()) from exc
            finally:
                try:
                    cur.close()
                except Exception:
                    pass
        seconds = time.monotonic() - start
        self._record(query_id, sql, seconds, count)
        log.debug("[%s %s] %d rows in %.3fs", self.engine, query_id or "-", count or 0, seconds)
        return QueryResult(rows, columns, count, query_id, None, seconds, sql)

    @staticmethod
    def _cancel(conn, cur, flag: threading.Event) -> None:
        flag.set()
        try:
            if hasattr(conn, "cancel_safe"):           # psycopg >= 3.2
                conn.cancel_safe()
            elif hasattr(conn, "cancel"):
                conn.cancel()
            elif getattr(cur, "_prep", None) is not None:   # JayDeBeApi: java.sql.Statement.cancel()
                cur._prep.cancel()
            else:
                log.warning("cannot cancel a statement on %s", type(conn).__name__)
        except Exception:
            log.warning("cancelling the statement failed", exc_info=True)

    def commit(self) -> None:
        with self._lock:
            jconn = getattr(self.conn, "jconn", None)
            if jconn is not None and jconn.getAutoCommit():
                return
            if getattr(self.conn, "autocommit", False) is True:
                return
            self.conn.commit()

    def rollback(self) -> None:
        with self._lock:
            jconn = getattr(self.conn, "jconn", None)
            if jconn is not None and jconn.getAutoCommit():
                return
            self.conn.rollback()

    def _worker_conn(self):
        conn = getattr(self._tls, "conn", None)
        if conn is None:
            conn = self._connect()
            self._tls.conn = conn
            with self._lock:
                self._worker_conns.append(conn)
        return conn

    def _run_in_worker(self, sql: str, **kwargs: Any) -> QueryResult:
        conn = self._worker_conn()
        try:
            result = self.execute(sql, _conn=conn, **kwargs)
        except BaseException:
            _quiet(conn.rollback)
            raise
        jconn = getattr(conn, "jconn", None)
        if not (jconn is not None and jconn.getAutoCommit()) and getattr(conn, "autocommit", False) is not True:
            conn.commit()
        return result

    def parallel(self, max_workers: int = 6) -> Batch:
        if self._connect is None:
            return Batch(self.execute, max_workers)

        def done():
            with self._lock:
                conns, self._worker_conns = self._worker_conns, []
            for c in conns:
                _quiet(c.close)
            self._tls = threading.local()

        return Batch(self._run_in_worker, max_workers, done)

    def close(self) -> None:
        if self._close_connection and self.conn is not None:
            _quiet(self.conn.close)


def _quiet(fn) -> None:
    try:
        fn()
    except Exception:
        log.debug("ignored error in %s", fn, exc_info=True)


class _NullLockType:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


_NullLock = _NullLockType()

_COMMANDS = {"INSERT", "UPDATE", "DELETE", "MERGE", "CREATE", "DROP", "ALTER", "TRUNCATE", "CACHE", "UNCACHE",
             "REFRESH", "SET", "RESET", "USE", "ANALYZE", "MSCK", "ADD", "GRANT", "REVOKE", "COMMENT", "LOAD",
             "CLEAR", "REPAIR"}

_conf_lock = threading.RLock()


@contextmanager
def spark_conf(spark, conf: Mapping[str, Any] | None) -> Iterator[None]:
    """Set session conf keys for the block, then restore each key's prior value or unset it."""
    if not conf:
        yield
        return
    with _conf_lock:
        prior: dict[str, str | None] = {}
        for key in conf:
            prior[key] = spark.conf.get(key, None) if _is_set(spark, key) else None
        try:
            for key, value in conf.items():
                spark.conf.set(key, _conf_str(value))
            yield
        finally:
            for key, value in prior.items():
                if value is None:
                    spark.conf.unset(key)
                else:
                    spark.conf.set(key, value)


def _is_set(spark, key: str) -> bool:
    try:
        return spark.conf._jconf.contains(key)
    except Exception:
        return spark.conf.get(key, None) is not None


def _conf_str(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def parse_conf(text: str | Mapping[str, Any] | None) -> dict[str, str]:
    """WMG's per-query `'k=v,k=v'` (or `k=v|k=v`) text, or a mapping, as a dict."""
    if not text:
        return {}
    if isinstance(text, Mapping):
        return {str(k): _conf_str(v) for k, v in text.items()}
    out = {}
    for part in re.split(r"[,|]", text):
        if part.strip():
            k, eq, v = part.partition("=")
            if not eq:
                from wmg.errors import ConfigError

                raise ConfigError(f"Spark conf item {part.strip()!r} is not key=value")
            out[k.strip()] = v.strip()
    return out


class SparkExecutor(_Base):
    """Statements through `spark.sql`.

    * A query (SELECT, WITH … SELECT, SHOW, …) is collected into `rows` unless `temp_view=` names a
      view to register (optionally `cache=True`) or `collect=False`; `frame` is the DataFrame.
      activity_count = rows returned (counted with `count()` for views only when `count=True`).
    * A command (INSERT, CREATE, …) runs eagerly; activity_count comes from `count_sql` (a count
      query the compiler emits alongside) when given, else from the write's `numOutputRows` metric
      when Spark reports one, else None.
    * `conf={...}` (or `'k=v,k=v'`) is applied for this statement, then each key's prior value or
      absence is restored.  The session conf is shared: conf-bearing statements are serialized,
      but a parallel statement without conf may observe the temporary value.
    * `tuning=PerformanceProfile` plans conf and caching per `query_id` (wmg.performance).
    * `timeout_s` cancels the statement's Spark jobs (job group) and raises QueryTimeout."""

    engine = "spark"

    def __init__(self, spark, *, timezone: str | None = None, conf: Mapping[str, Any] | None = None,
                 tuning=None, record_queries: bool = False) -> None:
        super().__init__(record_queries)
        self.spark = spark
        self.tuning = tuning
        if timezone:
            spark.conf.set("spark.sql.session.timeZone", timezone)
        for key, value in (conf or {}).items():
            spark.conf.set(key, _conf_str(value))

    def __repr__(self) -> str:
        return "SparkExecutor()"

    def execute(self, sql: str, *, query_id: str | None = None, temp_view: str | None = None, count: bool = False,
                count_sql: str | None = None, cache: bool = False, conf: Mapping[str, Any] | str | None = None,
                params: Mapping[str, Any] | None = None, timeout_s: float | None = None, collect: bool = True,
                tables: Sequence[str] = ()) -> QueryResult:
        start = time.monotonic()
        tuning_cm = _nullcontext()
        if self.tuning is not None and query_id is not None:
            from wmg.performance import tuned

            tuning_cm = tuned(self.spark, self.tuning.plan(query_id, tables))
        timed_out = threading.Event()
        timer = None
        sc = self.spark.sparkContext
        group = None
        try:
            with tuning_cm, spark_conf(self.spark, parse_conf(conf)):
                if timeout_s:
                    group = f"wmg-{uuid.uuid4().hex[:12]}"
                    sc.setJobGroup(group, f"wmg query {query_id or ''}", interruptOnCancel=True)

                    def cancel():
                        timed_out.set()
                        sc.cancelJobGroup(group)

                    timer = threading.Timer(timeout_s, cancel)
                    timer.daemon = True
                    timer.start()
                result = self._run(sql, query_id, temp_view, count, count_sql, cache, params, collect)
        except Exception as exc:
            seconds = time.monotonic() - start
            self._record(query_id, sql, seconds, None, f"{type(exc).__name__}: {exc}")
            raise query_error(exc, sql=sql, query_id=query_id, engine="spark", timed_out=timed_out.is_set()) from exc
        finally:
            if timer is not None:
                timer.cancel()
            if group is not None:
                sc.setLocalProperty("spark.jobGroup.id", None)
                sc.setLocalProperty("spark.job.description", None)
        seconds = time.monotonic() - start
        result = QueryResult(result.rows, result.columns, result.activity_count, query_id, result.frame, seconds, sql)
        self._record(query_id, sql, seconds, result.activity_count)
        return result

    def _run(self, sql, query_id, temp_view, count, count_sql, cache, params, collect) -> QueryResult:
        df = self.spark.sql(sql, args=params) if params else self.spark.sql(sql)
        kw = first_keyword(sql)
        columns = tuple(df.columns)
        is_command = kw in _COMMANDS or (kw == "WITH" and not columns)
        if is_command:
            activity = None
            if count_sql:
                activity = int(self.spark.sql(count_sql).first()[0])
            elif kw in ("INSERT", "UPDATE", "DELETE", "MERGE"):
                activity = _write_metric(df)     # CTAS reports none: the compiler passes count_sql
            return QueryResult(None, columns, activity, frame=df)
        if temp_view:
            df.createOrReplaceTempView(temp_view)
            if cache:
                self.spark.catalog.cacheTable(temp_view)
            return QueryResult(None, columns, df.count() if count else None, frame=df)
        if cache:
            df = df.cache()
        if not collect:
            return QueryResult(None, columns, df.count() if count else None, frame=df)
        rows = [tuple(r) for r in df.collect()]
        return QueryResult(rows, columns, len(rows), frame=df)

    def parallel(self, max_workers: int = 6) -> Batch:
        return Batch(self.execute, max_workers)

    def close(self) -> None:
        """Nothing to release: stopping Spark is the entry point's job."""


class _nullcontext:
    def __enter__(self):
        return None

    def __exit__(self, *a):
        return False


def _write_metric(df) -> int | None:
    """numOutputRows of the write command Spark just ran (None when it reports none)."""
    try:
        plan = df._jdf.queryExecution().executedPlan()
        nodes = [plan]
        while nodes:
            node = nodes.pop(0)
            name = node.getClass().getSimpleName()
            if name == "CommandResultExec":
                nodes.append(node.commandPhysicalPlan())
                continue
            metrics = node.metrics()
            if name != "CommandResultExec" and metrics.contains("numOutputRows"):
                return int(metrics.apply("numOutputRows").value())
            it = node.children().iterator()
            while it.hasNext():
                nodes.append(it.next())
    except Exception:
        log.debug("no write metric", exc_info=True)
    return None


def wait_for_tables(executor, names: Sequence[str], *, timeout_s: float, poll_s: float = 30,
                    exists: Callable[[str], bool] | None = None) -> None:
    """Block until every table in `names` exists (WMG's wait_for_input_tables had no timeout).

    `exists(name)` defaults to a `SELECT 1 FROM name WHERE 1=0` probe.  Raises QueryTimeout."""
    def probe(name: str) -> bool:
        if exists is not None:
            return exists(name)
        try:
            executor.execute(f"SELECT 1 FROM {name} WHERE 1=0")
            return True
        except ObjectNotFound:
            if isinstance(executor, SqlExecutor):
                _quiet(executor.rollback)
            return False

    deadline = time.monotonic() + timeout_s
    pending = list(names)
    while True:
        pending = [n for n in pending if not probe(n)]
        if not pending:
            return
        if time.monotonic() >= deadline:
            raise QueryTimeout(f"tables not available after {timeout_s}s: {', '.join(pending)}",
                               engine=getattr(executor, "engine", ""))
        time.sleep(min(poll_s, max(0.0, deadline - time.monotonic())))
