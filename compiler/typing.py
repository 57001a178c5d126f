"""Teradata type inference over sqlglot trees, from the catalog the script's DDL built.

Only what rewrites need: is this operand an integer, a decimal, a date, a string; is this
column NOT CASESPECIFIC.  Unknown stays None and type-dependent rewrites then do nothing
(and say so)."""
from __future__ import annotations

from functools import lru_cache

from sqlglot import exp

from leapc.catalog import Catalog, ColumnDef
from leapc.dialects.teradata.sqlglot_dialect import CaseSpecificity

DT = exp.DataType.Type
INTEGER_TYPES = {DT.TINYINT, DT.SMALLINT, DT.INT, DT.BIGINT}
DECIMAL_TYPES = {DT.DECIMAL, DT.BIGDECIMAL}
FLOAT_TYPES = {DT.FLOAT, DT.DOUBLE}
STRING_TYPES = {DT.CHAR, DT.VARCHAR, DT.NCHAR, DT.NVARCHAR, DT.TEXT}
DATE_TYPES = {DT.DATE}
TIMESTAMP_TYPES = {DT.TIMESTAMP, DT.TIMESTAMPTZ, DT.TIMESTAMPLTZ, DT.TIMESTAMPNTZ, DT.DATETIME}


@lru_cache(maxsize=None)
def dtype(kind: str) -> exp.DataType:
    """A shared DataType for inference results: read it, copy it before putting it in a tree."""
    return exp.DataType.build(kind)


def is_kind(t: exp.DataType | None, kinds) -> bool:
    return t is not None and t.this in kinds


# ----------------------------------------------------------------------------- scopes


def _sources(select: exp.Select, catalog: Catalog) -> dict[str, dict[str, ColumnDef]]:
    """alias (or table name) -> columns, for the FROM and JOIN items of one SELECT.

    Cached per SELECT node in the catalog; the pass manager clears the cache between passes,
    since a pass may reshape FROM clauses."""
    hit = catalog.source_cache.get(id(select))
    if hit is not None and hit[0] is select:
        return hit[1]
    result = _compute_sources(select, catalog)
    catalog.source_cache[id(select)] = (select, result)
    return result


def _compute_sources(select: exp.Select, catalog: Catalog) -> dict[str, dict[str, ColumnDef]]:
    sources: dict[str, dict[str, ColumnDef]] = {}
    items = []
    frm = select.args.get("from_")
    if frm is not None:
        items.append(frm.this)
    items.extend(j.this for j in select.args.get("joins") or [])
    for item in items:
        if isinstance(item, exp.Table):
            cols = _table_columns(item, select, catalog)
            if cols is not None:
                sources[(item.alias or item.name).lower()] = cols
        elif isinstance(item, exp.Subquery) and isinstance(item.this, exp.Query):
            cols = {c.name.lower(): c for c in infer_column_defs(item.this, catalog)}
            sources[item.alias.lower()] = cols
    return sources


def _table_columns(table: exp.Table, node: exp.Expression, catalog: Catalog):
    tdef = catalog.get(table)
    if tdef is not None:
        return tdef.columns
    if not table.db:
        cte = _find_cte(node, table.name)
        if cte is not None:
            names = [c.name for c in (cte.args.get("alias").columns if cte.args.get("alias") else [])]
            inferred = infer_column_defs(_anchor(cte.this), catalog)
            if names and len(names) == len(inferred):
                inferred = [ColumnDef(n, c.type, c.casespecific, c.not_null) for n, c in zip(names, inferred)]
            return {c.name.lower(): c for c in inferred}
    return None


def _anchor(query: exp.Expression) -> exp.Expression:
    # A recursive CTE's column types are those of its non-recursive first branch.
    while isinstance(query, exp.Union):
        query = query.this
    return query


def _find_cte(node: exp.Expression, name: str):
    while node is not None:
        with_ = node.args.get("with_") if isinstance(node, exp.Expression) else None
        if with_ is not None:
            for cte in with_.expressions:
                if cte.alias_or_name.lower() == name.lower():
                    return cte
        node = node.parent
    return None


def enclosing_select(node: exp.Expression) -> exp.Select | None:
    parent = node.parent
    while parent is not None and not isinstance(parent, exp.Select):
        parent = parent.parent
    return parent


def _is_derived_table(select: exp.Select) -> bool:
    node = select.parent
    while isinstance(node, (exp.Subquery, exp.SetOperation)):
        node = node.parent
    return isinstance(node, (exp.From, exp.Join, exp.CTE, exp.Create, exp.Insert)) or node is None


def column_def(column: exp.Column, catalog: Catalog) -> ColumnDef | None:
    """The declared column a reference points to, looking through enclosing queries."""
    select = enclosing_select(column)
    while select is not None:
        sources = _sources(select, catalog)
        name = column.name.lower()
        if column.table:
            cols = sources.get(column.table.lower())
            if cols is not None:
                return cols.get(name)
        else:
            hits = [cols[name] for cols in sources.values() if name in cols]
            if hits:
                return hits[0]
        if _is_derived_table(select):
            break  # a derived table cannot see its outer query's columns
        select = enclosing_select(select)
    # UPDATE/DELETE/MERGE targets are not SELECTs: look at the DML's own tables.
    # (A MERGE's WHEN ... THEN UPDATE is an Update node without tables: the MERGE has them.)
    dml = column.find_ancestor(exp.Merge) or column.find_ancestor(exp.Update, exp.Delete)
    if dml is not None:
        for table in dml.find_all(exp.Table):
            tdef = catalog.get(table)
            if tdef is None:
                continue
            if column.table and column.table.lower() not in {table.name.lower(), (table.alias or "").lower()}:
                continue
            col = tdef.column(column.name)
            if col is not None:
                return col
    return None


# ----------------------------------------------------------------------------- expressions


def type_of(node: exp.Expression, catalog: Catalog) -> exp.DataType | None:
    """The Teradata type of an expression, or None when it cannot be known."""
    if isinstance(node, exp.Paren):
        return type_of(node.this, catalog)
    if isinstance(node, exp.Column):
        col = column_def(node, catalog)
        return col.type if col else None
    if isinstance(node, exp.Literal):
        if node.is_string:
            return dtype("VARCHAR")
        return dtype("INT") if node.is_int else dtype("DECIMAL")
    if isinstance(node, (exp.Cast, exp.TryCast)):
        return node.to
    if isinstance(node, exp.Null):
        return None
    if isinstance(node, exp.Neg):
        return type_of(node.this, catalog)
    if isinstance(node, (exp.Add, exp.Sub, exp.Mul, exp.Div, exp.Mod)):
        return _arithmetic_type(node, catalog)
    if isinstance(node, exp.Pow):
        return dtype("DOUBLE")
    if isinstance(node, (exp.AddMonths, exp.DateAdd, exp.DateSub)):
        # ADD_MONTHS(timestamp, n) keeps the time of day: the result has the argument's type.
        return dtype("TIMESTAMP") if is_kind(type_of(node.this, catalog), TIMESTAMP_TYPES) else dtype("DATE")
    if isinstance(node, (exp.Trunc, exp.DateTrunc)):
        return _truncated_type(node, catalog)
    if isinstance(node, (exp.StrToDate, exp.LastDay, exp.CurrentDate, exp.TsOrDsToDate, exp.NextDay)):
        return dtype("DATE")
    if isinstance(node, (exp.CurrentTimestamp, exp.StrToTime)):
        return dtype("TIMESTAMP")
    if isinstance(node, (exp.Count, exp.RowNumber, exp.Rank, exp.DenseRank, exp.Length, exp.Extract,
                         exp.StrPosition)):
        return dtype("INT")
    if isinstance(node, exp.Sum):
        inner = type_of(node.this, catalog)
        return inner if is_kind(inner, INTEGER_TYPES | DECIMAL_TYPES | FLOAT_TYPES) else None
    if isinstance(node, (exp.Avg, exp.MonthsBetween)):
        return dtype("DOUBLE")
    if isinstance(node, (exp.Lag, exp.Lead, exp.FirstValue, exp.LastValue, exp.NthValue, exp.IgnoreNulls,
                         exp.RespectNulls)):
        return type_of(node.this, catalog)
    if isinstance(node, CaseSpecificity):
        return type_of(node.this, catalog)
    if isinstance(node, (exp.Min, exp.Max, exp.Abs, exp.Window, exp.Coalesce, exp.Nullif, exp.Greatest,
                         exp.Least, exp.Trim, exp.Upper, exp.Lower, exp.Substring, exp.Anonymous,
                         exp.Concat, exp.DPipe)):
        return _passthrough_type(node, catalog)
    if isinstance(node, exp.Case):
        for branch in node.args.get("ifs") or []:
            t = type_of(branch.args.get("true"), catalog)
            if t is not None:
                return t
        default = node.args.get("default")
        return type_of(default, catalog) if default is not None else None
    if isinstance(node, exp.Subquery) and isinstance(node.this, exp.Query):
        cols = infer_query_columns(node.this, catalog)
        return cols[0][1] if len(cols) == 1 else None
    if isinstance(node, (exp.Predicate, exp.Connector, exp.Not)):
        return dtype("BOOLEAN")
    return None


_STRING_RESULT = {"OREPLACE", "OTRANSLATE", "STRTOK", "LPAD", "RPAD", "TRANSLATE", "REPLACE", "TO_CHAR",
                  "DATE_FORMAT"}
_INT_RESULT = {"INDEX", "CHARACTERS", "CHARS", "CHARACTER_LENGTH", "CHAR_LENGTH", "INSTR"}
_DATE_RESULT = {"TO_DATE"}
_TIMESTAMP_RESULT = {"TO_TIMESTAMP", "TO_TIMESTAMP_NTZ"}


def _passthrough_type(node: exp.Expression, catalog: Catalog) -> exp.DataType | None:
    if isinstance(node, exp.Anonymous):
        name = node.name.upper()
        if name in _STRING_RESULT:
            return dtype("VARCHAR")
        if name in _INT_RESULT:
            return dtype("INT")
        if name in _DATE_RESULT:
            return dtype("DATE")
        if name in _TIMESTAMP_RESULT:
            return dtype("TIMESTAMP")
        if name == "TO_NUMBER":
            return dtype("DECIMAL")
        if name in {"ZEROIFNULL", "NULLIFZERO", "TRUNC"} and node.expressions:
            return type_of(node.expressions[0], catalog)
        return None
    if isinstance(node, (exp.Concat, exp.DPipe, exp.Upper, exp.Lower, exp.Trim, exp.Substring)):
        return dtype("VARCHAR")
    if isinstance(node, exp.Window):
        return type_of(node.this, catalog)
    args = [node.this, *(node.expressions or [])] if node.this is not None else list(node.expressions or [])
    for arg in args:
        if isinstance(arg, exp.Expression):
            t = type_of(arg, catalog)
            if t is not None:
                return t
    return None


def _truncated_type(node: exp.Expression, catalog: Catalog) -> exp.DataType | None:
    """TRUNC(date, 'MM') is a DATE (a TIMESTAMP stays one, as the targets' truncation keeps it);
    DATE_TRUNC (a target function) is a TIMESTAMP; a numeric TRUNC is left unknown here."""
    inner = type_of(node.this, catalog) if node.this is not None else None
    if not is_kind(inner, DATE_TYPES | TIMESTAMP_TYPES):
        return None
    if isinstance(node, exp.DateTrunc):
        return dtype("TIMESTAMP")
    unit = node.args.get("decimals")
    return inner if isinstance(unit, exp.Literal) and unit.is_string else None


def _arithmetic_type(node: exp.Binary, catalog: Catalog) -> exp.DataType | None:
    left, right = type_of(node.left, catalog), type_of(node.right, catalog)
    if left is None or right is None:
        return None
    if isinstance(node, exp.Sub) and is_kind(left, DATE_TYPES) and is_kind(right, DATE_TYPES):
        return dtype("INT")
    if isinstance(node, (exp.Add, exp.Sub)) and is_kind(left, DATE_TYPES) and is_kind(right, INTEGER_TYPES):
        return dtype("DATE")
    if isinstance(node, exp.Add) and is_kind(right, DATE_TYPES) and is_kind(left, INTEGER_TYPES):
        return dtype("DATE")
    if is_kind(left, FLOAT_TYPES) or is_kind(right, FLOAT_TYPES):
        return dtype("DOUBLE")
    if is_kind(left, DECIMAL_TYPES) or is_kind(right, DECIMAL_TYPES):
        return dtype("DECIMAL")
    if is_kind(left, INTEGER_TYPES) and is_kind(right, INTEGER_TYPES):
        bigger = max(left, right, key=lambda t: [DT.TINYINT, DT.SMALLINT, DT.INT, DT.BIGINT].index(t.this))
        return dtype("BIGINT") if bigger.this == DT.BIGINT else dtype("INT")
    return None


def infer_query_columns(query: exp.Expression, catalog: Catalog) -> list[tuple[str, exp.DataType | None]]:
    """Output columns of a query: (name, type) in order; `*` expands where the source is known."""
    while isinstance(query, exp.Subquery):
        query = query.this
    if isinstance(query, exp.SetOperation):
        return infer_query_columns(query.this, catalog)
    if not isinstance(query, exp.Select):
        return []
    out: list[tuple[str, exp.DataType | None]] = []
    for i, projection in enumerate(query.expressions):
        if isinstance(projection, exp.Star) or (isinstance(projection, exp.Column) and projection.is_star):
            for cols in _sources(query, catalog).values():
                out.extend((c.name, c.type) for c in cols.values())
            continue
        name = projection.alias_or_name or f"col_{i + 1}"
        inner = projection.this if isinstance(projection, exp.Alias) else projection
        out.append((name, type_of(inner, catalog)))
    return out


def infer_column_defs(query: exp.Expression, catalog: Catalog) -> list[ColumnDef]:
    """Output columns of a query with the attributes a bare column keeps through a derived
    table, CTE or view (CASESPECIFIC, NOT NULL) besides its type."""
    columns = infer_query_columns(query, catalog)
    first = query
    while isinstance(first, (exp.Subquery, exp.SetOperation)):
        first = first.this
    items = first.expressions if isinstance(first, exp.Select) else []
    if len(items) != len(columns) or any(isinstance(i, exp.Star) or (isinstance(i, exp.Column) and i.is_star)
                                         for i in items):
        return [ColumnDef(name, t) for name, t in columns]
    out = []
    for (name, t), item in zip(columns, items):
        value = item.this if isinstance(item, exp.Alias) else item
        casespecific, not_null = None, False
        if isinstance(value, CaseSpecificity):
            casespecific = not value.args["blind"]
        elif isinstance(value, exp.Column):
            source = column_def(value, catalog)
            if source is not None:
                casespecific, not_null = source.casespecific, source.not_null
        out.append(ColumnDef(name, t, casespecific, not_null))
    return out
