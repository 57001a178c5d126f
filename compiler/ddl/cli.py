"""`leapc ddl diff` and `leapc ddl validate`.

Exit codes: 0 no error-severity result, 1 at least one error, 2 usage error or unreadable input.
"""
from __future__ import annotations

import sys

import click

from wmg.ddl import (DdlError, NameMapping, compare, diff_to_json, diff_to_text, findings_to_json,
                     findings_to_text, has_errors, validate)
from wmg.ddl.catalog import _redact, read_glue, read_postgres_dsn, read_spark

from .parser import load_path, normalize_dialect

DIALECT_CHOICE = click.Choice(["teradata", "redshift", "postgres", "postgresql", "spark", "glue"],
                              case_sensitive=False)


def source_kind(spec: str) -> str:
    s = spec.lower()
    if s.startswith(("postgresql://", "postgres://")):
        return "dsn"
    if s.startswith("glue://"):
        return "glue"
    if s.startswith("spark://"):
        return "spark"
    return "path"


def load_source(spec: str, dialect: str | None):
    """(tables, dialect, label) for a file, folder, postgresql:// DSN, glue://db or spark://db."""
    kind = source_kind(spec)
    if kind == "dsn":
        d = normalize_dialect(dialect or "postgres")
        if d not in ("postgres", "redshift"):
            raise click.UsageError(f"{_redact(spec)} is a PostgreSQL/Redshift catalog; "
                                   f"its dialect cannot be {d}")
        return read_postgres_dsn(spec, dialect=d), d, _redact(spec)
    if kind == "glue":
        db = spec[len("glue://"):].strip("/")
        if not db:
            raise click.UsageError("glue:// needs a database name: glue://DATABASE")
        return read_glue(db), "spark", spec
    if kind == "spark":
        db = spec[len("spark://"):].strip("/") or None
        from pyspark.sql import SparkSession
        spark = SparkSession.getActiveSession() or SparkSession.builder.master("local[1]").getOrCreate()
        return read_spark(spark, db), "spark", spec
    if not dialect:
        raise click.UsageError(f"{spec}: DDL files need a dialect (--left-dialect/--right-dialect "
                               "or --dialect)")
    d = normalize_dialect(dialect)
    return load_path(spec, d), d, spec


@click.group("ddl")
def ddl() -> None:
    """Compare and validate table definitions (DDL files or live catalogs)."""


@ddl.command("diff")
@click.argument("left")
@click.argument("right")
@click.option("--left-dialect", type=DIALECT_CHOICE, help="dialect of LEFT (needed for files)")
@click.option("--right-dialect", type=DIALECT_CHOICE, help="dialect of RIGHT (needed for files)")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
@click.option("--mapping", type=click.Path(dir_okay=False),
              help="left -> right names: JSON {schemas, tables, columns} or 'left = right' lines")
@click.option("--no-info", is_flag=True, help="leave info-severity differences out of the report")
def diff_cmd(left, right, left_dialect, right_dialect, fmt, mapping, no_info):
    """Differences between LEFT (source of truth) and RIGHT (migrated) tables.

    LEFT and RIGHT are DDL files or folders, postgresql://... DSNs (PostgreSQL or, with dialect
    redshift, Redshift), glue://DATABASE (AWS Glue Data Catalog) or spark://DATABASE (the active
    SparkSession's catalog).  Teradata database db maps to schema db unless --mapping says
    otherwise; names compare case-insensitively.  Exit 1 when any error is reported."""
    try:
        names = NameMapping.load(mapping) if mapping else None
        lt, ld, llabel = load_source(left, left_dialect)
        rt, rd, rlabel = load_source(right, right_dialect)
    except DdlError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(2)
    diffs = compare(lt, rt, names, left_dialect=ld, right_dialect=rd)
    failed = has_errors(diffs)
    if no_info:
        diffs = [d for d in diffs if d.severity != "info"]
    lmeta = {"source": llabel, "dialect": ld, "tables": len(lt)}
    rmeta = {"source": rlabel, "dialect": rd, "tables": len(rt)}
    click.echo(diff_to_json(diffs, lmeta, rmeta) if fmt == "json" else diff_to_text(diffs, lmeta, rmeta),
               nl=False)
    sys.exit(1 if failed else 0)


@ddl.command("validate")
@click.argument("source")
@click.option("--dialect", type=DIALECT_CHOICE, required=True,
              help="rules to apply (and how to read SOURCE when it is a file)")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
def validate_cmd(source, dialect, fmt):
    """Coded structural checks (DDL-R..., DDL-T..., DDL-S..., DDL-P...) of SOURCE's tables.

    Exit 1 when any finding has severity error."""
    d = normalize_dialect(dialect)
    try:
        tables, _, label = load_source(source, d)
    except DdlError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(2)
    findings = validate(tables, d)
    out = (findings_to_json if fmt == "json" else findings_to_text)(findings, label, d, len(tables))
    click.echo(out, nl=False)
    sys.exit(1 if has_errors(findings) else 0)
