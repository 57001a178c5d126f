"""Table migrations through Spark JDBC, driven by a CSV task list (spec §8, WMG's DataMigration).

    tasks = read_tasks("s3://bucket/config/migrations.csv")          # '#'-separated, with a header
    report = run_migrations(tasks, spark=spark, connections=ConnectionResolver())

Each task reads `SELECT source_columns FROM source_table WHERE source_filter` from its source and
writes the rows to its target, with load_type
* append: the rows are added;
* overwrite: the target is emptied (TRUNCATE, so it keeps its keys and grants) and reloaded;
* incremental: only rows with `incremental_load_column > MAX(incremental_load_column)` of the
  target are added; an empty target gets every row.  The comparison is strict, so a row that
  arrives late with the current maximum value is missed.

A source or target named `spark` (or `hive`, `glue`, `catalog`) is a Spark catalog table; any other
name is a database type whose connection comes from `connections`: a mapping of connection name to
ConnectionInfo, or a callable `(db_type, name) -> ConnectionInfo` such as wmg.io.ConnectionResolver.
Table and column names are quoted (so they are matched exactly as written, case included, on
databases that fold unquoted names); filters are trusted configuration and inserted verbatim.

wmg.migration re-exports these names (lazily: this module imports wmg.migration).
"""
from __future__ import annotations

import csv
import io
import logging
import re
import time
from dataclasses import dataclass, fields
from typing import Any, Callable, Mapping, Sequence

from wmg.elt import Statements, Step, fingerprint
from wmg.errors import ConfigError, NotFound, PartialFailure, WmgError
from wmg.migration import MigrationReport     # one report type for every kind of migration task

log = logging.getLogger("wmg.migration")

__all__ = ["MigrationTask", "MigrationResult", "MigrationFailed", "read_tasks", "migrate", "run_migrations",
           "DataMigrationStep", "task_problems", "source_sql", "quote_name", "LOAD_TYPES", "SPARK_ENGINES"]

LOAD_TYPES = ("append", "overwrite", "incremental")
SPARK_ENGINES = ("spark", "hive", "glue", "catalog")
_BACKTICK_ENGINES = SPARK_ENGINES + ("mysql", "mariadb")
_REQUIRED = ("source_name", "source_table", "target_name", "target_table", "load_type")


@dataclass(frozen=True)
class MigrationTask:
    """One row of the task list.  `line` is its line in the CSV (0 when built in code)."""

    source_name: str
    source_table: str
    target_name: str
    target_table: str
    load_type: str = "append"
    source_connection: str | None = None
    source_columns: str = "*"
    source_filter: str = "1=1"
    target_connection: str | None = None
    incremental_load_column: str | None = None
    line: int = 0

    @property
    def label(self) -> str:
        return f"{self.source_name}:{self.source_table} -> {self.target_name}:{self.target_table} ({self.load_type})"


@dataclass(frozen=True)
class MigrationResult:
    task: MigrationTask
    rows: int                       # rows written to the target
    seconds: float
    watermark: Any = None           # MAX(incremental_load_column) of the target before the load


class MigrationFailed(WmgError):
    """One task failed; `task` says which (its CSV line and label), the cause is chained."""

    def __init__(self, task: MigrationTask, cause: BaseException) -> None:
        self.task = task
        where = f"line {task.line}: " if task.line else ""
        super().__init__(f"{where}{task.label}: {type(cause).__name__}: {_first_line(cause)}")
        self.__cause__ = cause


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:500] if text else ""


# ======================================================================================= the task list

def read_tasks(path_or_text: str, *, sep: str = "#") -> list[MigrationTask]:
    """The tasks of a CSV task list: a local path, an s3:// URI, or the CSV text itself (anything
    with a line break).  The first line names the columns (any order; source_connection,
    source_columns, source_filter, target_connection and incremental_load_column may be left out).
    Blank lines are skipped.  Every bad row is reported at once, with its line, in one ConfigError."""
    if len(sep) != 1:
        raise ConfigError(f"the task list separator must be one character, got {sep!r}")
    text = path_or_text if "\n" in path_or_text else _read_text(path_or_text)
    reader = csv.reader(io.StringIO(text), delimiter=sep, skipinitialspace=True)
    header = [h.strip().lower() for h in next(reader, [])]
    _check_header(header)
    tasks, problems = [], []
    for row in reader:
        if not any(cell.strip() for cell in row):
            continue
        task, row_problems = _task_of(header, row, reader.line_num)
        if row_problems:
            problems.append(f"line {reader.line_num}: " + "; ".join(row_problems))
        else:
            tasks.append(task)
    if problems:
        raise ConfigError(f"{len(problems)} bad row(s) in the migration task list:\n" + "\n".join(problems))
    return tasks


def _read_text(path: str) -> str:
    from wmg.fs import open_fs

    return open_fs(path).read_text(path)


def _check_header(header: Sequence[str]) -> None:
    known = {f.name for f in fields(MigrationTask)} - {"line"}
    unknown = [h for h in header if h not in known]
    missing = [r for r in _REQUIRED if r not in header]
    repeated = sorted({h for h in header if header.count(h) > 1})
    if unknown or missing or repeated:
        raise ConfigError(f"line 1: the task list header must name the columns ({', '.join(sorted(known))}); "
                          f"missing {missing}, unknown {unknown}, repeated {repeated}")


def _task_of(header: Sequence[str], row: Sequence[str], line: int) -> tuple[MigrationTask | None, list[str]]:
    if len(row) != len(header):
        return None, [f"expected {len(header)} fields, found {len(row)}"]
    values = {name: cell.strip() for name, cell in zip(header, row) if cell.strip()}
    if "load_type" in values:
        values["load_type"] = values["load_type"].lower()
    missing = [r for r in _REQUIRED if r not in values]
    if missing:
        return None, [f"missing {', '.join(missing)}"]
    task = MigrationTask(**values, line=line)
    return task, task_problems(task)


def task_problems(task: MigrationTask) -> list[str]:
    """What is wrong with a task (empty when it can run)."""
    problems = [f"missing {r}" for r in _REQUIRED if not getattr(task, r)]
    if task.load_type not in LOAD_TYPES:
        problems.append(f"load_type must be one of {', '.join(LOAD_TYPES)}, got {task.load_type!r}")
    if task.load_type == "incremental" and not task.incremental_load_column:
        problems.append("incremental load_type needs incremental_load_column")
    names = [("source_table", task.source_table), ("target_table", task.target_table)]
    if task.source_columns.strip() != "*":
        names += [("source_columns", c.strip()) for c in task.source_columns.split(",")]
    if task.incremental_load_column:
        names.append(("incremental_load_column", task.incremental_load_column))
    for what, name in names:
        try:
            _name_parts(name)
        except ConfigError as exc:
            problems.append(f"{what}: {exc}")
    return problems


# ======================================================================================= names and SQL

# A quoted part (any text, the quote doubled inside) or a plain identifier: letters, digits, _ $ # @.
_NAME_PART = r'"(?:[^"]|"")*"|`(?:[^`]|``)*`|[\w$#@]+'


def _name_parts(name: str) -> list[str]:
    """`schema.table`, `"My Schema"."T"` or `` `db`.`t` `` -> the unquoted parts."""
    if not name or not re.fullmatch(rf"(?:{_NAME_PART})(?:\.(?:{_NAME_PART}))*", name.strip()):
        raise ConfigError(f"{name!r} is not a name (part.part..., parts may be quoted)")
    parts = re.findall(_NAME_PART, name.strip())
    return [p[1:-1].replace(p[0] * 2, p[0]) if p[0] in '"`' else p for p in parts]


def _quote(part: str, engine: str) -> str:
    q = "`" if engine in _BACKTICK_ENGINES else '"'
    return q + part.replace(q, q * 2) + q


def quote_name(name: str, engine: str) -> str:
    """A table or column name quoted part by part for `engine` (backticks for Spark and MySQL,
    double quotes elsewhere)."""
    return ".".join(_quote(p, _engine(engine)) for p in _name_parts(name))


def _engine(name: str) -> str:
    return name.strip().lower()


def _is_spark(engine: str) -> bool:
    return _engine(engine) in SPARK_ENGINES


def source_sql(task: MigrationTask) -> str:
    """The query run on the source: quoted names, the filter verbatim."""
    engine = _engine(task.source_name)
    columns = "*" if task.source_columns.strip() == "*" else ", ".join(
        quote_name(c.strip(), engine) for c in task.source_columns.split(",") if c.strip())
    return f"SELECT {columns} FROM {quote_name(task.source_table, engine)} WHERE {task.source_filter}"


# ======================================================================================= running tasks

def _connection(connections, db_type: str, name: str | None):
    if connections is None:
        raise ConfigError(f"{db_type} connection {name!r}: pass connections=")
    if isinstance(connections, Mapping):
        if name not in connections:
            raise NotFound(f"no connection called {name!r} in connections (have {sorted(connections)})")
        return connections[name]
    return connections(db_type, name)


def _query(spark, engine: str, info, sql: str):
    from wmg.io import spark_read_jdbc

    return spark.sql(sql) if _is_spark(engine) else spark_read_jdbc(spark, info, sql)


def _target_max(spark, task: MigrationTask, info) -> Any:
    """MAX(incremental_load_column) of the target; None for an empty target."""
    engine = _engine(task.target_name)
    column = _quote(task.incremental_load_column, engine)
    sql = f"SELECT MAX({column}) AS wmg_max FROM {quote_name(task.target_table, engine)}"
    return _query(spark, engine, info, sql).first()[0]


def _write(df, task: MigrationTask, info) -> None:
    from wmg.io import save_table, spark_write_jdbc

    engine = _engine(task.target_name)
    mode = "overwrite" if task.load_type == "overwrite" else "append"
    table = quote_name(task.target_table, engine)
    if _is_spark(engine):
        save_table(df, table, mode=mode)
    else:
        spark_write_jdbc(df, info, table, mode=mode, truncate=True)


def _write_counted(df, write: Callable[[Any], None]) -> int:
    """Run `write(df)` and return how many rows it wrote, counted while writing (an Observation),
    so the source is read once."""
    from pyspark.sql import Observation, functions as F

    observation = Observation()
    write(df.observe(observation, F.count(F.lit(1)).alias("rows")))
    return int(observation.get["rows"])


def migrate(task: MigrationTask, *, spark, connections=None) -> MigrationResult:
    """Run one task (see the module doc).  Raises ConfigError for an invalid task and the
    engine's error (wmg QueryError for JDBC) when reading or writing fails."""
    from pyspark.sql import functions as F

    from wmg.io import _col

    problems = task_problems(task)
    if problems:
        raise ConfigError(f"{task.label}: " + "; ".join(problems))
    started = time.monotonic()
    source_info = None if _is_spark(task.source_name) else _connection(connections, task.source_name,
                                                                       task.source_connection)
    target_info = None if _is_spark(task.target_name) else _connection(connections, task.target_name,
                                                                       task.target_connection)
    df = _query(spark, task.source_name, source_info, source_sql(task))
    watermark = None
    if task.load_type == "incremental":
        watermark = _target_max(spark, task, target_info)
        if watermark is not None:
            # A DataFrame filter rather than SQL text: Spark pushes it down to the source with a
            # literal of the right type for that database.
            df = df.where(_col(task.incremental_load_column) > F.lit(watermark))
    rows = _write_counted(df, lambda frame: _write(frame, task, target_info))
    result = MigrationResult(task, rows, time.monotonic() - started, watermark)
    log.info("%s: %d rows in %.1f s", task.label, rows, result.seconds)
    return result


def _run_all(tasks: Sequence[MigrationTask], run_one: Callable[[MigrationTask], MigrationResult | None], *,
             continue_on_error: bool) -> MigrationReport:
    """Run every task; failures are collected and raised together as PartialFailure at the end
    (or at the first one when not continue_on_error), carrying the results that did run."""
    results, failures = [], []
    for task in tasks:
        try:
            result = run_one(task)
        except Exception as exc:
            log.error("migration %s failed: %s", task.label, _first_line(exc))
            failures.append(MigrationFailed(task, exc))
            if not continue_on_error:
                break
        else:
            if result is not None:      # None: skipped on a resumed run
                results.append(result)
    if failures:
        raise PartialFailure(f"{len(failures)} of {len(tasks)} migration task(s) failed: "
                             + "; ".join(str(f) for f in failures), failures, results)
    return MigrationReport(tuple(results))


def run_migrations(tasks: Sequence[MigrationTask] | str, *, spark, connections=None,
                   continue_on_error: bool = True) -> MigrationReport:
    """Run the tasks in order (a str is read with read_tasks first).  A failed task is logged and
    the others still run; the failures then raise one PartialFailure (of MigrationFailed, whose
    `.successes` are the MigrationResults).  continue_on_error=False stops at the first failure."""
    if isinstance(tasks, str):
        tasks = read_tasks(tasks)
    return _run_all(tasks, lambda t: migrate(t, spark=spark, connections=connections),
                    continue_on_error=continue_on_error)


class DataMigrationStep(Step):
    """WMG's DataMigration as a wmg.elt Step: the task list comes from `config_path` (or the job
    parameter config_path, separator config_file_sep, default '#'); connections default to a
    ConnectionResolver on the job's AWS context and secrets.

    Each task is a numbered unit.  With restart="index" the step stops at the first failed task
    and a rerun resumes at that task (the tasks before it are not loaded twice); otherwise every
    task runs and the failures are raised together.  `report` holds the last run's results."""

    name = "data_migration"

    def __init__(self, name: str | None = None, *, config_path: str | None = None, sep: str | None = None,
                 connections=None, continue_on_error: bool = True, restart: str | None = None) -> None:
        super().__init__(name, restart=restart)
        self.config_path, self.sep = config_path, sep
        self.connections, self.continue_on_error = connections, continue_on_error
        self.report: MigrationReport | None = None

    def run(self, ctx) -> None:
        path = self.config_path or ctx.params.get("config_path")
        if not path:
            raise ConfigError("Need config CSV file path to proceed: set config_path")
        tasks = read_tasks(path, sep=self.sep or ctx.params.get("config_file_sep", "#"))
        connections = self.connections if self.connections is not None else self._resolver(ctx)
        units = Statements(ctx, self, fingerprint(*tasks))
        self.report = _run_all(
            tasks, lambda t: units.run(t.label, lambda: migrate(t, spark=ctx.spark, connections=connections)),
            continue_on_error=self.continue_on_error and self.restart != "index")

    @staticmethod
    def _resolver(ctx):
        from wmg.io import ConnectionResolver

        return ConnectionResolver(ctx.aws, secrets=ctx.secrets)
