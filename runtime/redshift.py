"""Redshift operations a job needs beyond plain SQL (spec §16): UNLOAD to S3, COPY from S3, loading
a Spark DataFrame through Parquet files staged on S3, and stored procedures with OUT parameters.

* `unload(conn, sql, dest, *, iam_role, ...) -> list[S3Uri]` runs UNLOAD and returns the files it
  wrote (read from its manifest, or listed under `dest`).
* `copy_from_s3(conn, table, src, *, iam_role, fmt="parquet")` runs one COPY in its own transaction.
* `load_dataframe(df, conn, table, *, staging, iam_role, mode="append", create_if_missing=True)`
  writes the DataFrame as Parquet under a fresh staging folder, then creates the table if needed,
  empties it for `overwrite` and COPYs the files, all in one transaction; the staging folder is
  deleted afterwards.  `plan_dataframe_load` builds those statements without running anything.
* `call_procedure(conn, name, inputs, out_types) -> tuple` calls a procedure and returns its OUT
  values (Redshift and PostgreSQL 14+ differ in how OUT arguments are written; both are handled).

The statement text of UNLOAD and COPY comes from `wmg.migration.unload_sql` / `copy_sql`, which are
re-exported here.  Statements run through `wmg.executor.SqlExecutor`, so failures are typed
`QueryError`s and every statement lands in the executed-queries log when one is recording.
pyspark and psycopg are never imported at module level.
"""
from __future__ import annotations

import json
import logging
import re
import time
import uuid
from dataclasses import dataclass
from typing import Any, Sequence

from wmg.errors import ConfigError, NotFound, QueryError
from wmg.migration import (copy_sql, is_redshift, qualified, quote_ident, quoted_path, table_columns,  # noqa: F401
                           unload_sql)
from wmg.s3 import S3, S3Uri

log = logging.getLogger("wmg.redshift")

__all__ = ["unload", "unloaded_files", "copy_from_s3", "load_dataframe", "plan_dataframe_load", "DataFrameLoadPlan",
           "DataFrameLoad", "redshift_columns", "redshift_type", "stage_parquet", "call_procedure", "call_sql",
           "unload_sql", "copy_sql"]

LOAD_MODES = ("append", "overwrite")


def _executor(conn):
    from wmg.executor import SqlExecutor

    return SqlExecutor(conn, engine="redshift", close_connection=False)


# ------------------------------------------------------------------------------------- UNLOAD

def unloaded_files(dest: str, *, manifest: bool = True, aws=None) -> list[S3Uri]:
    """The files an UNLOAD to `dest` wrote: the entries of `{dest}manifest` (Redshift's manifest
    name), or without a manifest every object whose key starts with `dest` in the same folder."""
    s3 = S3(aws)
    if manifest:
        document = json.loads(s3.read_text(f"{dest}manifest"))
        return [S3Uri.parse(entry["url"]) for entry in document.get("entries", ())]
    return [o.uri for o in s3.list(f"{dest}*") if not o.key.endswith("manifest")]


def unload(conn, sql: str, dest: str, *, iam_role: str, fmt: str = "csv", parallel: bool = False,
           manifest: bool = True, extra: str = "", aws=None, **options: Any) -> list[S3Uri]:
    """UNLOAD the rows of `sql` to the `dest` prefix (s3://bucket/path/name_) and return the files
    written.  `options` are unload_sql's other keywords (delimiter, header, fixed_width, gzip,
    max_file_size_mb, region, allow_overwrite).  The caller's transaction is left as it is."""
    statement = unload_sql(sql, dest, iam_role=iam_role, fmt=fmt, parallel=parallel, manifest=manifest,
                           extra=extra, **options)
    _executor(conn).execute(statement, query_id="unload")
    files = unloaded_files(dest, manifest=manifest, aws=aws)
    log.info("unloaded to %s: %d file(s)", dest, len(files))
    return files


# --------------------------------------------------------------------------------------- COPY

def copy_from_s3(conn, table: str, src: str, *, iam_role: str, fmt: str = "parquet", **options: Any) -> int:
    """COPY `table` from S3 in its own transaction (committed on success, rolled back on error).
    `options` are copy_sql's other keywords.  Returns the driver's row count for the COPY."""
    from wmg.jdbc import transaction

    statement = copy_sql(table, src, iam_role=iam_role, fmt=fmt, **options)
    with transaction(conn):
        result = _executor(conn).execute(statement, query_id=f"copy {table}")
    return int(result.activity_count or 0)


# ---------------------------------------------------------------------- DataFrame -> Redshift

# Spark type class name -> Redshift type.  Strings have no length in Spark, so they get Redshift's
# largest VARCHAR (a length in bytes); both Spark timestamp kinds land as TIMESTAMP (UTC values).
_SIMPLE_TYPES = {
    "BooleanType": "BOOLEAN", "ByteType": "SMALLINT", "ShortType": "SMALLINT", "IntegerType": "INTEGER",
    "LongType": "BIGINT", "FloatType": "REAL", "DoubleType": "DOUBLE PRECISION", "StringType": "VARCHAR(65535)",
    "CharType": "VARCHAR(65535)", "VarcharType": "VARCHAR(65535)", "DateType": "DATE",
    "TimestampType": "TIMESTAMP", "TimestampNTZType": "TIMESTAMP", "BinaryType": "VARBYTE(1024000)",
}


def redshift_type(spark_type) -> str:
    """The Redshift column type for a Spark DataType (ConfigError for nested and interval types)."""
    kind = type(spark_type).__name__
    if kind == "DecimalType":
        return f"DECIMAL({spark_type.precision},{spark_type.scale})"
    if kind in _SIMPLE_TYPES:
        return _SIMPLE_TYPES[kind]
    raise ConfigError(f"no Redshift column type for Spark {spark_type.simpleString()}")


def redshift_columns(schema) -> list[tuple[str, str]]:
    """(name, Redshift type) for each field of a Spark StructType; every unmappable field is named."""
    columns, problems = [], []
    for f in schema.fields:
        try:
            columns.append((f.name, redshift_type(f.dataType)))
        except ConfigError as exc:
            problems.append(f"{f.name}: {exc}")
    if problems:
        raise ConfigError("cannot load these columns into Redshift: " + "; ".join(problems))
    return columns


@dataclass(frozen=True)
class DataFrameLoadPlan:
    """What load_dataframe does: Parquet files go under `prefix`, `manifest` lists them, and
    `statements` run in one transaction on the target."""

    table: str
    prefix: str
    manifest: str
    columns: tuple[str, ...]
    statements: tuple[str, ...]


@dataclass(frozen=True)
class DataFrameLoad:
    """A finished load; `files` were staged (and are deleted by now unless keep_staging was set)."""

    table: str
    rows: int
    created: bool
    files: tuple[S3Uri, ...]
    seconds: float = 0.0


def plan_dataframe_load(table: str, columns: Sequence[tuple[str, str]], staging: str, *, iam_role: str,
                        mode: str = "append", run_id: str, create: bool = False) -> DataFrameLoadPlan:
    """The statements of one DataFrame load, in order: CREATE TABLE (when `create`), DELETE (for
    overwrite into an existing table; not TRUNCATE, which commits at once on Redshift and would
    expose an empty table if the COPY failed), then COPY ... FORMAT AS PARQUET MANIFEST.

    `columns` are (name, Redshift type) in the order of the Parquet files, which must be the
    table's order: COPY from Parquet maps columns by position."""
    if mode not in LOAD_MODES:
        raise ConfigError(f"mode must be one of {LOAD_MODES}, got {mode!r}")
    if not columns:
        raise ConfigError(f"load into {table}: the DataFrame has no columns")
    if not re.fullmatch(r"[\w.-]+", run_id):
        raise ConfigError(f"run_id must be letters, digits, '_', '.', '-', got {run_id!r}")
    target = qualified(table)
    prefix = f"{staging.rstrip('/')}/{target.replace(chr(34), '')}/{run_id}/"
    manifest = prefix + "manifest"
    statements = []
    if create:
        body = ", ".join(f"{quote_ident(name)} {kind}" for name, kind in columns)
        statements.append(f"CREATE TABLE {target} ({body})")
    elif mode == "overwrite":
        statements.append(f"DELETE FROM {target}")
    statements.append(copy_sql(table, manifest, iam_role=iam_role, fmt="parquet", manifest=True))
    return DataFrameLoadPlan(table, prefix, manifest, tuple(name for name, _ in columns), tuple(statements))


def _runs_in_this_process(spark) -> bool:
    """True for a local[...] master: Spark's output files land on this machine's disk."""
    try:
        return spark.sparkContext.master.startswith("local")
    except Exception:           # Spark Connect has no sparkContext: the cluster writes
        return False


def stage_parquet(df, prefix: str, *, aws=None) -> list[tuple[S3Uri, int]]:
    """Write `df` as Parquet files under the S3 folder `prefix` and return (file, size) for each.

    On a cluster (Glue) Spark writes to S3 itself.  With a local master the files are written to a
    temporary folder and uploaded through wmg.s3, because local Spark has no S3 file system."""
    s3 = S3(aws)
    if _runs_in_this_process(df.sparkSession):
        import tempfile
        from pathlib import Path

        with tempfile.TemporaryDirectory(prefix="wmg-stage-") as tmp:
            out = Path(tmp) / "parquet"
            df.write.parquet(str(out))
            for part in sorted(out.glob("*.parquet")):
                s3.upload(part, f"{prefix}{part.name}")
    else:
        df.write.mode("errorifexists").parquet(prefix)
    return [(o.uri, o.size) for o in s3.list(prefix) if o.name.endswith(".parquet")]


def _write_manifest(manifest: str, files: Sequence[tuple[S3Uri, int]], aws=None) -> None:
    """A COPY manifest; Parquet manifests need each file's content_length."""
    entries = [{"url": str(uri), "mandatory": True, "meta": {"content_length": size}} for uri, size in files]
    S3(aws).write_text(manifest, json.dumps({"entries": entries}, indent=1))


def _columns_in_table_order(df_columns: Sequence[tuple[str, str]], table_cols: Sequence[str],
                            table: str) -> list[tuple[str, str]]:
    """The DataFrame's columns reordered to the table's (Redshift folds unquoted names to lower
    case, so a DataFrame column matches a table column by exact name, else case-blind)."""
    by_name = {col[0]: col for col in df_columns}
    by_lower = {col[0].lower(): col for col in df_columns}
    ordered, missing = [], []
    for name in table_cols:
        col = by_name.get(name) or by_lower.get(name.lower())
        if col is None:
            missing.append(name)
        else:
            ordered.append(col)
    extra = [c[0] for c in df_columns if c not in ordered]
    if missing or extra:
        raise ConfigError(f"the DataFrame does not match {table} (COPY from Parquet needs every column): "
                          + "; ".join(part for part in (f"missing {missing}" if missing else "",
                                                        f"not in the table {extra}" if extra else "") if part))
    return ordered


def load_dataframe(df, conn, table: str, *, staging: str, iam_role: str, mode: str = "append",
                   create_if_missing: bool = True, run_id: str | None = None, keep_staging: bool = False,
                   aws=None) -> DataFrameLoad:
    """Load a Spark DataFrame into `table`: Parquet files under `{staging}/{schema.table}/{run_id}/`,
    then in one transaction CREATE TABLE (when missing and `create_if_missing`; column types from
    redshift_type), DELETE for `overwrite`, and COPY ... MANIFEST.  A failure rolls all of it back,
    so the table keeps its old rows.  The staging folder is deleted afterwards unless `keep_staging`.

    The load commits (or rolls back) the connection's current transaction, so do not hold other
    uncommitted work on `conn`."""
    from wmg.jdbc import transaction

    started = time.monotonic()
    df_columns = redshift_columns(df.schema)
    try:
        existing = [c.name for c in table_columns(conn, table)]
    except NotFound:
        existing = None
    if existing is None and not create_if_missing:
        raise NotFound(f"table {table} does not exist (pass create_if_missing=True to create it)")
    columns = df_columns if existing is None else _columns_in_table_order(df_columns, existing, table)
    plan = plan_dataframe_load(table, columns, staging, iam_role=iam_role, mode=mode,
                               run_id=run_id or uuid.uuid4().hex[:12], create=existing is None)
    try:
        files = stage_parquet(df.select(*[name for name, _ in columns]), plan.prefix, aws=aws)
        _write_manifest(plan.manifest, files, aws)
        executor = _executor(conn)
        with transaction(conn):
            result = None
            for statement in plan.statements:
                result = executor.execute(statement, query_id=f"load {table}")
    finally:
        if not keep_staging:
            try:
                S3(aws).delete(plan.prefix, recursive=True)
            except Exception:            # a leftover staging folder must not hide the load's outcome
                log.warning("could not delete the staging folder %s", plan.prefix, exc_info=True)
    seconds = time.monotonic() - started
    rows = int(result.activity_count or 0)
    log.info("loaded %s from %d staged file(s) in %.2fs", table, len(files), seconds)
    return DataFrameLoad(table, rows, existing is None, tuple(uri for uri, _ in files), seconds)


# ------------------------------------------------------------------------------ procedures

_TYPE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_ ]*(\(\s*\d+\s*(,\s*\d+\s*)?\))?")


def call_sql(name: str, n_inputs: int, out_types: Sequence[str] = (), *, dialect: str = "redshift") -> str:
    """`CALL name(%s, ...)` with the inputs as parameters.  Redshift leaves OUT arguments out of
    the call; PostgreSQL (14+) needs a placeholder for each, written as a typed NULL so an
    overloaded procedure resolves.  OUT parameters must come after the inputs."""
    bad = [t for t in out_types if not _TYPE_NAME.fullmatch(t.strip())]
    if bad:
        raise ConfigError(f"not SQL type names: {bad}")
    args = ["%s"] * n_inputs
    if dialect == "postgres":
        args += [f"NULL::{t.strip()}" for t in out_types]
    elif dialect != "redshift":
        raise ConfigError(f"dialect must be redshift or postgres, got {dialect!r}")
    return f"CALL {quoted_path(name)}({', '.join(args)})"


def call_procedure(conn, name: str, inputs: Sequence[Any] = (), out_types: Sequence[str] = (), *,
                   dialect: str | None = None) -> tuple:
    """Call stored procedure `name` with `inputs` (IN and INOUT values, bound as parameters) and
    return the values of its INOUT and OUT parameters, in declaration order (empty when it has none).

    `out_types` are the SQL types of the OUT parameters (WMG passed them by type name).  `dialect`
    (redshift|postgres) is found from the server's version() when not given.  The call runs in
    the caller's transaction; a procedure that raises gives a QueryError."""
    dialect = dialect or ("redshift" if is_redshift(conn) else "postgres")
    statement = call_sql(name, len(inputs), out_types, dialect=dialect)
    result = _executor(conn).execute(statement, list(inputs), query_id=f"call {name}")
    row = result.rows[0] if result.rows else None
    if row is None:
        if out_types:
            raise QueryError(f"procedure {name} returned no OUT values", sql=statement, engine="redshift")
        return ()
    if len(row) < len(out_types):
        raise QueryError(f"procedure {name} returned {len(row)} values, expected at least {len(out_types)}",
                         sql=statement, engine="redshift")
    return tuple(row)
