"""`leapc verify`: run converted outputs locally before deploying, and say which statements fail.

* Redshift: each `.sql` file runs statement by statement on PostgreSQL (the local stand-in for
  Redshift), one connection (session) per file, files in path order.  Each statement is read as
  Redshift and written as PostgreSQL by sqlglot after the Redshift-only physical clauses are
  stripped (DISTKEY, SORTKEY, DISTSTYLE, ENCODE, BACKUP): nothing else is changed, so what fails
  here is leapc's SQL, not the adapter's.  Schemas the statements name are created first (empty).
* PySpark: each job module (`run(spark, args)` through `wmg.scripts.SparkScript`) is imported and
  run on the given SparkSession, in path order.  Its SparkScript is swapped for one that records
  every statement instead of stopping at the first failure, so all failing statements are
  listed; databases the statements name are created first (empty).

Tables a script reads but does not create must exist: run the DDL scripts first (they sort
first when named so) or convert the DDL along with the scripts."""
from __future__ import annotations

import hashlib
import importlib.util
import re
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

import sqlglot
from sqlglot import exp

PHYSICAL = re.compile(
    r"\b(DISTSTYLE\s+(ALL|EVEN|KEY|AUTO)|DISTKEY\s*\([^)]*\)|(COMPOUND\s+|INTERLEAVED\s+)?SORTKEY\s*(AUTO|\([^)]*\))"
    r"|ENCODE\s+\w+|BACKUP\s+(YES|NO))", re.I)
_SOURCE = re.compile(r"(?:--|#) source: (\S+:\d+)")


@dataclass
class StatementFailure:
    id: str                 # statement id (S010...) or the statement's ordinal in the file (#3)
    line: int | None        # line in the converted file
    source: str | None      # file:line in the Teradata source (from leapc's `source:` comment)
    sql: str
    error: str


@dataclass
class FileVerification:
    path: str
    statements: int = 0
    failures: list[StatementFailure] = field(default_factory=list)
    error: str | None = None   # the file as a whole (import error, non-zero exit, ...)
    skipped: str | None = None

    @property
    def ok(self) -> bool:
        return not self.failures and self.error is None

    def to_dict(self) -> dict:
        return {**asdict(self), "ok": self.ok}


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


# ---------------------------------------------------------------------------------------------
# Redshift on PostgreSQL

def to_postgres(sql: str) -> list[str]:
    """Redshift SQL as PostgreSQL statements (physical clauses stripped, sqlglot transpiled)."""
    return [e.sql(dialect="postgres") for e in sqlglot.parse(PHYSICAL.sub("", sql), read="redshift") if e]


def split_sql(text: str) -> list[tuple[int, str, str | None]]:
    """(line, statement text, Teradata source file:line) for each statement of a .sql file,
    split on semicolons outside quotes and comments."""
    from sqlglot.tokens import TokenType

    out: list[tuple[int, str, str | None]] = []
    first = None
    for tok in sqlglot.tokenize(text, read="redshift"):
        if tok.token_type == TokenType.SEMICOLON:
            if first is not None:
                out.append(_statement(text, first, tok.start))
            first = None
        elif first is None:
            first = tok
    if first is not None:
        out.append(_statement(text, first, len(text)))
    return out


def _statement(text: str, first, end: int) -> tuple[int, str, str | None]:
    sources = _SOURCE.findall(text, 0, first.start)
    return first.line, text[first.start:end].strip(), sources[-1] if sources else None


def _schemas(statements: list[str], read: str) -> set[str]:
    found = set()
    for sql in statements:
        try:
            for e in sqlglot.parse(sql, read=read):
                for t in (e.find_all(exp.Table) if e else ()):
                    if t.db:
                        found.add(t.db)
        except sqlglot.errors.SqlglotError:
            continue
    return found


def sql_files(out_dir: Path) -> list[Path]:
    return sorted(p for p in Path(out_dir).rglob("*.sql") if p.is_file())


def verify_redshift(out_dir: Path | str, dsn: str) -> list[FileVerification]:
    import psycopg

    results = []
    for path in sql_files(Path(out_dir)):
        rel = str(path.relative_to(out_dir))
        fv = FileVerification(rel)
        results.append(fv)
        try:
            statements = split_sql(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, sqlglot.errors.SqlglotError) as e:
            fv.error = f"cannot read or split: {_first_line(e)}"
            continue
        with psycopg.connect(dsn, autocommit=True) as conn:
            for schema in sorted(_schemas([s for _, s, _ in statements], "redshift")):
                try:
                    conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
                except psycopg.Error:
                    pass
            for n, (line, sql, source) in enumerate(statements, 1):
                fv.statements += 1
                try:
                    for pg in to_postgres(sql):
                        conn.execute(pg)
                except (psycopg.Error, sqlglot.errors.SqlglotError) as e:
                    fv.failures.append(StatementFailure(f"#{n}", line, source, sql, _first_line(e)))
    return results


# ---------------------------------------------------------------------------------------------
# PySpark on a local SparkSession

def job_files(out_dir: Path) -> list[Path]:
    """PySpark job modules (leapc's Redshift runners, DbScript over DB-API, are not jobs)."""
    jobs = []
    for p in sorted(Path(out_dir).rglob("*.py")):
        try:
            text = p.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        if re.search(r"^def run\(spark\b", text, re.M):
            jobs.append(p)
    return jobs


def _statement_sources(text: str) -> dict[str, str]:
    """{S010: 'file.sql:12'} from the `# source:` comment above each statement constant."""
    sources, last = {}, None
    for line in text.splitlines():
        m = _SOURCE.match(line.strip())
        if m:
            last = m.group(1)
            continue
        m = re.match(r"^(S\d+)\s*=", line)
        if m and last:
            sources.setdefault(m.group(1), last)
    return sources


def _load_module(path: Path):
    name = "leapc_verify_" + hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:12]
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        sys.modules.pop(name, None)
    return module


def verify_pyspark(out_dir: Path | str, spark, args: dict | None = None) -> list[FileVerification]:
    from wmg.scripts import SparkScript

    results = []
    for path in job_files(Path(out_dir)):
        rel = str(path.relative_to(out_dir))
        fv = FileVerification(rel)
        results.append(fv)
        text = path.read_text(encoding="utf-8")
        try:
            module = _load_module(path)
        except BaseException as e:  # noqa: BLE001 - a broken module is this file's failure
            fv.error = f"cannot import: {type(e).__name__}: {_first_line(e)}"
            continue
        constants = {k: v for k, v in vars(module).items() if re.fullmatch(r"S\d+(_\w+)?", k) and isinstance(v, str)}
        for db in sorted(_schemas(list(constants.values()), "spark")):
            try:
                spark.sql(f"CREATE DATABASE IF NOT EXISTS `{db}`")
            except Exception:  # noqa: BLE001
                pass
        scripts: list = []

        class Recording(SparkScript):
            def __init__(self, spark_, args_=None, *, raise_errors=True, **kw):
                super().__init__(spark_, args_, raise_errors=False, **kw)
                scripts.append(self)

        module.SparkScript = Recording
        try:
            module.run(spark, dict(args or {}))
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
            if code:
                fv.error = f"exit code {code}"
        except BaseException as e:  # noqa: BLE001
            fv.error = f"{type(e).__name__}: {_first_line(e)}"
        sources = _statement_sources(text)
        for script in scripts:
            for r in script.results:
                fv.statements += 1
                if r.error_code:
                    sql = constants.get(r.sid, "")
                    fv.failures.append(StatementFailure(r.sid, _line_of(text, r.sid), sources.get(r.sid),
                                                        sql, f"[{r.error_code}] {r.error}"))
    return results


def _line_of(text: str, sid: str) -> int | None:
    m = re.search(rf"^{re.escape(sid)}\s*=", text, re.M)
    return text.count("\n", 0, m.start()) + 1 if m else None


def local_spark():
    """A local SparkSession for `leapc verify --target pyspark` (in-memory catalog, UTC)."""
    import tempfile

    from pyspark.sql import SparkSession

    return (SparkSession.builder.master("local[*]").appName("leapc-verify")
            .config("spark.sql.warehouse.dir", tempfile.mkdtemp(prefix="leapc-verify-wh-"))
            .config("spark.sql.catalogImplementation", "in-memory")
            .config("spark.sql.legacy.createHiveTableByDefault", "false")
            .config("spark.sql.session.timeZone", "UTC")
            .config("spark.ui.enabled", "false")
            .getOrCreate())
