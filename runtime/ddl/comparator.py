"""The comparator: two lists of Tables (any dialects) -> Difference records.

Left is the source of truth (normally Teradata), right the migrated side.  Table names map
left -> right through a ``NameMapping`` (default: Teradata database db -> schema db, same table
name, case-insensitively).  Column types are judged by ``wmg.ddl.types.check_types``; safe
widenings are reported with severity ``info`` and never fail a run.
"""
from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from .model import Column, DdlError, Table
from .types import check_types

SEVERITIES = ("error", "warning", "info")
KINDS = ("missing_table", "extra_table", "missing_column", "extra_column", "type_mismatch",
         "narrowing", "trap", "widening", "case", "nullability", "default", "identity", "key",
         "set_table", "column_order")


@dataclass
class Difference:
    table: str
    column: str | None
    kind: str
    severity: str
    left: str | None
    right: str | None
    message: str
    rule: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class NameMapping:
    """Left -> right names.  ``schemas``: {"td_db": "rs_schema"}; ``tables``:
    {"td_db.t": "schema.t2"}; ``columns``: {"td_db.t.c": "c2"}.  Keys are case-insensitive."""

    schemas: dict[str, str] = field(default_factory=dict)
    tables: dict[str, str] = field(default_factory=dict)
    columns: dict[str, str] = field(default_factory=dict)

    @classmethod
    def parse(cls, text: str, source: str = "mapping") -> "NameMapping":
        """JSON ({"schemas": {...}, "tables": {...}, "columns": {...}}) or lines ``left = right``
        where a name with no dot is a schema, one dot a table, two dots a column."""
        m = cls()
        stripped = text.strip()
        if stripped.startswith("{"):
            try:
                data = json.loads(stripped)
            except json.JSONDecodeError as e:
                raise DdlError(f"invalid JSON: {e}", source=source) from None
            unknown = set(data) - {"schemas", "tables", "columns"}
            if unknown or not all(isinstance(v, dict) for v in data.values()):
                raise DdlError("expected an object with 'schemas', 'tables', 'columns' objects",
                               source=source)
            for k in ("schemas", "tables", "columns"):
                getattr(m, k).update({str(a).lower(): str(b) for a, b in data.get(k, {}).items()})
            return m
        for n, line in enumerate(text.splitlines(), 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            parts = re.split(r"\s*(?:=|->)\s*", line)
            if len(parts) != 2 or not parts[0] or not parts[1]:
                raise DdlError(f"expected 'left = right', got {line!r}", source=source, line=n)
            left, right = parts[0].lower(), parts[1]
            {0: m.schemas, 1: m.tables, 2: m.columns}.get(left.count("."), m.columns)[left] = right
        return m

    @classmethod
    def load(cls, path: str | Path) -> "NameMapping":
        p = Path(path)
        try:
            return cls.parse(p.read_text(encoding="utf-8"), source=str(p))
        except OSError as e:
            raise DdlError(f"cannot read mapping: {e.strerror}", source=str(p)) from None

    def target(self, t: Table) -> tuple[str, str]:
        """(schema, table) on the right for left table ``t``, lower-cased."""
        full = f"{(t.schema or '').lower()}.{t.name.lower()}"
        if full in self.tables:
            s, _, n = self.tables[full].rpartition(".")
            return s.lower(), n.lower()
        s = (t.schema or "").lower()
        return self.schemas.get(s, s).lower(), t.name.lower()

    def column(self, t: Table, c: Column) -> str:
        k = f"{(t.schema or '').lower()}.{t.name.lower()}.{c.key}"
        return self.columns.get(k, c.name).lower()


def _norm_default(v: str | None) -> str | None:
    if v is None:
        return None
    s = v.strip()
    s = re.sub(r"::[\w ]+(\(\d+(,\d+)?\))?(\[\])?", "", s)     # PostgreSQL casts
    while s.startswith("(") and s.endswith(")"):
        s = s[1:-1].strip()
    u = re.sub(r"\s+", " ", s).upper()
    if u in ("NULL", ""):
        return None
    if u in ("DATE", "CURRENT_DATE", "CURRENT_DATE()"):
        return "CURRENT_DATE"
    if re.fullmatch(r"(CURRENT_TIMESTAMP|NOW|GETDATE|SYSDATE|LOCALTIMESTAMP)(\s*\(\s*\d*\s*\))?", u):
        return "CURRENT_TIMESTAMP"
    if re.fullmatch(r"(CURRENT_TIME|TIME)(\s*\(\s*\d*\s*\))?", u):
        return "CURRENT_TIME"
    if u in ("USER", "CURRENT_USER", "SESSION_USER"):
        return "CURRENT_USER"
    try:
        return str(Decimal(u.strip("'")).normalize()) if re.fullmatch(r"'?[-+]?[\d.]+(E[-+]?\d+)?'?", u) else s
    except InvalidOperation:
        return s


def _nullable(c: Column) -> str:
    return "NULL" if c.nullable is True else ("NOT NULL" if c.nullable is False else "unknown")


def compare(left: list[Table], right: list[Table], mapping: NameMapping | None = None, *,
            left_dialect: str | None = None, right_dialect: str | None = None) -> list[Difference]:
    """Compare left (source) tables with right (target) tables."""
    mapping = mapping or NameMapping()
    by_key: dict[tuple[str, str], Table] = {}
    by_name: dict[str, list[Table]] = {}
    for t in right:
        by_key.setdefault(((t.schema or "").lower(), t.name.lower()), t)
        by_name.setdefault(t.name.lower(), []).append(t)
    out: list[Difference] = []
    matched: set[int] = set()
    target_schemas: set[str] = set()
    for lt in left:
        ld = left_dialect or lt.dialect
        schema, name = mapping.target(lt)
        target_schemas.add(schema)
        rt = by_key.get((schema, name))
        if rt is None and (not schema or all(not (t.schema or "") for t in right)):
            cands = by_name.get(name, [])
            rt = cands[0] if len(cands) == 1 else None
        if rt is None:
            elsewhere = sorted({t.schema or "" for t in by_name.get(name, [])})
            hint = (f" (a table {name} exists in schema {', '.join(elsewhere)}: map the schema "
                    "with --mapping)") if elsewhere else ""
            out.append(Difference(lt.qualified, None, "missing_table", "error", lt.qualified, None,
                                  f"table {lt.qualified} has no counterpart "
                                  f"{(schema + '.') if schema else ''}{name} on the right{hint}"))
            continue
        matched.add(id(rt))
        out += _compare_table(lt, rt, mapping, ld, right_dialect or rt.dialect)
    for rt in right:
        if id(rt) in matched:
            continue
        if target_schemas and (rt.schema or "").lower() not in target_schemas and "" not in target_schemas:
            continue                    # outside the schemas the left side maps to
        out.append(Difference(rt.qualified, None, "extra_table", "warning", None, rt.qualified,
                              f"table {rt.qualified} exists only on the right"))
    return out


def _compare_table(lt: Table, rt: Table, mapping: NameMapping, ld, rd) -> list[Difference]:
    tname = lt.qualified
    out: list[Difference] = []
    seen: set[str] = set()
    common: list[tuple[Column, Column]] = []
    for lc in lt.columns:
        rc = rt.column(mapping.column(lt, lc))
        if rc is None:
            out.append(Difference(tname, lc.name, "missing_column", "error", lc.type.render(), None,
                                  f"column {lc.name} {lc.type.render()} is missing on the right"))
            continue
        seen.add(rc.key)
        common.append((lc, rc))
        for v in check_types(lc.type, rc.type, ld, rd):
            out.append(Difference(tname, lc.name, v.kind, v.severity, lc.type.render(),
                                  rc.type.render(), v.message, v.rule))
        if lc.nullable is False and rc.nullable is True:
            out.append(Difference(tname, lc.name, "nullability", "error", "NOT NULL", "NULL",
                                  "NOT NULL is lost: the right side accepts NULLs"))
        elif lc.nullable is False and rc.nullable is None:
            out.append(Difference(tname, lc.name, "nullability", "warning", "NOT NULL", "unknown",
                                  "the right catalog does not record NOT NULL; it is not enforced"))
        elif lc.nullable is True and rc.nullable is False and not rc.identity and rc.default is None:
            out.append(Difference(tname, lc.name, "nullability", "warning", "NULL", "NOT NULL",
                                  "the right side rejects NULLs the left side accepts"))
        ldf, rdf = _norm_default(lc.default), _norm_default(rc.default)
        if ldf != rdf and not (lc.identity or rc.identity):
            sev = "warning" if ldf is not None else "info"
            out.append(Difference(tname, lc.name, "default", sev, lc.default, rc.default,
                                  f"default {lc.default or 'none'} -> {rc.default or 'none'}"))
        if bool(lc.identity) != bool(rc.identity):
            sev = "warning" if lc.identity else "info"
            out.append(Difference(tname, lc.name, "identity", sev, lc.identity, rc.identity,
                                  "identity (generated values) "
                                  + ("lost on the right" if lc.identity else "added on the right")))
    for rc in rt.columns:
        if rc.key in seen:
            continue
        blocking = rc.nullable is False and rc.default is None and not rc.identity
        out.append(Difference(
            tname, rc.name, "extra_column", "error" if blocking else "warning", None,
            rc.type.render() + (" NOT NULL" if rc.nullable is False else ""),
            f"column {rc.name} exists only on the right"
            + ("; it is NOT NULL without a default, so loads of left rows fail" if blocking else "")))
    lorder = [lc.key for lc, _ in common]
    rorder = [rc.key for _, rc in sorted(common, key=lambda p: rt.columns.index(p[1]))]
    if lorder != rorder:
        out.append(Difference(tname, None, "column_order", "info", ", ".join(lorder),
                              ", ".join(rorder), "columns are in a different order; positional "
                              "INSERT/SELECT * differ"))
    # Uniqueness declared (and, in Teradata, enforced) on the left must be declared on the right.
    colmap = {lc.key: rc.key for lc, rc in common}
    rkeys = {frozenset(c.lower() for c in k.columns) for k in rt.keys if k.unique}
    for k in lt.keys:
        if not k.unique:
            continue
        want = frozenset(colmap.get(c.lower(), c.lower()) for c in k.columns)
        if want not in rkeys:
            out.append(Difference(tname, None, "key", "warning", f"{k.kind}({', '.join(k.columns)})",
                                  None, f"uniqueness of ({', '.join(k.columns)}) is not declared "
                                  "on the right; duplicates are no longer rejected"))
    if lt.set_table and not rt.set_table:
        out.append(Difference(tname, None, "set_table", "warning", "SET", "MULTISET",
                              "SET table: the left side discards duplicate rows, the right side "
                              "keeps them"))
    return out


def summarize(diffs: list[Difference]) -> dict[str, int]:
    return {s: sum(1 for d in diffs if d.severity == s) for s in SEVERITIES}


def has_errors(diffs: list[Difference]) -> bool:
    return any(d.severity == "error" for d in diffs)
