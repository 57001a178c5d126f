"""Structural DDL checks with stable codes (the list is in docs/ddl.md, "Validation rules").

``validate(tables, dialect)`` returns Findings; codes never change meaning once published.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

from .model import Table
from .types import REDSHIFT_CHAR_MAX, REDSHIFT_VARBYTE_MAX, REDSHIFT_VARCHAR_MAX


@dataclass
class Finding:
    code: str
    severity: str      # error | warning | info
    table: str
    column: str | None
    message: str

    def to_dict(self) -> dict:
        return asdict(self)


# Amazon Redshift reserved words (Redshift Database Developer Guide, "Reserved words").
REDSHIFT_RESERVED = frozenset("""
AES128 AES256 ALL ALLOWOVERWRITE ANALYSE ANALYZE AND ANY ARRAY AS ASC AUTHORIZATION AZ64 BACKUP
BETWEEN BINARY BLANKSASNULL BOTH BYTEDICT BZIP2 CASE CAST CHECK COLLATE COLUMN CONSTRAINT CREATE
CREDENTIALS CROSS CURRENT_DATE CURRENT_TIME CURRENT_TIMESTAMP CURRENT_USER CURRENT_USER_ID DEFAULT
DEFERRABLE DEFLATE DEFRAG DELTA DELTA32K DESC DISABLE DISTINCT DO ELSE EMPTYASNULL ENABLE ENCODE
ENCRYPT ENCRYPTION END EXCEPT EXPLICIT FALSE FOR FOREIGN FREEZE FROM FULL GLOBALDICT256
GLOBALDICT64K GRANT GROUP GZIP HAVING IDENTITY IGNORE ILIKE IN INITIALLY INNER INTERSECT INTERVAL
INTO IS ISNULL JOIN LANGUAGE LEADING LEFT LIKE LIMIT LOCALTIME LOCALTIMESTAMP LUN LUNS LZO LZOP
MINUS MOSTLY16 MOSTLY32 MOSTLY8 NATURAL NEW NOT NOTNULL NULL NULLS OFF OFFLINE OFFSET OID OLD ON
ONLY OPEN OR ORDER OUTER OVERLAPS PARALLEL PARTITION PERCENT PERMISSIONS PIVOT PLACING PRIMARY RAW
READRATIO RECOVER REFERENCES REJECTLOG RESORT RESPECT RESTORE RIGHT SELECT SESSION_USER SIMILAR
SNAPSHOT SOME SYSDATE SYSTEM TABLE TAG TDES TEXT255 TEXT32K THEN TIMESTAMP TO TOP TRAILING TRUE
TRUNCATECOLUMNS UNION UNIQUE UNNEST UNPIVOT USER USING VERBOSE WALLET WHEN WHERE WITH WITHOUT
""".split())

# A subset of Teradata reserved words that commonly appear as column names in migrated models.
TERADATA_RESERVED = frozenset("""
ABORT ACCOUNT ADD ALL ALTER AND ANY AS ASC AVG BEGIN BETWEEN BY BYTE BYTEINT CASE CAST CHAR
CHARACTER CHECK COLUMN COMMENT COUNT CREATE CURRENT_DATE CURRENT_TIME CURRENT_TIMESTAMP DATABASE
DATE DAY DEC DECIMAL DEFAULT DELETE DESC DISTINCT DROP ELSE END EXISTS FALLBACK FLOAT FOR FORMAT
FROM GRANT GROUP HAVING HOUR IN INDEX INSERT INTEGER INTERVAL INTO IS JOIN KEY LIKE MINUTE MONTH
NOT NULL NUMBER NUMERIC OF ON OR ORDER PERIOD POSITION PRIMARY REAL SECOND SELECT SET SMALLINT
SUM TABLE THEN TIME TIMESTAMP TITLE TO TYPE UNION UNIQUE UPDATE USER VALUES VARCHAR VIEW WHEN
WHERE WITH YEAR
""".split())


def validate(tables: list[Table], dialect: str) -> list[Finding]:
    """Check ``tables`` against the rules of ``dialect`` (redshift | postgres | teradata | spark)."""
    checker = {"redshift": _redshift, "postgres": _postgres, "teradata": _teradata,
               "spark": _spark}.get(dialect)
    if checker is None:
        raise ValueError(f"no validation rules for dialect {dialect!r}")
    out: list[Finding] = []
    for t in tables:
        out += _common(t, dialect)
        out += checker(t)
    return out


def _F(code, sev, t: Table, col, msg) -> Finding:
    return Finding(code, sev, t.qualified, col, msg)


def _common(t: Table, dialect: str) -> list[Finding]:
    prefix = {"redshift": "R", "postgres": "P", "teradata": "T", "spark": "S"}[dialect]
    out = []
    if not t.columns:
        out.append(_F(f"DDL-{prefix}000", "error", t, None, "table has no columns"))
    seen: dict[str, str] = {}
    for c in t.columns:
        if c.key in seen:
            out.append(_F(f"DDL-{prefix}009", "error", t, c.name,
                          f"duplicate column name (case-insensitive): {seen[c.key]}, {c.name}"))
        seen.setdefault(c.key, c.name)
    return out


def _missing(t: Table, names: list[str]) -> list[str]:
    return [n for n in names if t.column(n) is None]


def _redshift(t: Table) -> list[Finding]:
    out = []
    names = [(None, t.schema, t.quoted), (None, t.name, t.quoted)] + \
            [(c.name, c.name, c.quoted) for c in t.columns]
    for col, ident, quoted in names:
        if ident is None:
            continue
        if len(ident.encode("utf-8")) > 127:
            out.append(_F("DDL-R001", "error", t, col,
                          f"identifier {ident[:20]}... is {len(ident.encode('utf-8'))} bytes; "
                          "Redshift allows 127"))
        if quoted and ident != ident.lower():
            out.append(_F("DDL-R002", "warning", t, col,
                          f'quoted identifier "{ident}" has upper case; Redshift folds it to '
                          "lower case unless enable_case_sensitive_identifier is on"))
        if ident.upper() in REDSHIFT_RESERVED:
            sev = "warning" if quoted else "error"
            out.append(_F("DDL-R003", sev, t, col, f"{ident} is a Redshift reserved word"
                          + ("; every query must quote it" if quoted else "; quote or rename it")))
    if len(t.columns) > 1600:
        out.append(_F("DDL-R011", "error", t, None, f"{len(t.columns)} columns; Redshift allows 1600"))
    identities = []
    for c in t.columns:
        ty = c.type
        if ty.base == "VARCHAR" and ty.length is not None and ty.length > REDSHIFT_VARCHAR_MAX:
            out.append(_F("DDL-R004", "error", t, c.name,
                          f"VARCHAR({ty.length}) exceeds {REDSHIFT_VARCHAR_MAX} bytes"))
        if ty.base == "CHAR" and ty.length is not None and ty.length > REDSHIFT_CHAR_MAX:
            out.append(_F("DDL-R004", "error", t, c.name,
                          f"CHAR({ty.length}) exceeds {REDSHIFT_CHAR_MAX} bytes"))
        if ty.base == "VARBYTE" and ty.length is not None and ty.length > REDSHIFT_VARBYTE_MAX:
            out.append(_F("DDL-R004", "error", t, c.name,
                          f"VARBYTE({ty.length}) exceeds {REDSHIFT_VARBYTE_MAX} bytes"))
        if ty.family == "decimal":
            if ty.precision is not None and not 1 <= ty.precision <= 38:
                out.append(_F("DDL-R005", "error", t, c.name,
                              f"DECIMAL precision {ty.precision} outside 1..38"))
            if ty.scale is not None and ty.precision is not None and ty.scale > ty.precision:
                out.append(_F("DDL-R005", "error", t, c.name,
                              f"DECIMAL scale {ty.scale} exceeds precision {ty.precision}"))
        if ty.base in ("PERIOD", "INTERVAL", "CLOB", "BLOB", "NUMBER", "BYTE", "XML", "ARRAY",
                       "MAP", "STRUCT", "JSON") or ty.family == "other":
            out.append(_F("DDL-R010", "error", t, c.name,
                          f"{ty.raw or ty.render()} is not a Redshift column type"))
        if c.identity:
            identities.append(c)
            if ty.base not in ("INTEGER", "BIGINT"):
                out.append(_F("DDL-R008", "error", t, c.name,
                              f"IDENTITY column must be INT or BIGINT, not {ty.render()}"))
            if c.default is not None:
                out.append(_F("DDL-R008", "error", t, c.name,
                              "IDENTITY column cannot also have a DEFAULT"))
    if len(identities) > 1:
        out.append(_F("DDL-R008", "error", t, None, "more than one IDENTITY column: "
                      + ", ".join(c.name for c in identities)))
    if t.dist_key:
        if len(t.dist_key) != 1:
            out.append(_F("DDL-R006", "error", t, None,
                          f"DISTKEY must name exactly one column, got {', '.join(t.dist_key)}"))
        for n in _missing(t, t.dist_key):
            out.append(_F("DDL-R006", "error", t, n, f"DISTKEY column {n} is not in the table"))
        if t.dist_style and t.dist_style.upper() not in ("KEY",):
            out.append(_F("DDL-R006", "error", t, None,
                          f"DISTKEY given with DISTSTYLE {t.dist_style.upper()}"))
    elif t.dist_style and t.dist_style.upper() == "KEY":
        out.append(_F("DDL-R006", "error", t, None, "DISTSTYLE KEY without a DISTKEY"))
    if t.sort_key:
        for n in _missing(t, t.sort_key):
            out.append(_F("DDL-R007", "error", t, n, f"SORTKEY column {n} is not in the table"))
        limit = 8 if t.sort_style == "interleaved" else 400
        if len(t.sort_key) > limit:
            out.append(_F("DDL-R007", "error", t, None,
                          f"{t.sort_style or 'compound'} SORTKEY has {len(t.sort_key)} columns; "
                          f"the limit is {limit}"))
    for k in t.keys:
        for n in _missing(t, k.columns):
            out.append(_F("DDL-R012", "error", t, n, f"{k.kind} column {n} is not in the table"))
        if k.unique:
            out.append(_F("DDL-R013", "info", t, None,
                          f"{k.kind.replace('_', ' ').upper()} ({', '.join(k.columns)}) is not "
                          "enforced by Redshift and the planner trusts it; check duplicates "
                          "after each load"))
    return out


def _postgres(t: Table) -> list[Finding]:
    out = []
    for ident, col in [(t.name, None)] + [(c.name, c.name) for c in t.columns]:
        if len(ident.encode("utf-8")) > 63:
            out.append(_F("DDL-P001", "error", t, col, f"identifier {ident[:20]}... is longer "
                          "than 63 bytes and is truncated"))
    for c in t.columns:
        if c.type.family == "decimal" and c.type.precision is not None and c.type.precision > 1000:
            out.append(_F("DDL-P005", "error", t, c.name, "NUMERIC precision above 1000"))
    for k in t.keys:
        for n in _missing(t, k.columns):
            out.append(_F("DDL-P012", "error", t, n, f"{k.kind} column {n} is not in the table"))
    return out


def _teradata(t: Table) -> list[Finding]:
    out = []
    for ident, col in [(t.schema, None), (t.name, None)] + [(c.name, c.name) for c in t.columns]:
        if ident is None:
            continue
        if len(ident) > 128:
            out.append(_F("DDL-T001", "error", t, col,
                          f"identifier {ident[:20]}... is {len(ident)} characters; Teradata allows 128"))
        elif len(ident) > 30:
            out.append(_F("DDL-T002", "warning", t, col, f"identifier {ident} is longer than 30 "
                          "characters (rejected by Teradata before 14.10 and many tools)"))
    if len(t.columns) > 2048:
        out.append(_F("DDL-T011", "error", t, None, f"{len(t.columns)} columns; Teradata allows 2048"))
    for c in t.columns:
        ty = c.type
        if ty.base in ("CHAR", "VARCHAR") and ty.length is not None:
            limit = 32000 if ty.charset in ("UNICODE", "GRAPHIC") else 64000
            if ty.length > limit:
                out.append(_F("DDL-T004", "error", t, c.name, f"{ty.render()} exceeds {limit} "
                              f"characters for CHARACTER SET {ty.charset or 'LATIN'}"))
        if ty.family == "decimal" and ty.precision is not None and not 1 <= ty.precision <= 38:
            out.append(_F("DDL-T005", "error", t, c.name,
                          f"DECIMAL precision {ty.precision} outside 1..38"))
        if ty.family == "decimal" and ty.precision is not None and (ty.scale or 0) > ty.precision:
            out.append(_F("DDL-T005", "error", t, c.name,
                          f"DECIMAL scale {ty.scale} exceeds precision {ty.precision}"))
        if ty.family != "char" and (ty.charset or ty.casespecific is not None):
            out.append(_F("DDL-T010", "error", t, c.name, "CHARACTER SET/CASESPECIFIC on a "
                          f"non-character column ({ty.render()})"))
        if c.identity and ty.family not in ("integer", "decimal"):
            out.append(_F("DDL-T012", "error", t, c.name, "identity column must be an exact "
                          f"numeric type, not {ty.render()}"))
        if ty.family == "other":
            out.append(_F("DDL-T013", "warning", t, c.name, f"unknown type {ty.raw}"))
    pis = [k for k in t.keys if k.kind in ("primary_index", "unique_primary_index")]
    if len(pis) > 1:
        out.append(_F("DDL-T006", "error", t, None, "more than one PRIMARY INDEX"))
    for k in t.keys:
        for n in _missing(t, k.columns):
            out.append(_F("DDL-T006", "error", t, n, f"{k.kind.replace('_', ' ')} column {n} "
                          "is not in the table"))
        if k.kind.endswith("primary_index") and len(k.columns) > 64:
            out.append(_F("DDL-T006", "error", t, None, "PRIMARY INDEX has more than 64 columns"))
    for n in _missing(t, t.partition_by):
        out.append(_F("DDL-T007", "error", t, n, f"PARTITION BY column {n} is not in the table"))
    if not pis and not t.options.get("no_primary_index") and t.kind == "table":
        out.append(_F("DDL-T008", "warning", t, None, "no PRIMARY INDEX: Teradata picks the first "
                      "column (or NoPI, per DBS Control), which may skew the table"))
    return out


def _spark(t: Table) -> list[Finding]:
    out = []
    for c in t.columns:
        ty = c.type
        if ty.base in ("VARCHAR", "CHAR") and ty.length is None:
            out.append(_F("DDL-S002", "error", t, c.name, f"{ty.base} needs a length in Spark; "
                          "use STRING"))
        if ty.family == "decimal" and ty.precision is not None and not 1 <= ty.precision <= 38:
            out.append(_F("DDL-S003", "error", t, c.name,
                          f"DECIMAL precision {ty.precision} outside 1..38"))
        if ty.base in ("TIME", "PERIOD", "INTERVAL", "CLOB", "BLOB", "BYTE", "NUMBER", "SUPER",
                       "JSON", "XML") or ty.family == "other":
            out.append(_F("DDL-S005", "error", t, c.name,
                          f"{ty.raw or ty.render()} is not a Spark table column type"))
        if ty.base == "TIMESTAMP" and ty.with_time_zone:
            out.append(_F("DDL-S006", "info", t, c.name, "TIMESTAMP is relative to the session "
                          "time zone; TIMESTAMP_NTZ keeps wall-clock values"))
        if c.identity:
            out.append(_F("DDL-S007", "error", t, c.name, "identity columns are not Spark DDL; "
                          "generate the values in the job"))
    for n in _missing(t, t.partition_by):
        out.append(_F("DDL-S004", "error", t, n, f"partition column {n} is not in the table"))
    return out


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity == "error" for f in findings)
