"""Move table data between PostgreSQL-protocol databases, verified (spec §8–§10); Redshift UNLOAD/COPY text.

* `copy_table(source, target, table, ...)` streams rows with psycopg COPY (`COPY (SELECT …) TO
  STDOUT` on the source piped into `COPY … FROM STDIN` on the target, chunk by chunk, never the
  whole table in memory), creates the target table from the source catalog when it is missing,
  and verifies row count and an order-independent checksum afterwards.
* `copy_schema(source, target, schema, ...)` does every base table of a schema; failed tables
  raise one `PartialFailure` at the end carrying the successful copies.
* `table_checksum(conn, table, columns)` is (count, sum of a 60-bit slice of md5(row text)): equal
  for the same multiset of rows whatever their physical order.
* `unload_sql(...)` / `copy_sql(...)` build Redshift UNLOAD / COPY statements (Redshift itself is not
  available to the tests, so these are golden-tested as text).

`source` and `target` are psycopg connections or DSN strings (a string is opened and closed here).
"""
from __future__ import annotations

import logging
import re
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Iterator, Sequence

from wmg.errors import ConfigError, NotFound, PartialFailure, WmgError

log = logging.getLogger("wmg.migration")

__all__ = ["TableCopy", "SchemaCopyReport", "VerificationFailed", "copy_table", "copy_schema", "table_checksum",
           "verify_copy", "table_columns", "create_table_like", "list_tables", "unload_sql", "copy_sql",
           "quote_ident", "qualified", "StagedCopyPlan", "staged_copy_plan", "staged_copy", "is_redshift"]

# ---- Spark JDBC migrations from a CSV task list (spec §8) live in wmg.migration_tasks. ----------
# They are re-exported on first use (module __getattr__), not imported at the top: that module
# imports this one for MigrationReport, and a top-level import each way would be circular.
_SPARK_TASK_NAMES = ("MigrationTask", "MigrationResult", "MigrationFailed", "read_tasks", "migrate",
                     "run_migrations", "DataMigrationStep", "task_problems", "source_sql", "LOAD_TYPES",
                     "SPARK_ENGINES")
__all__ += list(_SPARK_TASK_NAMES)


def __getattr__(name: str):
    if name in _SPARK_TASK_NAMES:
        from wmg import migration_tasks

        return getattr(migration_tasks, name)
    raise AttributeError(f"module 'wmg.migration' has no attribute {name!r}")
# ---- end of the Spark task re-exports ------------------------------------------------------------


class VerificationFailed(WmgError):
    """Source and target differ after a copy (row count or checksum)."""

    def __init__(self, table: str, source: tuple[int, int], target: tuple[int, int]) -> None:
        self.table, self.source, self.target = table, source, target
        super().__init__(f"{table}: source has {source[0]} rows (checksum {source[1]}), "
                         f"target has {target[0]} rows (checksum {target[1]})")


@dataclass(frozen=True)
class TableCopy:
    source_table: str
    target_table: str
    rows: int
    checksum: int | None = None
    created: bool = False
    seconds: float = field(default=0.0, compare=False)


@dataclass(frozen=True)
class SchemaCopyReport:
    schema: str
    tables: tuple[TableCopy, ...]

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)


_IDENT = re.compile(r"[a-z_][a-z0-9_$]*")


def quote_ident(name: str) -> str:
    """Quote an identifier unless it is a plain lower-case one."""
    if _IDENT.fullmatch(name):
        return name
    return '"' + name.replace('"', '""') + '"'


def _split_name(table: str, default_schema: str = "public") -> tuple[str, str]:
    """`schema.table`, `"My Schema"."T"` or `table` -> (schema, table) unquoted."""
    parts = re.findall(r'"((?:[^"]|"")*)"|([^."]+)', table)
    names = [q.replace('""', '"') if q else u for q, u in parts]
    if len(names) == 1:
        return default_schema, names[0]
    if len(names) == 2:
        return names[0], names[1]
    raise ConfigError(f"table name {table!r} must be table or schema.table")


def qualified(table: str) -> str:
    schema, name = _split_name(table)
    return f"{quote_ident(schema)}.{quote_ident(name)}"


@contextmanager
def _conn(db, *, autocommit: bool = False) -> Iterator[Any]:
    if isinstance(db, str):
        import psycopg

        from wmg.jdbc import jdbc_url_to_dsn

        c = psycopg.connect(jdbc_url_to_dsn(db) if db.startswith("jdbc:") else db, autocommit=autocommit)
        try:
            yield c
        finally:
            c.close()
    else:
        yield db


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    not_null: bool


def table_columns(conn, table: str) -> list[Column]:
    """Columns of `table` from the catalog, in order (NotFound if the table does not exist)."""
    schema, name = _split_name(table)
    row = conn.execute("SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE n.nspname = %s AND c.relname = %s AND c.relkind IN ('r', 'p', 'v', 'm', 'f')",
                       (schema, name)).fetchone()
    if row is None:
        raise NotFound(f"table {schema}.{name} does not exist")
    rows = conn.execute("SELECT attname, format_type(atttypid, atttypmod), attnotnull FROM pg_attribute "
                        "WHERE attrelid = %s AND attnum > 0 AND NOT attisdropped ORDER BY attnum", (row[0],)).fetchall()
    return [Column(r[0], r[1], bool(r[2])) for r in rows]


def _primary_key(conn, table: str) -> str | None:
    schema, name = _split_name(table)
    row = conn.execute("SELECT pg_get_constraintdef(k.oid) FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid "
                       "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %s AND c.relname = %s "
                       "AND k.contype = 'p'", (schema, name)).fetchone()
    return row[0] if row else None


def _exists(conn, table: str) -> bool:
    schema, name = _split_name(table)
    return conn.execute("SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                        "WHERE n.nspname = %s AND c.relname = %s", (schema, name)).fetchone() is not None


def create_table_like(source, target, table: str, target_table: str | None = None) -> bool:
    """Create `target_table` on `target` with the source table's columns, types, NOT NULLs and
    primary key (no defaults: sequences and functions may not exist there).  False if it exists."""
    target_table = target_table or table
    with _conn(source) as src, _conn(target) as dst:
        if _exists(dst, target_table):
            return False
        cols = table_columns(src, table)
        pk = _primary_key(src, table)
        body = [f"{quote_ident(c.name)} {c.type}{' NOT NULL' if c.not_null else ''}" for c in cols]
        if pk:
            body.append(pk)
        schema, _ = _split_name(target_table)
        dst.execute(f"CREATE SCHEMA IF NOT EXISTS {quote_ident(schema)}")
        dst.execute(f"CREATE TABLE {qualified(target_table)} ({', '.join(body)})")
        if isinstance(target, str):
            dst.commit()      # else the caller's transaction decides (copy_table commits with the data)
        return True


def checksum_sql(table: str, columns: Sequence[str | tuple[str, str]], *, dialect: str = "postgres") -> str:
    """count(*) and an order-independent checksum of the rows' text.

    Each row becomes quote_literal(col::text) values (NULL as the word NULL) joined by ','; its md5's
    first 15 hex digits (60 bits) are summed as a numeric, so the sum cannot overflow.  A column
    given as (name, type) is cast to `type` first (to compare with a target of another type)."""
    if not columns:
        raise ConfigError(f"{table}: no columns to checksum")

    def expr(c):
        if isinstance(c, tuple):
            return f"{quote_ident(c[0])}::{c[1]}"
        return quote_ident(c)

    parts = ", ".join(f"coalesce(quote_literal({expr(c)}::text), 'NULL')" for c in columns)
    row = f"md5(concat_ws(',', {parts}))"
    if dialect == "redshift":
        h = f"strtol(substring({row}, 1, 15), 16)::decimal(38,0)"
    else:
        h = f"('x' || substr({row}, 1, 15))::bit(60)::bigint::numeric"
    return f"SELECT count(*), coalesce(sum({h}), 0) FROM {qualified(table)}"


def table_checksum(conn, table: str, columns: Sequence[str | tuple[str, str]] | None = None) -> tuple[int, int]:
    with _conn(conn) as c:
        cols = list(columns) if columns else [col.name for col in table_columns(c, table)]
        n, s = c.execute(checksum_sql(table, cols)).fetchone()
        return int(n), int(s)


def verify_copy(source, target, table: str, target_table: str | None = None,
                columns: Sequence[str] | None = None) -> tuple[int, int]:
    """(count, checksum), equal on both sides, else VerificationFailed."""
    with _conn(source) as src, _conn(target) as dst:
        cols = list(columns) if columns else [c.name for c in table_columns(src, table)]
        a = table_checksum(src, table, cols)
        b = table_checksum(dst, target_table or table, cols)
    if a != b:
        raise VerificationFailed(target_table or table, a, b)
    return a


def copy_table(source, target, table: str, *, target_table: str | None = None, where: str | None = None,
               create: bool = True, truncate: bool = False, verify: bool = True, fmt: str = "auto") -> TableCopy:
    """Stream `table` from `source` into `target_table` (default: same name) on `target`.

    Columns present on both sides are copied, by name.  `truncate` empties the target first, in
    the same transaction as the load (readers never see an empty table).  `where` filters the
    source (trusted configuration text, inserted verbatim); with a filter, verification compares
    against the filtered source; an append into a non-empty target is verified as target after
    minus target before == source (count and checksum are sums over rows).  fmt: "binary" (same types on both sides), "text", or "auto"
    (binary when the column types match).  Commits the target on success, rolls back on error."""
    target_table = target_table or table
    started = time.monotonic()
    with _conn(source) as src, _conn(target) as dst:
        created = create_table_like(src, dst, table, target_table) if create else False
        src_cols = table_columns(src, table)
        dst_cols = {c.name: c for c in table_columns(dst, target_table)}
        cols = [c for c in src_cols if c.name in dst_cols]
        if not cols:
            raise ConfigError(f"{table} and {target_table} have no column in common")
        if fmt == "auto":
            fmt = "binary" if all(dst_cols[c.name].type == c.type for c in cols) else "text"
        if fmt not in ("binary", "text", "csv"):
            raise ConfigError(f"fmt must be binary, text, csv or auto, got {fmt!r}")
        col_list = ", ".join(quote_ident(c.name) for c in cols)
        select = f"SELECT {col_list} FROM {qualified(table)}" + (f" WHERE {where}" if where else "")
        nbytes = 0
        # the checksum is a sum over rows, so an append is verified as after - before == source
        before = (0, 0) if (created or truncate or not verify) else table_checksum(dst, target_table,
                                                                                  [c.name for c in cols])
        try:
            if truncate:
                dst.execute(f"DELETE FROM {qualified(target_table)}")
            with src.cursor() as rc, dst.cursor() as wc:
                with rc.copy(f"COPY ({select}) TO STDOUT (FORMAT {fmt})") as out, \
                        wc.copy(f"COPY {qualified(target_table)} ({col_list}) FROM STDIN (FORMAT {fmt})") as inp:
                    for chunk in out:
                        nbytes += len(chunk)
                        inp.write(chunk)
                rows = wc.rowcount
            dst.commit()
            if not src.autocommit:
                src.rollback()   # end the read transaction
        except BaseException:
            dst.rollback()
            raise
        checksum = None
        if verify:
            names = [c.name for c in cols]
            # the source side is cast to the target's types where they differ
            src_names = [c.name if dst_cols[c.name].type == c.type else (c.name, dst_cols[c.name].type) for c in cols]
            a = _filtered_checksum(src, table, src_names, where) if where else table_checksum(src, table, src_names)
            after = table_checksum(dst, target_table, names)
            added = (after[0] - before[0], after[1] - before[1])
            if added != a:
                raise VerificationFailed(target_table, a, added)
            checksum = a[1]
            for c in (src, dst):
                if not c.autocommit:
                    c.rollback()
    seconds = time.monotonic() - started
    log.info("copied %s -> %s: %d rows, %d bytes in %.2fs", table, target_table, rows, nbytes, seconds)
    return TableCopy(table, target_table, rows, checksum, created, seconds)


def _filtered_checksum(conn, table: str, columns: Sequence[str | tuple[str, str]], where: str) -> tuple[int, int]:
    sql = checksum_sql(table, columns) + f" WHERE {where}"
    n, s = conn.execute(sql).fetchone()
    return int(n), int(s)


def list_tables(conn, schema: str) -> list[str]:
    rows = conn.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = %s "
                        "AND table_type = 'BASE TABLE' ORDER BY table_name", (schema,)).fetchall()
    return [r[0] for r in rows]


def copy_schema(source, target, schema: str, *, tables: Sequence[str] | None = None,
                target_schema: str | None = None, truncate: bool = False, verify: bool = True,
                create: bool = True) -> SchemaCopyReport:
    """Copy every base table of `schema` (or `tables`), one transaction per table.  Failures do not
    stop the others; they raise one PartialFailure at the end with the successful TableCopy list."""
    target_schema = target_schema or schema
    done: list[TableCopy] = []
    errors: list[Exception] = []
    with _conn(source) as src, _conn(target) as dst:
        names = list(tables) if tables else list_tables(src, schema)
        if not src.autocommit:
            src.rollback()
        for name in names:
            s = f"{quote_ident(schema)}.{quote_ident(name)}"
            t = f"{quote_ident(target_schema)}.{quote_ident(name)}"
            try:
                done.append(copy_table(src, dst, s, target_table=t, create=create, truncate=truncate, verify=verify))
            except Exception as exc:
                log.error("copy of %s failed: %s", s, exc)
                for c in (src, dst):
                    if not c.autocommit:
                        c.rollback()
                exc.add_note(f"table {s}")
                errors.append(exc)
    if errors:
        raise PartialFailure(f"{len(errors)} of {len(names)} tables of {schema} failed", errors, done)
    return SchemaCopyReport(schema, tuple(done))


# -------------------------------------------------------------------------------- Redshift text

def _lit(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _check_role(iam_role: str) -> None:
    if not (iam_role == "default" or re.fullmatch(r"arn:aws[a-z-]*:iam::\d{12}:role/[\w+=,.@/-]+", iam_role)):
        raise ConfigError(f"iam_role must be a role ARN or 'default', got {iam_role!r}")


def _check_s3(uri: str, what: str) -> None:
    if not re.fullmatch(r"s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](/.*)?", uri):
        raise ConfigError(f"{what} must be an s3://bucket/prefix URI, got {uri!r}")


def unload_sql(query: str, dest: str, *, iam_role: str, fmt: str = "csv", delimiter: str = ",",
               header: bool = False, fixed_width: Sequence[tuple[str, int]] | None = None, parallel: bool = False,
               manifest: bool = True, allow_overwrite: bool = True, gzip: bool = False,
               max_file_size_mb: int | None = None, region: str | None = None, extra: str = "") -> str:
    """A Redshift UNLOAD statement.  Quotes inside `query` are doubled (it becomes a literal).

    fmt: "csv", "parquet" (no delimiter/header/gzip: Redshift rejects them), "fixedwidth" (needs
    fixed_width=[(column, width), ...]).  parallel=False writes files serially (PARALLEL OFF)."""
    _check_s3(dest, "dest")
    _check_role(iam_role)
    fmt = fmt.lower()
    q = query.strip().rstrip(";").replace("'", "''")
    lines = [f"UNLOAD ('{q}')", f"TO '{dest}'", f"IAM_ROLE {'default' if iam_role == 'default' else _lit(iam_role)}"]
    if fmt == "parquet":
        if header or gzip or fixed_width:
            raise ConfigError("UNLOAD ... FORMAT PARQUET takes no header, gzip or fixed_width")
        lines.append("FORMAT AS PARQUET")
    elif fmt == "csv":
        lines.append("FORMAT AS CSV")
        if delimiter != ",":
            lines.append(f"DELIMITER AS {_lit(delimiter)}")
        if header:
            lines.append("HEADER")
    elif fmt == "fixedwidth":
        if not fixed_width:
            raise ConfigError("fmt='fixedwidth' needs fixed_width=[(column, width), ...]")
        if header:
            raise ConfigError("UNLOAD ... FIXEDWIDTH takes no HEADER")
        spec = ",".join(f"{c}:{int(w)}" for c, w in fixed_width)
        lines.append(f"FIXEDWIDTH {_lit(spec)}")
    else:
        raise ConfigError(f"fmt must be csv, parquet or fixedwidth, got {fmt!r}")
    if gzip:
        lines.append("GZIP")
    if manifest:
        lines.append("MANIFEST")
    if allow_overwrite:
        lines.append("ALLOWOVERWRITE")
    lines.append("PARALLEL ON" if parallel else "PARALLEL OFF")
    if max_file_size_mb:
        lines.append(f"MAXFILESIZE {int(max_file_size_mb)} MB")
    if region:
        lines.append(f"REGION {_lit(region)}")
    if extra:
        lines.append(extra.strip())
    return "\n".join(lines)


def copy_sql(table: str, src: str, *, iam_role: str, fmt: str = "parquet", columns: Sequence[str] | None = None,
             delimiter: str = ",", ignore_header: int = 0, gzip: bool = False, manifest: bool = False,
             region: str | None = None, date_format: str | None = "auto", time_format: str | None = "auto",
             extra: str = "") -> str:
    """A Redshift COPY statement loading `table` from S3 (parquet, csv or json 'auto')."""
    _check_s3(src, "src")
    _check_role(iam_role)
    fmt = fmt.lower()
    cols = f" ({', '.join(quote_ident(c) for c in columns)})" if columns else ""
    lines = [f"COPY {qualified(table)}{cols}", f"FROM '{src}'",
             f"IAM_ROLE {'default' if iam_role == 'default' else _lit(iam_role)}"]
    if fmt == "parquet":
        if gzip or ignore_header or region:
            # Redshift: COPY from Parquet takes no REGION (the bucket must be in the cluster's region)
            raise ConfigError("COPY ... FORMAT PARQUET takes no gzip, ignore_header or region")
        lines.append("FORMAT AS PARQUET")
    elif fmt == "csv":
        lines.append("FORMAT AS CSV")
        if delimiter != ",":
            lines.append(f"DELIMITER AS {_lit(delimiter)}")
        if ignore_header:
            lines.append(f"IGNOREHEADER {int(ignore_header)}")
    elif fmt == "json":
        lines.append("FORMAT AS JSON 'auto'")
    else:
        raise ConfigError(f"fmt must be parquet, csv or json, got {fmt!r}")
    if fmt != "parquet":
        if date_format:
            lines.append(f"DATEFORMAT {_lit(date_format)}")
        if time_format:
            lines.append(f"TIMEFORMAT {_lit(time_format)}")
        if gzip:
            lines.append("GZIP")
    if manifest:
        lines.append("MANIFEST")
    if region:
        lines.append(f"REGION {_lit(region)}")
    if extra:
        lines.append(extra.strip())
    return "\n".join(lines)


# ------------------------------------------------------------------------- S3-staged Redshift copy

@dataclass(frozen=True)
class StagedCopyPlan:
    """The statements of one S3-staged copy: `unload` runs on the source, `load` (in one
    transaction) on the target; `prefix` is the run's staging folder, `manifest` the manifest."""

    unload: str
    load: tuple[str, ...]
    prefix: str
    manifest: str


def staged_copy_plan(table: str, columns: Sequence[str], staging: str, *, iam_role: str, run_id: str,
                     target_table: str | None = None, where: str | None = None, truncate: bool = False,
                     target_iam_role: str | None = None, region: str | None = None) -> StagedCopyPlan:
    """UNLOAD ... FORMAT PARQUET MANIFEST of the selected columns into
    `{staging}/{schema}.{table}/{run_id}/part_`, then (DELETE and) COPY ... MANIFEST into the target.
    `target_iam_role` is the role the target cluster uses to read the staging bucket (another
    account's cluster needs its own), default `iam_role`."""
    if not columns:
        raise ConfigError(f"staged copy of {table}: no columns")
    if not re.fullmatch(r"[\w.-]+", run_id):
        raise ConfigError(f"run_id must be letters, digits, '_', '.', '-', got {run_id!r}")
    target_table = target_table or table
    schema, name = _split_name(table)
    prefix = f"{staging.rstrip('/')}/{schema}.{name}/{run_id}/"
    select = f"SELECT {', '.join(quote_ident(c) for c in columns)} FROM {qualified(table)}"
    if where:
        select += f" WHERE {where}"
    unload = unload_sql(select, prefix + "part_", iam_role=iam_role, fmt="parquet", parallel=True, manifest=True,
                        region=region)
    load = []
    if truncate:
        load.append(f"DELETE FROM {qualified(target_table)}")
    # no REGION on the COPY: Redshift rejects it for Parquet (the UNLOAD's REGION names the bucket's)
    load.append(copy_sql(target_table, prefix + "part_manifest", iam_role=target_iam_role or iam_role,
                         fmt="parquet", columns=columns, manifest=True))
    return StagedCopyPlan(unload, tuple(load), prefix, prefix + "part_manifest")


def is_redshift(conn) -> bool:
    """True when `conn` talks to Amazon Redshift (its version() string says so)."""
    row = conn.execute("SELECT version()").fetchone()
    return "redshift" in str(row[0]).lower()


def staged_copy(source, target, table: str, *, staging: str, iam_role: str, target_table: str | None = None,
                where: str | None = None, create: bool = True, truncate: bool = False, verify: bool = True,
                target_iam_role: str | None = None, region: str | None = None, run_id: str | None = None,
                cleanup: bool = True, aws=None) -> TableCopy:
    """Copy `table` through S3 when both sides are Redshift (UNLOAD on the source, COPY on the
    target: the data never passes through this process), else fall back to `copy_table`'s
    streamed COPY (PostgreSQL, RDS).  The target table is created if missing; `truncate` deletes
    inside the load's transaction; verification is copy_table's (count + checksum of the added
    rows); the staging folder is deleted afterwards unless `cleanup=False`."""
    import uuid

    target_table = target_table or table
    with _conn(source) as src, _conn(target) as dst:
        if not (is_redshift(src) and is_redshift(dst)):
            log.info("staged copy of %s: not Redshift on both sides, streaming with COPY instead", table)
            for c in (src, dst):
                if not c.autocommit:
                    c.rollback()
            return copy_table(src, dst, table, target_table=target_table, where=where, create=create,
                              truncate=truncate, verify=verify)
        started = time.monotonic()
        created = create_table_like(src, dst, table, target_table) if create else False
        dst_names = {c.name for c in table_columns(dst, target_table)}
        cols = [c.name for c in table_columns(src, table) if c.name in dst_names]
        plan = staged_copy_plan(table, cols, staging, iam_role=iam_role, run_id=run_id or uuid.uuid4().hex[:12],
                                target_table=target_table, where=where, truncate=truncate,
                                target_iam_role=target_iam_role, region=region)
        try:
            src.execute(plan.unload)
            if not src.autocommit:
                src.commit()
            before = table_checksum(dst, target_table, cols) if verify and not truncate else (0, 0)
            try:
                for stmt in plan.load:
                    dst.execute(stmt)
                dst.commit()
            except BaseException:
                dst.rollback()
                raise
            checksum = None
            after_count = dst.execute(f"SELECT count(*) FROM {qualified(target_table)}").fetchone()[0]
            rows = int(after_count) - before[0]
            if verify:
                a = _filtered_checksum(src, table, cols, where) if where else table_checksum(src, table, cols)
                after = table_checksum(dst, target_table, cols)
                added = (after[0] - before[0], after[1] - before[1])
                if added != a:
                    raise VerificationFailed(target_table, a, added)
                checksum = a[1]
        finally:
            if cleanup:
                try:
                    from wmg.s3 import S3

                    S3(aws).delete(plan.prefix, recursive=True)
                except Exception:
                    log.warning("could not delete the staging folder %s", plan.prefix, exc_info=True)
        seconds = time.monotonic() - started
        log.info("staged copy %s -> %s through %s: %d rows in %.2fs", table, target_table, plan.prefix, rows, seconds)
        return TableCopy(table, target_table, rows, checksum, created, seconds)


# ============================================================================================
# Redshift INSERT ... SELECT tasks (spec §10, WMG's RedshiftCrossAccountDataMigration)
#
# The target cluster sees the source tables (a datashare, or another schema of the same
# database), so each task is one INSERT ... SELECT run on the target, with the connection made
# from the task's secret.  Config mode reads the tasks from a CSV file (read_redshift_tasks);
# schema mode derives one task per target table (tasks_for_schema).

REDSHIFT_LOAD_TYPES = ("append", "overwrite")
_REQUIRED_TASK_FIELDS = ("source_table", "target_table", "secret_name")
_OPTIONAL_TASK_FIELDS = ("source_columns", "source_filter", "load_type")


@dataclass(frozen=True)
class RedshiftCopyTask:
    """`INSERT INTO target_table SELECT columns FROM source_table WHERE source_filter`, run on the
    cluster that `secret_name` connects to.

    `columns=None` copies `SELECT *` into the target by position (WMG's behaviour); a tuple names
    the columns on both sides.  An empty tuple means the source has none of the target's columns
    (schema mode found nothing to copy): such a task fails when run, so it is reported.
    `source_filter` is trusted configuration text, inserted verbatim.  `line` is the config line."""

    source_table: str
    target_table: str
    secret_name: str
    columns: tuple[str, ...] | None = None
    source_filter: str = ""
    load_type: str = "append"
    line: int | None = None

    def __post_init__(self) -> None:
        if self.load_type not in REDSHIFT_LOAD_TYPES:
            raise ConfigError(f"load_type must be one of {REDSHIFT_LOAD_TYPES}, got {self.load_type!r}")
        if self.columns is not None and not isinstance(self.columns, tuple):
            object.__setattr__(self, "columns", tuple(self.columns))

    def insert_sql(self) -> str:
        source, target = quoted_path(self.source_table), quoted_path(self.target_table)
        if self.columns is None:
            sql = f"INSERT INTO {target} SELECT * FROM {source}"
        else:
            cols = ", ".join(quote_ident(c) for c in self.columns)
            sql = f"INSERT INTO {target} ({cols}) SELECT {cols} FROM {source}"
        filter_text = self.source_filter.strip()
        return sql + (f" WHERE {filter_text}" if filter_text else "")

    def statements(self) -> list[str]:
        """What runs, in one transaction.  Overwrite empties the target with DELETE, not TRUNCATE:
        on Redshift TRUNCATE commits at once, so a failing INSERT would leave the table empty."""
        delete = [f"DELETE FROM {quoted_path(self.target_table)}"] if self.load_type == "overwrite" else []
        return delete + [self.insert_sql()]

    def describe(self) -> str:
        where = f" (line {self.line})" if self.line else ""
        return f"{self.source_table} -> {self.target_table}{where}"


@dataclass(frozen=True)
class RedshiftCopyResult:
    task: RedshiftCopyTask
    rows: int
    seconds: float = field(default=0.0, compare=False)


@dataclass(frozen=True)
class MigrationReport:
    """The tasks that succeeded, in the order they ran."""

    results: tuple[Any, ...]

    @property
    def rows(self) -> int:
        return sum(r.rows for r in self.results)


def quoted_path(name: str) -> str:
    """`table`, `schema.table` or a datashare's `database.schema.table`, each part quoted as needed."""
    parts = re.findall(r'"((?:[^"]|"")*)"|([^."]+)', name.strip())
    names = [q.replace('""', '"') if q else u.strip() for q, u in parts]
    if not 1 <= len(names) <= 3 or not all(names):
        raise ConfigError(f"table name {name!r} must be table, schema.table or database.schema.table")
    return ".".join(quote_ident(n) for n in names)


def _read_config_text(path_or_text: str, aws=None) -> str:
    """Text that holds a line break is the config itself; anything else is a local path or s3:// URI."""
    text = str(path_or_text)
    if "\n" in text:
        return text
    from wmg.fs import open_fs

    return open_fs(text, aws=aws).read_text(text)


def _task_from_row(row: dict[str, str], line: int) -> RedshiftCopyTask:
    missing = [f for f in _REQUIRED_TASK_FIELDS if not row.get(f)]
    if missing:
        raise ConfigError(f"missing {', '.join(missing)}")
    load_type = (row.get("load_type") or "append").lower()
    if load_type not in REDSHIFT_LOAD_TYPES:
        raise ConfigError(f"load_type {load_type!r} is not one of {', '.join(REDSHIFT_LOAD_TYPES)}"
                          + (" (incremental loads are a Spark JDBC task feature)" if load_type == "incremental" else ""))
    spec = row.get("source_columns") or "*"
    columns = None if spec == "*" else tuple(c.strip() for c in spec.split(","))
    if columns is not None and not all(columns):
        raise ConfigError(f"source_columns {spec!r} has an empty name")
    for f in ("source_table", "target_table"):
        quoted_path(row[f])          # raises on a malformed name, so the row is reported now
    return RedshiftCopyTask(row["source_table"], row["target_table"], row["secret_name"], columns,
                            row.get("source_filter") or "", load_type, line)


def _config_rows(text: str, sep: str) -> list[tuple[int, list[str]]]:
    """(line, fields) of each non-blank row.  The CSV rules are wmg.migration_tasks.read_tasks's, so
    both task lists are written alike: a field that holds the separator is double-quoted."""
    import csv
    import io

    if len(sep) != 1:
        raise ConfigError(f"the task config separator must be one character, got {sep!r}")
    reader = csv.reader(io.StringIO(text), delimiter=sep, skipinitialspace=True)
    return [(reader.line_num, [f.strip() for f in row]) for row in reader if any(f.strip() for f in row)]


def read_redshift_tasks(path_or_text, *, sep: str = "#", aws=None) -> list[RedshiftCopyTask]:
    """Tasks from WMG's config file: a header line naming the columns (source_table, target_table,
    secret_name required; source_columns `*` by default, source_filter, load_type append|overwrite),
    then one task per line, fields separated by `sep`.  Blank lines are skipped.

    Every bad line is collected first, so one ConfigError lists them all with their line numbers."""
    rows = _config_rows(_read_config_text(path_or_text, aws), sep)
    if not rows:
        raise ConfigError("the Redshift task config is empty (it needs a header line)")
    header_line, header = rows[0][0], [h.lower() for h in rows[0][1]]
    unknown = [h for h in header if h not in _REQUIRED_TASK_FIELDS + _OPTIONAL_TASK_FIELDS]
    absent = [f for f in _REQUIRED_TASK_FIELDS if f not in header]
    if unknown or absent:
        raise ConfigError(f"line {header_line}: bad header" + (f"; unknown columns {unknown}" if unknown else "")
                          + (f"; missing columns {absent}" if absent else ""))
    tasks: list[RedshiftCopyTask] = []
    problems: list[str] = []
    for line, fields in rows[1:]:
        if len(fields) != len(header):
            problems.append(f"line {line}: {len(fields)} fields, the header has {len(header)}")
            continue
        try:
            tasks.append(_task_from_row(dict(zip(header, fields)), line))
        except ConfigError as exc:
            problems.append(f"line {line}: {exc}")
    if problems:
        raise ConfigError(f"{len(problems)} bad line(s) in the Redshift task config:\n" + "\n".join(problems))
    return tasks


def _schema_columns(conn, schema: str) -> dict[str, list[str]]:
    """{table: [columns in order]} for the base tables of `schema`."""
    rows = conn.execute(
        "SELECT c.table_name, c.column_name FROM information_schema.columns c "
        "JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
        "WHERE c.table_schema = %s AND t.table_type = 'BASE TABLE' ORDER BY c.table_name, c.ordinal_position",
        (schema,)).fetchall()
    tables: dict[str, list[str]] = {}
    for table, column in rows:
        tables.setdefault(table, []).append(column)
    return tables


def tasks_for_schema(conn, source_schema: str, target_schema: str, secret_name: str, *,
                     load_type: str = "append") -> list[RedshiftCopyTask]:
    """One task per base table of `target_schema` (schema mode), copying the target's columns that
    the same-named source table has, in target order (so extra source columns are ignored and
    target-only columns get their defaults).  A target table without a source counterpart gets a
    task with no columns, which fails when run and is reported with the others."""
    source = _schema_columns(conn, source_schema)
    target = _schema_columns(conn, target_schema)
    tasks = []
    for table, target_cols in target.items():
        present = set(source.get(table, ()))
        cols = tuple(c for c in target_cols if c in present)
        tasks.append(RedshiftCopyTask(f"{quote_ident(source_schema)}.{quote_ident(table)}",
                                      f"{quote_ident(target_schema)}.{quote_ident(table)}",
                                      secret_name, cols, "", load_type))
    return tasks


def _run_redshift_copy(conn, task: RedshiftCopyTask) -> RedshiftCopyResult:
    from wmg.executor import SqlExecutor
    from wmg.jdbc import transaction

    if task.columns == ():
        raise ConfigError(f"{task.source_table} is missing or has none of the columns of {task.target_table}")
    started = time.monotonic()
    executor = SqlExecutor(conn, engine="redshift", close_connection=False)
    with transaction(conn):     # DELETE and INSERT commit together or not at all
        result = None
        for stmt in task.statements():
            result = executor.execute(stmt, query_id=task.describe())
    rows = int(result.activity_count or 0)
    seconds = time.monotonic() - started
    log.info("copied %s: %d rows in %.2fs", task.describe(), rows, seconds)
    return RedshiftCopyResult(task, rows, seconds)


def _failed_task_record(task: RedshiftCopyTask, exc: BaseException) -> dict[str, Any]:
    return {"line": task.line, "source_table": task.source_table, "target_table": task.target_table,
            "secret_name": task.secret_name, "columns": None if task.columns is None else list(task.columns),
            "source_filter": task.source_filter, "load_type": task.load_type,
            "error": f"{type(exc).__name__}: {exc}"}


def _write_failed_tasks(path: str, failed: list[dict[str, Any]], aws=None) -> None:
    import json

    from wmg.fs import open_fs

    open_fs(path, aws=aws).write_text(path, json.dumps(failed, indent=2) + "\n")
    log.info("wrote %d failed task(s) to %s", len(failed), path)


def run_redshift_copies(tasks: Sequence[RedshiftCopyTask], *, connect, error_output: str | None = None,
                        aws=None) -> MigrationReport:
    """Run every task, one transaction each, on a connection per secret (`connect(secret_name)`
    -> DB-API connection; closed at the end).  A failing task does not stop the others.

    `error_output` (local path or s3:// URI) receives the failed tasks as a JSON list (empty when
    all succeeded, so a stale file never survives a good run).  Failures raise one PartialFailure
    at the end whose `successes` are the RedshiftCopyResults."""
    connections: dict[str, Any] = {}
    results: list[RedshiftCopyResult] = []
    errors: list[Exception] = []
    failed: list[dict[str, Any]] = []
    try:
        for task in tasks:
            try:
                if task.secret_name not in connections:
                    connections[task.secret_name] = connect(task.secret_name)
                results.append(_run_redshift_copy(connections[task.secret_name], task))
            except Exception as exc:
                log.error("copy %s failed: %s", task.describe(), exc)
                exc.add_note(f"task {task.describe()}")
                errors.append(exc)
                failed.append(_failed_task_record(task, exc))
    finally:
        for conn in connections.values():
            try:
                conn.close()
            except Exception:
                log.warning("closing a connection failed", exc_info=True)
    if error_output:
        try:
            _write_failed_tasks(error_output, failed, aws)
        except Exception as exc:       # reported with the task failures, never instead of them
            exc.add_note(f"writing the failed tasks to {error_output}")
            errors.append(exc)
    if errors:
        what = f"{len(failed)} of {len(tasks)} Redshift copy tasks failed" if failed else \
            f"writing the failed-task report to {error_output} failed"
        raise PartialFailure(what, errors, results)
    return MigrationReport(tuple(results))


__all__ += ["RedshiftCopyTask", "RedshiftCopyResult", "MigrationReport", "read_redshift_tasks", "tasks_for_schema",
            "run_redshift_copies", "quoted_path", "REDSHIFT_LOAD_TYPES"]
