"""Schema knowledge gathered from the DDL a script declares: table kinds (SET/MULTISET,
volatile) and column types with their Teradata attributes.  Rewrites such as integer division,
date arithmetic, CHAR padding and case-blind comparison cannot be decided without it."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlglot import exp


@dataclass
class ColumnDef:
    name: str
    type: exp.DataType
    casespecific: bool | None = None   # None: not declared (Teradata-mode default applies)
    not_null: bool = False
    identity: tuple[int, int] | None = None  # GENERATED ... AS IDENTITY: (start, increment)


@dataclass
class TableDef:
    name: str                          # lower-case, db.table or table
    columns: dict[str, ColumnDef] = field(default_factory=dict)
    set_table: bool = False
    volatile: bool = False
    temporary: bool = False
    # UNIQUE PRIMARY INDEX, PRIMARY KEY and UNIQUE columns: Teradata rejects duplicates (2801).
    unique_keys: list[list[str]] = field(default_factory=list)
    view: bool = False

    def column(self, name: str) -> ColumnDef | None:
        return self.columns.get(name.lower())


def named_table(statement: exp.Expression):
    """The table an INSERT or CREATE names, without the column list that may follow it."""
    target = statement.this
    return target.this if isinstance(target, exp.Schema) else target


def table_key(table: exp.Table) -> str:
    parts = [p for p in (table.catalog, table.db, table.name) if p]
    return ".".join(parts).lower()


class Catalog:
    """Tables known so far in conversion order (later definitions replace earlier ones)."""

    def __init__(self) -> None:
        self.tables: dict[str, TableDef] = {}
        # typing's per-SELECT source lookup; cleared whenever trees or tables may have changed.
        self.source_cache: dict[int, tuple] = {}
        # Every volatile / temporary table the script created, also after it is dropped.
        self.session_tables: set[str] = set()

    def get(self, table: exp.Table | str) -> TableDef | None:
        key = table if isinstance(table, str) else table_key(table)
        return self.tables.get(key.lower())

    def add(self, tdef: TableDef) -> None:
        self.tables[tdef.name] = tdef
        if tdef.volatile or tdef.temporary:
            self.session_tables.add(tdef.name.split(".")[-1])
        self.source_cache.clear()

    def drop(self, key: str) -> None:
        self.tables.pop(key.lower(), None)
        self.source_cache.clear()

    def learn(self, stmt: exp.Expression, infer=None) -> None:
        """Update the catalog from one statement (CREATE TABLE / DROP TABLE)."""
        if isinstance(stmt, exp.Drop) and (stmt.args.get("kind") or "").upper() == "TABLE":
            for table in dropped_tables(stmt):
                self.drop(table_key(table))
            return
        if isinstance(stmt, exp.Drop) and (stmt.args.get("kind") or "").upper() == "VIEW":
            for table in dropped_tables(stmt):
                self.drop(table_key(table))
            return
        if isinstance(stmt, exp.Create) and (stmt.args.get("kind") or "").upper() == "VIEW":
            self._learn_view(stmt, infer)
            return
        if not isinstance(stmt, exp.Create) or (stmt.args.get("kind") or "").upper() != "TABLE":
            return
        schema = stmt.this
        table = schema.this if isinstance(schema, exp.Schema) else schema
        if not isinstance(table, exp.Table):
            return
        props = stmt.args.get("properties")
        tdef = TableDef(table_key(table), set_table=_is_set_table(props), volatile=_is_volatile(props),
                        temporary=_has_prop(props, exp.TemporaryProperty))
        if isinstance(schema, exp.Schema):
            for col in schema.expressions:
                if isinstance(col, exp.ColumnDef) and col.args.get("kind") is not None:
                    tdef.columns[col.name.lower()] = _column_def(col)
        tdef.unique_keys = _unique_keys(stmt)
        source = stmt.expression
        if isinstance(source, exp.Table) and self.get(source):
            for name, c in self.get(source).columns.items():
                tdef.columns[name] = ColumnDef(c.name, c.type, c.casespecific, c.not_null)
            # A copy of a table takes its SET/MULTISET kind unless the CREATE names one.
            if not any(isinstance(p, exp.SetProperty) for p in (props.expressions if props else [])):
                tdef.set_table = self.get(source).set_table
        elif isinstance(source, exp.Query) and infer is not None and not tdef.columns:
            for col in infer(source):
                tdef.columns[col.name.lower()] = col
        elif isinstance(source, exp.Query) and infer is not None:
            # CREATE TABLE t (a, b) AS (...): the names are listed, the types come from the query.
            listed = [c for c in schema.expressions if not isinstance(c, exp.ColumnDef)]
            if listed:
                inferred = infer(source)
                if len(inferred) == len(listed):
                    for ident, col in zip(listed, inferred):
                        tdef.columns[ident.name.lower()] = ColumnDef(ident.name, col.type, col.casespecific,
                                                                     col.not_null)
        self.add(tdef)

    def _learn_view(self, stmt: exp.Create, infer) -> None:
        """A view's columns keep the types and attributes of what it selects, so the rules that
        depend on them also apply to queries over the view."""
        schema = stmt.this
        view = schema.this if isinstance(schema, exp.Schema) else schema
        if not isinstance(view, exp.Table) or infer is None or not isinstance(stmt.expression, exp.Query):
            return
        columns = infer(stmt.expression)
        names = [c.name for c in schema.expressions] if isinstance(schema, exp.Schema) else []
        if names and len(names) == len(columns):
            columns = [ColumnDef(n, c.type, c.casespecific, c.not_null) for n, c in zip(names, columns)]
        tdef = TableDef(table_key(view), view=True)
        for col in columns:
            tdef.columns[col.name.lower()] = col
        self.add(tdef)


def dropped_tables(drop: exp.Drop) -> list[exp.Table]:
    tables = drop.args.get("tables") or ([drop.this] if drop.this is not None else [])
    return [t for t in tables if isinstance(t, exp.Table)]


def _has_prop(props, kind) -> bool:
    return bool(props) and any(isinstance(p, kind) for p in props.expressions)


def _is_set_table(props) -> bool:
    if not props:
        return False
    for p in props.expressions:
        if isinstance(p, exp.SetProperty):
            return not p.args.get("multi")
    return False


def _is_volatile(props) -> bool:
    return bool(props) and any(
        isinstance(p, (exp.VolatileProperty, exp.StabilityProperty)) and p.name.upper() == "VOLATILE"
        or isinstance(p, exp.VolatileProperty) for p in props.expressions)


def _column_def(col: exp.ColumnDef) -> ColumnDef:
    casespecific = None
    not_null = False
    identity = None
    for constraint in col.args.get("constraints") or []:
        kind = constraint.args.get("kind")
        if isinstance(kind, exp.CaseSpecificColumnConstraint):
            casespecific = not kind.args.get("not_")
        elif isinstance(kind, exp.NotNullColumnConstraint) and not kind.args.get("allow_null"):
            not_null = True
        elif isinstance(kind, exp.GeneratedAsIdentityColumnConstraint):
            identity = (_literal_int(kind.args.get("start"), 1), _literal_int(kind.args.get("increment"), 1))
    return ColumnDef(col.name, col.args["kind"], casespecific, not_null, identity)


def _unique_keys(create: exp.Create) -> list[list[str]]:
    keys = []
    for index in create.args.get("indexes") or []:
        params = index.args.get("params")
        if index.args.get("unique") and params is not None:
            keys.append([o.this.name if isinstance(o, exp.Ordered) else o.name
                         for o in params.args.get("columns") or []])
    schema = create.this
    for item in (schema.expressions if isinstance(schema, exp.Schema) else []):
        if isinstance(item, (exp.PrimaryKey, exp.UniqueColumnConstraint)):
            target = item.this if isinstance(item, exp.UniqueColumnConstraint) else item
            names = [e.name for e in (target.expressions if target is not None else [])]
            if names:
                keys.append(names)
        elif isinstance(item, exp.ColumnDef):
            for constraint in item.args.get("constraints") or []:
                if isinstance(constraint.args.get("kind"), (exp.PrimaryKeyColumnConstraint,
                                                            exp.UniqueColumnConstraint)):
                    keys.append([item.name])
    return [k for k in keys if k]


def _literal_int(node, default: int) -> int:
    if isinstance(node, exp.Neg):
        return -_literal_int(node.this, -default)
    return int(node.name) if isinstance(node, exp.Literal) and node.is_int else default


_TABLE_DDL = re.compile(r"\s*(CREATE|REPLACE|CT\b)\s*(SET\s+|MULTISET\s+)?(TABLE|CT\b)?", re.I)
_SESSION_TABLE = re.compile(r"\b(VOLATILE|GLOBAL\s+TEMPORARY)\b", re.I)


def repository_ddl(paths) -> str:
    """The permanent CREATE TABLE statements of many files, as one Teradata DDL text.

    Found by splitting statements only (no parsing), so it is cheap on large repositories."""
    from leapc.dialects.teradata.script import split_script

    parts = []
    for path in paths:
        try:
            text = Path(path).read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        for chunk in split_script(text):
            head = chunk.text[:200]
            if chunk.kind == "sql" and re.match(r"\s*(CREATE\s+((SET|MULTISET)\s+)?TABLE|CT)\b", head, re.I) \
                    and not _SESSION_TABLE.search(head):
                parts.append(chunk.text.strip() + ";")
    return "\n".join(parts)
