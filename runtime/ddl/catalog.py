"""Live catalog readers: PostgreSQL/Redshift (DB-API connection), Glue Data Catalog (boto3) and
the Spark catalog (a SparkSession).  Each returns ``list[Table]`` in the normalised model.

Drivers are imported lazily and only the one used is needed.
"""
from __future__ import annotations

import os
import re

from .model import Column, DdlError, Key, Table
from .types import parse_type

_PG_COLUMNS = """
SELECT n.nspname, c.relname, a.attname, a.attnum, format_type(a.atttypid, a.atttypmod),
       a.attnotnull, pg_get_expr(d.adbin, d.adrelid) {identity}
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
  AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_internal')
  AND n.nspname NOT LIKE 'pg_toast%%' AND n.nspname NOT LIKE 'pg_temp%%'
  {schema_filter}
ORDER BY 1, 2, 4
"""
_PG_KEYS = """
SELECT n.nspname, c.relname, con.conname, con.contype, con.conkey
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE con.contype IN ('p', 'u')
ORDER BY 1, 2, 3
"""


def read_postgres(conn, *, dialect: str = "postgres", schemas: list[str] | None = None,
                  source: str | None = None) -> list[Table]:
    """Tables of a PostgreSQL or Redshift database through a DB-API connection (psycopg,
    psycopg2, redshift_connector).  ``dialect`` decides how lengths are read: "redshift" counts
    VARCHAR in bytes, "postgres" in characters."""
    filt, params = "", ()
    if schemas:
        filt = "AND n.nspname IN (" + ", ".join(["%s"] * len(schemas)) + ")"
        params = tuple(schemas)
    cur = conn.cursor()
    try:
        cur.execute(_PG_COLUMNS.format(identity=", a.attidentity", schema_filter=filt), params)
        rows = cur.fetchall()
    except Exception:                      # Redshift (PostgreSQL 8.0 catalog) has no attidentity
        conn.rollback()
        cur = conn.cursor()
        cur.execute(_PG_COLUMNS.format(identity=", ''", schema_filter=filt), params)
        rows = cur.fetchall()
    tables: dict[tuple[str, str], Table] = {}
    attnames: dict[tuple[str, str], dict[int, str]] = {}
    for schema, table, col, num, typ, notnull, default, ident in rows:
        t = tables.get((schema, table))
        if t is None:
            t = tables[(schema, table)] = Table(schema, table, dialect=dialect,
                                                source=f"{source or dialect}:{schema}.{table}")
        identity = {"a": "ALWAYS", "d": "BY DEFAULT"}.get(ident or "")
        if default and re.match(r'^"?identity"?\s*\(', default, re.I):
            identity, default = "ALWAYS", None
        if default and default.startswith("nextval("):      # serial columns
            identity, default = "BY DEFAULT", None
        t.columns.append(Column(col, parse_type(typ, dialect), nullable=not notnull,
                                default=default, identity=identity, position=len(t.columns) + 1))
        attnames.setdefault((schema, table), {})[int(num)] = col
    try:
        cur.execute(_PG_KEYS)
        for schema, table, name, contype, conkey in cur.fetchall():
            t = tables.get((schema, table))
            if t is None:
                continue
            nums = conkey if isinstance(conkey, (list, tuple)) else \
                [int(x) for x in str(conkey).strip("{}").split(",") if x]
            t.keys.append(Key("primary_key" if contype == "p" else "unique",
                              [attnames[(schema, table)].get(int(x), str(x)) for x in nums], name))
    except Exception:
        conn.rollback()
    if dialect == "redshift":
        _redshift_dist_sort(conn, tables)
    return list(tables.values())


def _redshift_dist_sort(conn, tables: dict[tuple[str, str], Table]) -> None:
    cur = conn.cursor()
    try:
        cur.execute('SELECT schemaname, tablename, "column", distkey, sortkey FROM pg_table_def')
        for schema, table, col, distkey, sortkey in cur.fetchall():
            t = tables.get((schema, table))
            if t is None:
                continue
            if distkey:
                t.dist_key, t.dist_style = [col], "KEY"
            if sortkey:
                t.sort_key.append((abs(int(sortkey)), col))
        for t in tables.values():
            if t.sort_key and isinstance(t.sort_key[0], tuple):
                t.sort_key = [c for _, c in sorted(t.sort_key)]
    except Exception:
        conn.rollback()


def read_postgres_dsn(dsn: str, *, dialect: str = "postgres",
                      schemas: list[str] | None = None) -> list[Table]:
    try:
        import psycopg
    except ImportError as e:                # pragma: no cover - environment dependent
        raise DdlError("reading a PostgreSQL/Redshift catalog needs psycopg") from e
    try:
        with psycopg.connect(dsn, connect_timeout=15) as conn:
            return read_postgres(conn, dialect=dialect, schemas=schemas, source=_redact(dsn))
    except psycopg.Error as e:
        raise DdlError(f"cannot read catalog: {str(e).strip().splitlines()[0]}",
                       source=_redact(dsn)) from None


def _redact(dsn: str) -> str:
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", dsn)


def read_glue(database: str, client=None, *, dialect: str = "spark") -> list[Table]:
    """Tables of one Glue Data Catalog database.  Hive types are read with Spark's rules.

    Glue records nullability only for Iceberg tables (column parameter
    ``iceberg.field.optional``); elsewhere ``Column.nullable`` is None (unknown)."""
    if client is None:
        import boto3
        client = boto3.client("glue", endpoint_url=os.environ.get("AWS_ENDPOINT_URL") or None)
    out: list[Table] = []
    try:
        pages = client.get_paginator("get_tables").paginate(DatabaseName=database)
        for page in pages:
            for gt in page.get("TableList", []):
                out.append(_glue_table(database, gt, dialect))
    except client.exceptions.EntityNotFoundException:
        raise DdlError(f"Glue database {database!r} not found", source=f"glue://{database}") from None
    except Exception as e:
        if isinstance(e, DdlError):
            raise
        raise DdlError(f"cannot read Glue catalog: {e}", source=f"glue://{database}") from None
    return out


def _glue_table(database: str, gt: dict, dialect: str) -> Table:
    sd = gt.get("StorageDescriptor") or {}
    t = Table(database, gt["Name"], dialect=dialect, source=f"glue://{database}/{gt['Name']}",
              kind="external" if gt.get("TableType") == "EXTERNAL_TABLE" else "table")
    params = gt.get("Parameters") or {}
    if params:
        t.options["parameters"] = dict(params)
    cols = list(sd.get("Columns") or []) + list(gt.get("PartitionKeys") or [])
    for gc in cols:
        cp = gc.get("Parameters") or {}
        opt = cp.get("iceberg.field.optional")
        nullable = None if opt is None else opt.lower() != "false"
        t.columns.append(Column(gc["Name"], parse_type(gc.get("Type") or "string", dialect),
                                nullable=nullable, comment=gc.get("Comment"),
                                position=len(t.columns) + 1))
    t.partition_by = [p["Name"] for p in gt.get("PartitionKeys") or []]
    return t


def read_spark(spark, database: str | None = None) -> list[Table]:
    """Tables (not temporary views) of one database of a SparkSession's catalog."""
    db = database or spark.catalog.currentDatabase()
    out: list[Table] = []
    try:
        listed = spark.catalog.listTables(db)
    except Exception as e:
        raise DdlError(f"cannot list Spark database {db!r}: {str(e).splitlines()[0]}",
                       source=f"spark://{db}") from None
    for lt in listed:
        if lt.isTemporary or (lt.tableType or "").upper() == "VIEW":
            continue
        t = Table(db, lt.name, dialect="spark", source=f"spark://{db}/{lt.name}")
        fields = {f.name.lower(): f for f in spark.table(f"`{db}`.`{lt.name}`").schema.fields}
        try:
            columns = spark.catalog.listColumns(f"`{db}`.`{lt.name}`")
        except Exception:                              # older Spark: (table, db)
            columns = spark.catalog.listColumns(lt.name, db)
        for c in columns:
            f = fields.get(c.name.lower())
            # Spark reports CHAR/VARCHAR columns as string; the declared type is in the metadata.
            declared = (f.metadata or {}).get("__CHAR_VARCHAR_TYPE_STRING") if f is not None else None
            t.columns.append(Column(c.name, parse_type(declared or c.dataType, "spark"),
                                    nullable=bool(c.nullable) if f is None else bool(f.nullable),
                                    comment=c.description, position=len(t.columns) + 1))
            if c.isPartition:
                t.partition_by.append(c.name)
        out.append(t)
    return out

