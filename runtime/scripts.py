"""What converted scripts call to run their statements: one object per script run that executes
statements in order and keeps BTEQ's state (ACTIVITYCOUNT, ERRORCODE, ERRORLEVEL).

`SparkScript` runs Spark SQL for Glue jobs; `DbScript` runs Redshift SQL over any DB-API
connection.  Both treat each statement as its own transaction, as a Teradata-mode session does:
a failing statement leaves no partial effect and the script goes on, with ERRORCODE set, unless
the caller asked it to raise.
"""
from __future__ import annotations

import collections
import functools
import inspect
import logging
import re
import time
from dataclasses import dataclass

from wmg.errors import ConfigError, QueryError

log = logging.getLogger("wmg.scripts")

# Teradata error numbers for the failures scripts commonly branch on (.IF ERRORCODE = 3807 ...).
TERADATA_CODES = {
    "division_by_zero": 2618,
    "table_not_found": 3807,
    "table_exists": 3803,
    "duplicate_row": 2802,
    "unique_violation": 2801,
    "string_truncation": 3996,
    "column_not_found": 5628,
    "numeric_overflow": 2616,
    "invalid_date": 2665,
    "bad_cast": 2621,
    "syntax": 3706,
    "not_null": 3811,
    "multiple_source_rows": 7547,
    "other": 3807 + 1,  # 3808: generic failure when nothing better is known
}

_PG_SQLSTATE = {
    "22012": "division_by_zero", "42P01": "table_not_found", "42P07": "table_exists",
    "23505": "unique_violation", "22001": "string_truncation", "42703": "column_not_found",
    "22003": "numeric_overflow", "22008": "invalid_date", "22007": "invalid_date",
    "22P02": "bad_cast", "42601": "syntax", "23502": "not_null", "3F000": "table_not_found",
    "21000": "multiple_source_rows",  # MERGE/UPDATE touching a target row twice
}

_SPARK_CLASSES = [
    ("DIVIDE_BY_ZERO", "division_by_zero"), ("TABLE_OR_VIEW_NOT_FOUND", "table_not_found"),
    ("TABLE_OR_VIEW_ALREADY_EXISTS", "table_exists"), ("UNRESOLVED_COLUMN", "column_not_found"),
    ("ARITHMETIC_OVERFLOW", "numeric_overflow"), ("CAST_OVERFLOW", "numeric_overflow"),
    ("CAST_INVALID_INPUT", "bad_cast"), ("PARSE_SYNTAX_ERROR", "syntax"),
    ("DATETIME", "invalid_date"), ("NOT_NULL", "not_null"), ("Division by zero", "division_by_zero"),
]

DEFAULT_SEVERITY = 8
_PLACEHOLDER = re.compile(r"\$\{(\w+)\}")
_SAFE_BARE = re.compile(r"[A-Za-z0-9_.$#]+|-?\d+(\.\d+)?")


class DuplicateRowError(Exception):
    """A single-row INSERT into a SET table found the row already stored (Teradata 2802)."""

    teradata_code = TERADATA_CODES["duplicate_row"]

    def __init__(self, target: str) -> None:
        super().__init__(f"Duplicate row error in {target}")


class DuplicateKeyError(Exception):
    """An INSERT would store a second row with the same unique key (Teradata 2801)."""

    teradata_code = TERADATA_CODES["unique_violation"]

    def __init__(self, target: str) -> None:
        super().__init__(f"Duplicate unique prime key error in {target}")


def _inserted_table(sql: str) -> str:
    match = re.match(r"\s*INSERT\s+INTO\s+([^\s(]+)", sql, re.IGNORECASE)
    return match.group(1) if match else "a SET table"


def teradata_code(exc: BaseException) -> int:
    """The Teradata error number closest to an engine's exception."""
    if isinstance(getattr(exc, "teradata_code", None), int):
        return exc.teradata_code
    sqlstate = getattr(exc, "sqlstate", None) or getattr(getattr(exc, "diag", None), "sqlstate", None)
    if sqlstate in _PG_SQLSTATE:
        return TERADATA_CODES[_PG_SQLSTATE[sqlstate]]
    text = f"{type(exc).__name__} {exc}"
    for marker, kind in _SPARK_CLASSES:
        if marker in text:
            return TERADATA_CODES[kind]
    return TERADATA_CODES["other"]


@dataclass
class StatementResult:
    sid: str
    activity_count: int
    error_code: int = 0
    error: str = ""


class _BteqState:
    """ACTIVITYCOUNT / ERRORCODE / ERRORLEVEL of the last request, as BTEQ keeps them."""

    def __init__(self, args: dict | None) -> None:
        # Glue passes job arguments as --NAME; scripts refer to them as ${NAME}.
        self.args = {str(k).lstrip("-"): v for k, v in dict(args or {}).items()}
        self.activity_count = 0
        self.error_code = 0
        self.error_level = 0
        self.max_error_level = 0
        self.severities: dict[int, int] = {}
        self.options: dict[str, str] = {}
        self.results: list[StatementResult] = []

    def set_error_level(self, code: int | str, severity: int) -> None:
        """`.SET ERRORLEVEL code SEVERITY n` (code may be UNKNOWN for all unlisted codes)."""
        self.severities[code if isinstance(code, str) else int(code)] = int(severity)

    def _severity(self, code: int) -> int:
        return self.severities.get(code, self.severities.get("UNKNOWN", DEFAULT_SEVERITY))

    def _record(self, sid: str, count: int) -> int:
        # ERRORLEVEL is not reset by a request that succeeds (BTEQ keeps the highest severity).
        self.activity_count, self.error_code = count, 0
        self.results.append(StatementResult(sid, count))
        return count

    def _fail(self, sid: str, sql: str, exc: BaseException, engine: str, raise_errors: bool) -> int:
        code = teradata_code(exc)
        self.activity_count, self.error_code = 0, code
        # ERRORLEVEL is the highest severity seen so far, not the last request's.
        self.error_level = max(self.error_level, self._severity(code))
        self.max_error_level = max(self.max_error_level, self.error_level)
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        self.results.append(StatementResult(sid, 0, code, message))
        log.warning("statement %s failed with Teradata code %s: %s", sid, code, message)
        if raise_errors:
            raise QueryError(message, sql=sql, query_id=sid, engine=engine) from exc
        return 0

    def quit(self, code: int | str | None = None) -> None:
        """`.QUIT [n | ERRORCODE | ERRORLEVEL]`: end the job; non-zero raises SystemExit(n)."""
        if code is None or code == "ERRORLEVEL":
            code = self.max_error_level if code is None else self.error_level
        elif code == "ERRORCODE":
            code = self.error_code
        raise SystemExit(int(code))

    # -- BTEQ .SET options, .EXPORT and .IMPORT -------------------------------------------------

    def set_option(self, name: str, value: str) -> None:
        """`.SET SEPARATOR 'x'`, `.SET TITLEDASHES ON|OFF`, `.SET NULL 'text'`."""
        self.options[name.upper()] = value

    def report_text(self, columns: list[str], rows) -> str:
        """Rows as BTEQ REPORT text: a title line, a dashes line (unless TITLEDASHES OFF), then
        one line per row; NULL prints as '?' unless .SET NULL says otherwise."""
        sep = self.options.get("SEPARATOR", " ")
        null = self.options.get("NULL", "?")
        cells = [[null if v is None else str(v) for v in row] for row in rows]
        widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
        lines = [sep.join(c.ljust(w) for c, w in zip(columns, widths)).rstrip()]
        if self.options.get("TITLEDASHES", "ON").upper() != "OFF":
            lines.append(sep.join("-" * w for w in widths))
        lines.extend(sep.join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells)
        return "\n".join(lines) + "\n"

    def _append_export(self, path: str, text: str) -> None:
        from wmg.fs import open_fs

        fs = open_fs(path)
        exists = fs.exists(path)
        fs.write_text(path, text, mode="append" if exists else "overwrite")

    @staticmethod
    def _read_records(path: str, separator: str, skip: int, limit: int | None, width: int) -> list[list]:
        from wmg.fs import open_fs

        lines = open_fs(path).read_text(path).splitlines()[skip:]
        if limit is not None:
            lines = lines[:limit]
        records = []
        for line in lines:
            fields = line.split(separator)
            fields = (fields + [None] * width)[:width]
            # VARTEXT: an empty field is NULL.
            records.append([f if f != "" else None for f in fields])
        return records

    def remark(self, text: str) -> None:
        """`.REMARK 'text'`: BTEQ echoes it to its output; the job logs and prints it."""
        log.info("%s", text)
        print(text)

    def final_status(self) -> int:
        """Exit status of a script that ends without .QUIT: the highest ERRORLEVEL reached."""
        return self.max_error_level

    def bind(self, sql: str) -> str:
        """Substitute `${NAME}` placeholders from the job arguments.

        Inside a string literal the value is quoted (quotes doubled); elsewhere it must be a
        plain name or number, so a job argument can never inject SQL."""
        if "${" not in sql:
            return sql
        out, i, in_string = [], 0, False
        while i < len(sql):
            c = sql[i]
            if c == "'":
                in_string = not in_string
            m = _PLACEHOLDER.match(sql, i) if c == "$" else None
            if m:
                value = self.arg(m.group(1))
                if in_string:
                    out.append(value.replace("'", "''"))
                elif _SAFE_BARE.fullmatch(value):
                    out.append(value)
                else:
                    raise ConfigError(f"job argument {m.group(1)!r} is used as a name or number in SQL, "
                                      "but its value is neither")
                i = m.end()
                continue
            out.append(c)
            i += 1
        return "".join(out)

    def bind_path(self, path: str) -> str:
        """A file path with `${NAME}` replaced by the job argument, verbatim (it is not SQL)."""
        return _PLACEHOLDER.sub(lambda m: self.arg(m.group(1)), path)

    def arg(self, name: str, default: str | None = None) -> str:
        """A script variable (${NAME} in the source) from the job arguments."""
        if name in self.args:
            return str(self.args[name])
        if default is not None:
            return default
        raise ConfigError(f"job argument {name!r} is required by this script (pass --{name} VALUE)")


def _quote_identifier_path(name: str) -> str:
    return ".".join(f"`{part.strip('`')}`" for part in name.split("."))


class SparkScript(_BteqState):
    """Runs one converted script on a SparkSession (a Glue job's or a local one).

    Sets ANSI mode for the run (Teradata raises on division by zero and bad casts, so must the
    job) and restores the session's settings afterwards; volatile tables are temp views dropped
    when the script ends."""

    engine = "spark"

    def __init__(self, spark, args: dict | None = None, *, raise_errors: bool = True,
                 conf: dict[str, str] | None = None) -> None:
        super().__init__(args)
        self.spark = spark
        self.raise_errors = raise_errors
        self.conf = {"spark.sql.ansi.enabled": "true", **(conf or {})}
        self._saved_conf: dict[str, str | None] = {}
        self._volatile: list[str] = []
        self._snapshots: dict | None = None

    def __enter__(self) -> "SparkScript":
        for key, value in self.conf.items():
            self._saved_conf[key] = self.spark.conf.get(key, None)
            self.spark.conf.set(key, value)
        return self

    def __exit__(self, *exc) -> None:
        for name in reversed(self._volatile):
            self.spark.catalog.dropTempView(name)
        for key, value in self._saved_conf.items():
            if value is None:
                self.spark.conf.unset(key)
            else:
                self.spark.conf.set(key, value)

    # -- statements ---------------------------------------------------------------------------

    # -- BT / ET: Spark has no transactions, so tables written inside one are snapshotted first
    # and restored if a statement fails before ET, as Teradata rolls the transaction back.

    def begin_transaction(self, sid: str) -> int:
        self._snapshots = {}
        return self._record(sid, 0)

    def commit(self, sid: str) -> int:
        self._snapshots = None
        return self._record(sid, 0)

    def begin_request(self) -> None:
        """The statements up to end_request() are one Teradata request: a failure restores every
        table they wrote.  Inside BT ... ET the transaction already covers them."""
        self._owns_request = self._snapshots is None
        if self._owns_request:
            self._snapshots = {}

    def end_request(self) -> None:
        if getattr(self, "_owns_request", False):
            self._snapshots = None
        self._owns_request = False

    def _before_write(self, table: str | None) -> None:
        if self._snapshots is None or not table or table in self._snapshots:
            return
        self._snapshots[table] = self.spark.table(table).localCheckpoint(eager=True)

    def _rollback(self) -> None:
        snapshots, self._snapshots = self._snapshots, None
        for table, rows in (snapshots or {}).items():
            self._overwrite(table, rows)

    def _fail(self, sid, sql, exc, engine, raise_errors):
        if getattr(self, "_snapshots", None) is not None:
            self._rollback()
        return super()._fail(sid, sql, exc, engine, raise_errors)

    def sql(self, sid: str, text: str, *, count: bool = False, writes: str | None = None) -> int:
        """Run one statement.  `count` asks for ACTIVITYCOUNT of a SELECT (rows returned);
        `writes` names the table the statement changes (snapshotted inside BT ... ET)."""
        text = self.bind(text)
        try:
            self._before_write(writes)
            df = self.spark.sql(text)
            n = df.count() if count else 0
        except Exception as exc:  # noqa: BLE001 - every engine error becomes ERRORCODE
            return self._fail(sid, text, exc, self.engine, self.raise_errors)
        return self._record(sid, n)

    def insert(self, sid: str, target: str, select_sql: str, columns: list[str] | None = None,
               *, distinct_from_target: bool = False, duplicate_row_error: bool = False,
               unique_checks: list[str] = ()) -> int:
        """INSERT INTO target [(columns)] <select>, with the inserted row count as ACTIVITYCOUNT.

        `distinct_from_target` emulates a Teradata SET table: rows duplicating each other or a
        row already stored are discarded.  `duplicate_row_error` marks a single-row INSERT into
        a SET table (duplicates already removed by the SELECT): no row left is error 2802.
        `unique_checks` are queries returning a row when a unique key would repeat (2801)."""
        select_sql = self.bind(select_sql)
        try:
            if any(not self.spark.sql(self.bind(q)).isEmpty() for q in unique_checks):
                raise DuplicateKeyError(target)
            self._before_write(target)  # volatile tables (views) are restored too
            rows = self.spark.sql(select_sql)
            if distinct_from_target:
                stored = self.spark.table(target)
                if columns:
                    stored = stored.select(*columns)
                rows = rows.distinct().exceptAll(stored.distinct()) if rows.columns else rows
            rows = rows.localCheckpoint(eager=True)
            n = rows.count()
            if duplicate_row_error and n == 0:
                raise DuplicateRowError(target)
            view = f"leapc_rows_{sid.lower()}"
            rows.createOrReplaceTempView(view)
            column_list = f" ({', '.join(f'`{c}`' for c in columns)})" if columns else ""
            if self._is_view(target):
                self._replace_view(target, self.spark.table(target).unionByName(
                    self._align(rows, target, columns), allowMissingColumns=False))
            else:
                self.spark.sql(f"INSERT INTO {_quote_identifier_path(target)}{column_list} SELECT * FROM {view}")
            self.spark.catalog.dropTempView(view)
        except Exception as exc:  # noqa: BLE001
            return self._fail(sid, select_sql, exc, self.engine, self.raise_errors)
        return self._record(sid, n)

    def create_volatile(self, sid: str, name: str, select_sql: str, *, with_data: bool = True) -> int:
        """A Teradata volatile table: a session-scoped, materialised temp view."""
        select_sql = self.bind(select_sql)
        try:
            rows = self.spark.sql(select_sql)
            if not with_data:
                rows = rows.limit(0)
            rows = rows.localCheckpoint(eager=True)
            rows.createOrReplaceTempView(name)
            self._volatile.append(name)
            n = rows.count()
        except Exception as exc:  # noqa: BLE001
            return self._fail(sid, select_sql, exc, self.engine, self.raise_errors)
        return self._record(sid, n)

    def create_volatile_like(self, sid: str, name: str, schema_ddl: str) -> int:
        """CREATE VOLATILE TABLE with column definitions: an empty temp view of that schema."""
        try:
            rows = self.spark.createDataFrame([], schema_ddl)
            rows.createOrReplaceTempView(name)
            self._volatile.append(name)
        except Exception as exc:  # noqa: BLE001
            return self._fail(sid, schema_ddl, exc, self.engine, self.raise_errors)
        return self._record(sid, 0)

    def drop_volatile(self, sid: str, name: str) -> int:
        """DROP TABLE of a volatile table: the session view goes; a missing one is error 3807."""
        if name not in self._volatile or not self.spark.catalog.dropTempView(name):
            return self._fail(sid, f"DROP TABLE {name}", LookupError(f"TABLE_OR_VIEW_NOT_FOUND: {name}"),
                              self.engine, self.raise_errors)
        self._volatile.remove(name)
        return self._record(sid, 0)

    def update(self, sid: str, target: str, alias: str, sets: dict[str, str], *,
               sources: str | None = None, where: str | None = None) -> int:
        """UPDATE as a table rewrite (parquet tables have no row-level UPDATE).

        Teradata semantics: each target row matched by the WHERE (joined with `sources`) takes
        the SET values; a row matched by several source rows is an error (Teradata 7547)."""
        sets = {col: self.bind(expr) for col, expr in sets.items()}
        sources, where = (self.bind(sources) if sources else None), (self.bind(where) if where else None)
        try:
            self._before_write(target)  # volatile tables (views) are restored too
            base = self._numbered(target)
            base.createOrReplaceTempView("__leapc_target")
            from_clause = f"__leapc_target AS {alias}" + (f", {sources}" if sources else "")
            result, n = self._apply_changes(sid, base, alias, sets, from_clause + (f" WHERE {where}" if where else ""))
            self._overwrite(target, result)
        except Exception as exc:  # noqa: BLE001
            return self._fail(sid, f"UPDATE {target}", exc, self.engine, self.raise_errors)
        finally:
            self.spark.catalog.dropTempView("__leapc_target")
            self.spark.catalog.dropTempView("__leapc_changes")
        return self._record(sid, n)

    def delete(self, sid: str, target: str, alias: str, *, sources: str | None = None,
               where: str | None = None) -> int:
        """DELETE as a table rewrite: keep the rows the WHERE does not select."""
        sources, where = (self.bind(sources) if sources else None), (self.bind(where) if where else None)
        rid = "__leapc_rid"
        try:
            self._before_write(target)  # volatile tables (views) are restored too
            base = self._numbered(target)
            base.createOrReplaceTempView("__leapc_target")
            if where is None and sources is None:
                doomed = base.select(rid)
            else:
                from_clause = f"__leapc_target AS {alias}" + (f", {sources}" if sources else "")
                doomed = self.spark.sql(f"SELECT DISTINCT {alias}.{rid} FROM {from_clause}"
                                        + (f" WHERE {where}" if where else ""))
            doomed = doomed.localCheckpoint(eager=True)
            n = doomed.count()
            kept = base.join(doomed, on=rid, how="left_anti").drop(rid)
            self._overwrite(target, kept)
        except Exception as exc:  # noqa: BLE001
            return self._fail(sid, f"DELETE {target}", exc, self.engine, self.raise_errors)
        finally:
            self.spark.catalog.dropTempView("__leapc_target")
        return self._record(sid, n)

    def merge(self, sid: str, target: str, alias: str, source: str, source_alias: str, on: str, *,
              sets: dict[str, str] | None = None, insert_columns: list[str] | None = None,
              insert_values: list[str] | None = None, delete_matched: bool = False) -> int:
        """MERGE as a table rewrite: matched rows take `sets` (or are removed with
        `delete_matched`), unmatched source rows are inserted."""
        source, on = self.bind(source), self.bind(on)
        sets = {col: self.bind(expr) for col, expr in (sets or {}).items()}
        insert_values = [self.bind(v) for v in insert_values] if insert_values else insert_values
        rid = "__leapc_rid"
        n = 0
        try:
            self._before_write(target)  # volatile tables (views) are restored too
            base = self._numbered(target)
            base.createOrReplaceTempView("__leapc_target")
            columns = [c for c in base.columns if c != rid]
            result = base.drop(rid)
            if sets:
                result, n = self._apply_changes(sid, base, alias, sets,
                                                f"__leapc_target AS {alias} JOIN {source} AS {source_alias} ON {on}")
            elif delete_matched:
                matched = self.spark.sql(
                    f"SELECT DISTINCT {alias}.{rid} FROM __leapc_target AS {alias} "
                    f"JOIN {source} AS {source_alias} ON {on}").localCheckpoint(eager=True)
                n = matched.count()
                result = base.join(matched, rid, "left_anti").drop(rid)
            if insert_values:
                cols = insert_columns or columns
                by_name = dict(zip(cols, insert_values))
                select = ", ".join(
                    f"CAST({by_name[c]} AS {self._type_of(base, c)}) AS `{c}`" if c in by_name
                    else f"CAST(NULL AS {self._type_of(base, c)}) AS `{c}`" for c in columns)
                inserts = self.spark.sql(
                    f"SELECT {select} FROM {source} AS {source_alias} "
                    f"LEFT ANTI JOIN __leapc_target AS {alias} ON {on}").localCheckpoint(eager=True)
                n += inserts.count()
                result = result.unionByName(inserts)
            self._overwrite(target, result)
        except Exception as exc:  # noqa: BLE001
            return self._fail(sid, f"MERGE INTO {target}", exc, self.engine, self.raise_errors)
        finally:
            self.spark.catalog.dropTempView("__leapc_target")
            self.spark.catalog.dropTempView("__leapc_changes")
        return self._record(sid, n)

    def recursive(self, sid: str, name: str, columns: list[str], anchor_sql: str, step_sql: str,
                  final_sql: str, *, materialize_as: str | None = None, max_iterations: int = 1000) -> int:
        """WITH RECURSIVE name (columns) AS (anchor UNION ALL step) final: iterate `step` over
        the rows the previous round produced until none come, then run `final` over them all.

        With `materialize_as`, `final` is a view's query and its rows are stored as that table."""
        anchor_sql, step_sql, final_sql = self.bind(anchor_sql), self.bind(step_sql), self.bind(final_sql)
        try:
            frontier = self.spark.sql(anchor_sql)
            if columns:
                frontier = frontier.toDF(*columns)
            frontier = frontier.localCheckpoint(eager=True)
            every = frontier
            for _ in range(max_iterations):
                frontier.createOrReplaceTempView(name)
                step = self.spark.sql(step_sql)
                step = step.toDF(*every.columns).localCheckpoint(eager=True)
                if step.isEmpty():
                    break
                every = every.unionByName(step.select(*[step[c].cast(every.schema[c].dataType) for c in every.columns]))
                frontier = step
            else:
                raise QueryError(f"recursion {name} did not end after {max_iterations} rounds",
                                 sql=step_sql, query_id=sid, engine=self.engine)
            every.localCheckpoint(eager=True).createOrReplaceTempView(name)
            result = self.spark.sql(final_sql)
            if materialize_as:
                self.spark.sql(f"DROP VIEW IF EXISTS {_quote_identifier_path(materialize_as)}")
                self.spark.sql(f"DROP TABLE IF EXISTS {_quote_identifier_path(materialize_as)}")
                result.write.format("parquet").saveAsTable(materialize_as)
                n = 0
            else:
                n = result.count() if result.columns else 0
        except Exception as exc:  # noqa: BLE001
            return self._fail(sid, final_sql, exc, self.engine, self.raise_errors)
        finally:
            self.spark.catalog.dropTempView(name)
        return self._record(sid, n)

    def export(self, sid: str, sql: str, path: str) -> int:
        """A SELECT under `.EXPORT REPORT FILE=path`: its rows are appended to the file (local
        path or s3://) instead of being returned."""
        sql = self.bind(sql)
        try:
            df = self.spark.sql(sql)
            rows = [tuple(r) for r in df.toLocalIterator()]
            self._append_export(self.bind_path(path), self.report_text(df.columns, rows))
        except Exception as exc:  # noqa: BLE001
            return self._fail(sid, sql, exc, self.engine, self.raise_errors)
        return self._record(sid, len(rows))

    def import_rows(self, sid: str, sql: str, path: str, columns: list[str], *, separator: str = "|",
                    skip: int = 0, limit: int | None = None) -> int:
        """`.IMPORT VARTEXT` + `USING (...) INSERT ...`: the records become the view leapc_import
        (all fields text, as VARTEXT delivers them) and the INSERT runs once over all of them."""
        sql = self.bind(sql)
        try:
            records = self._read_records(self.bind_path(path), separator, skip, limit, len(columns))
            schema = ", ".join(f"`{c}` STRING" for c in columns)
            self.spark.createDataFrame(records, schema).createOrReplaceTempView("leapc_import")
            self.spark.sql(sql)
        except Exception as exc:  # noqa: BLE001
            return self._fail(sid, sql, exc, self.engine, self.raise_errors)
        finally:
            self.spark.catalog.dropTempView("leapc_import")
        return self._record(sid, len(records))

    # -- helpers ------------------------------------------------------------------------------

    def _apply_changes(self, sid: str, base, alias: str, sets: dict[str, str], from_where: str):
        """The target rows (`base`, numbered and registered as __leapc_target) with the SET values
        computed by `SELECT ... FROM <from_where>`; returns (new contents, rows changed).  A target
        row matched by several source rows is Teradata's error 7547."""
        rid = "__leapc_rid"
        new_values = ", ".join(f"{expr} AS `__new_{col}`" for col, expr in sets.items())
        changes = self.spark.sql(f"SELECT {alias}.{rid}, {new_values} FROM {from_where}").localCheckpoint(eager=True)
        n = changes.count()
        if changes.select(rid).distinct().count() != n:
            error = QueryError("a target row is matched by more than one source row (Teradata error 7547)",
                               sql=from_where, query_id=sid, engine=self.engine)
            error.teradata_code = TERADATA_CODES["multiple_source_rows"]
            raise error
        changes.createOrReplaceTempView("__leapc_changes")
        select = ", ".join(
            (f"CASE WHEN c.{rid} IS NOT NULL THEN CAST(c.`__new_{col}` AS {self._type_of(base, col)}) "
             f"ELSE t.`{col}` END AS `{col}`") if col in sets else f"t.`{col}`"
            for col in base.columns if col != rid)
        result = self.spark.sql(
            f"SELECT {select} FROM __leapc_target t LEFT JOIN __leapc_changes c ON t.{rid} = c.{rid}")
        return result, n

    def _is_view(self, name: str) -> bool:
        return "." not in name and name in self._volatile

    def _numbered(self, target: str):
        from pyspark.sql import functions as F

        # Materialised so that the row ids stay fixed while the rewrite reads them twice.
        return self.spark.table(target).withColumn("__leapc_rid", F.monotonically_increasing_id()) \
            .localCheckpoint(eager=True)

    @staticmethod
    def _type_of(df, column: str) -> str:
        return df.schema[column].dataType.simpleString()

    def _align(self, rows, target: str, columns: list[str] | None):
        stored = self.spark.table(target)
        names = columns or stored.columns
        renamed = rows.toDF(*names)
        from pyspark.sql import functions as F

        return renamed.select(*[
            (F.col(f"`{c}`") if c in names else F.lit(None)).cast(stored.schema[c].dataType).alias(c)
            for c in stored.columns])

    def _replace_view(self, name: str, rows) -> None:
        rows.localCheckpoint(eager=True).createOrReplaceTempView(name)

    def _overwrite(self, target: str, rows) -> None:
        # Cut the lineage first: Spark refuses to overwrite a table the same plan reads from.
        rows = rows.localCheckpoint(eager=True)
        if self._is_view(target):
            rows.createOrReplaceTempView(target)
        else:
            rows.write.insertInto(target, overwrite=True)


_SELECT_START = re.compile(r"\s*(\(\s*)*(SELECT|WITH)\b", re.I)
_BEGIN = re.compile(r"\s*(BEGIN|START\s+TRANSACTION)\b", re.I)
_END = re.compile(r"\s*(COMMIT|END|ROLLBACK|ABORT)\b", re.I)


def _log_request(engine: str, sid: str, sql: str, started: float, count: int | None, error: str | None = None) -> None:
    """Add a request to the executed-queries log when one is recording (db_main's and
    glue_main's --record_queries / --executed_queries_path)."""
    from wmg.executor import ExecutedQuery, active_query_log

    qlog = active_query_log()
    if qlog is not None:
        qlog.add(ExecutedQuery.finished_now(sid, sql, time.monotonic() - started, count, error, engine))


# SparkScript's requests are logged like DbScript's.  A table rewrite runs several Spark statements,
# so its log entry names what it changes, filled from the method's arguments.
_SPARK_REQUEST_TEXT = {
    "begin_transaction": "BT", "commit": "ET",
    "sql": "{text}", "export": "{sql}", "import_rows": "{sql}",
    "insert": "INSERT INTO {target} {select_sql}",
    "create_volatile": "CREATE VOLATILE TABLE {name} AS ({select_sql})",
    "create_volatile_like": "CREATE VOLATILE TABLE {name} ({schema_ddl})",
    "drop_volatile": "DROP TABLE {name}",
    "update": "UPDATE {target}", "delete": "DELETE {target}",
    "merge": "MERGE INTO {target} USING {source}",
    "recursive": "WITH RECURSIVE {name} ... {final_sql}",
}


def _logged_request(method, template: str):
    """`method` (a statement method of SparkScript) as one request in the executed-queries log:
    its sid, `template` filled from the call's arguments with placeholders bound, the time it
    took and its ACTIVITYCOUNT, or the error (raised or, with raise_errors=False, recorded)."""
    signature = inspect.signature(method)

    @functools.wraps(method)
    def request(self, sid, *args, **kwargs):
        if getattr(self, "_in_request", False):      # one request made of others is logged once
            return method(self, sid, *args, **kwargs)
        started, before = time.monotonic(), len(self.results)
        count, error = None, None
        self._in_request = True
        try:
            count = method(self, sid, *args, **kwargs)
            return count
        except BaseException as exc:
            error = f"{type(exc).__name__}: {exc}"
            raise
        finally:
            self._in_request = False
            last = self.results[-1] if len(self.results) > before else None
            if last is not None and last.error_code:
                count, error = None, last.error
            try:
                arguments = signature.bind(self, sid, *args, **kwargs).arguments
                text = self.bind(template.format_map(collections.defaultdict(str, arguments)))
            except (TypeError, ConfigError):
                text = method.__name__
            _log_request(self.engine, sid, text, started, count, error)
    return request


for _name, _template in _SPARK_REQUEST_TEXT.items():
    setattr(SparkScript, _name, _logged_request(getattr(SparkScript, _name), _template))
del _name, _template


class DbScript(_BteqState):
    """Runs one converted script's Redshift SQL over a DB-API connection (psycopg,
    redshift_connector or the runtime's executor).

    With autocommit off, each successful statement is committed and a failed one rolled back,
    as in a Teradata-mode session, so a failure never takes earlier statements with it."""

    engine = "redshift"

    def __init__(self, conn, args: dict | None = None, *, raise_errors: bool = True) -> None:
        super().__init__(args)
        self.conn = conn
        self.raise_errors = raise_errors
        self.in_transaction = False

    def __enter__(self) -> "DbScript":
        return self

    def __exit__(self, *exc) -> None:
        return None

    def _autocommit(self) -> bool:
        return bool(getattr(self.conn, "autocommit", False))

    def _request(self, sid: str, text: str, work) -> int:
        """Run `work(cursor) -> activity count` as one Teradata-mode request: committed when it
        succeeds, rolled back (and an open BT ... ET transaction with it) when it fails."""
        cur = self.conn.cursor()
        started = time.monotonic()
        try:
            n = work(cur)
            if not self._autocommit() and not self.in_transaction:
                self.conn.commit()
        except Exception as exc:  # noqa: BLE001 - every engine error becomes ERRORCODE
            _log_request(self.engine, sid, text, started, None, f"{type(exc).__name__}: {exc}")
            if not self._autocommit():
                self.conn.rollback()
            elif self.in_transaction:
                # Teradata: a failure inside BT ... ET rolls the whole transaction back and ends it.
                cur.execute("ROLLBACK")
            self.in_transaction = False
            return self._fail(sid, text, exc, self.engine, self.raise_errors)
        finally:
            try:
                cur.close()
            except Exception:  # noqa: BLE001 - a closed cursor is fine
                pass
        _log_request(self.engine, sid, text, started, n)
        return self._record(sid, n)

    def begin_request(self) -> None:
        """The statements up to end_request() are one Teradata request, all or nothing (a failure
        rolls them back).  Inside BT ... ET the open transaction already covers them."""
        self._owns_request = not self.in_transaction
        if self._owns_request:
            if self._autocommit():
                cur = self.conn.cursor()
                cur.execute("BEGIN")
                cur.close()
            self.in_transaction = True

    def end_request(self) -> None:
        if getattr(self, "_owns_request", False) and self.in_transaction:
            if self._autocommit():
                cur = self.conn.cursor()
                cur.execute("COMMIT")
                cur.close()
            else:
                self.conn.commit()
            self.in_transaction = False
        self._owns_request = False

    def sql(self, sid: str, text: str, *, count: bool = False, writes: str | None = None,
            duplicate_row_error: bool = False, unique_checks: list[str] = ()) -> int:
        """Run one request.  `duplicate_row_error` marks a single-row INSERT into a SET table
        written to skip a stored duplicate: inserting nothing is Teradata's error 2802.
        `unique_checks` are queries returning a row when a unique key would repeat (2801)."""
        text = self.bind(text)
        if _BEGIN.match(text):
            self.in_transaction = True
        elif _END.match(text):
            self.in_transaction = False

        def work(cur):
            for check in unique_checks:
                cur.execute(self.bind(check))
                if cur.fetchone() is not None:
                    raise DuplicateKeyError(_inserted_table(text))
            cur.execute(text)
            n = cur.rowcount if cur.rowcount is not None and cur.rowcount >= 0 else 0
            if count and _SELECT_START.match(text) and n == 0:
                n = len(cur.fetchall())
            if duplicate_row_error and n == 0:
                raise DuplicateRowError(_inserted_table(text))
            return n
        return self._request(sid, text, work)

    def export(self, sid: str, sql: str, path: str) -> int:
        """A SELECT under `.EXPORT REPORT FILE=path`: rows appended to the file as REPORT text."""
        sql = self.bind(sql)

        def work(cur):
            cur.execute(sql)
            rows = cur.fetchall()
            self._append_export(self.bind_path(path), self.report_text([d[0] for d in cur.description], rows))
            return len(rows)
        return self._request(sid, sql, work)

    def import_rows(self, sid: str, sql: str, path: str, columns: list[str], *, separator: str = "|",
                    skip: int = 0, limit: int | None = None) -> int:
        """`.IMPORT VARTEXT` + `USING (...) INSERT ...`: the request runs once per record, with
        the record's fields as its %(name)s parameters, all in one transaction."""
        sql = self.bind(sql)

        def work(cur):
            records = self._read_records(self.bind_path(path), separator, skip, limit, len(columns))
            cur.executemany(sql, [dict(zip(columns, r)) for r in records])
            return len(records)
        return self._request(sid, sql, work)
