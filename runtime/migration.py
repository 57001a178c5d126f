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
        if gzip or ignore_header:
            raise ConfigError("COPY ... FORMAT PARQUET takes no gzip or ignore_header")
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
    load.append(copy_sql(target_table, prefix + "part_manifest", iam_role=target_iam_role or iam_role,
                         fmt="parquet", columns=columns, manifest=True, region=region))
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
