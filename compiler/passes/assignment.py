"""Storing values: Teradata converts what an INSERT stores to the column's type (character to
number or date, number to character) and, in a Teradata-mode session, silently truncates
character data longer than the column.  PostgreSQL/Redshift reject both, and Spark's ANSI
store assignment rejects the conversions, so the conversions and truncations are written out."""
from __future__ import annotations

from sqlglot import exp

from leapc.catalog import named_table
from leapc.passes.manager import PassContext, statement_pass
from leapc.typing import (DATE_TYPES, DECIMAL_TYPES, FLOAT_TYPES, INTEGER_TYPES, STRING_TYPES,
                          TIMESTAMP_TYPES, is_kind, type_of)

NUMERIC = INTEGER_TYPES | DECIMAL_TYPES | FLOAT_TYPES
TEMPORAL = DATE_TYPES | TIMESTAMP_TYPES


def _family(t: exp.DataType | None) -> str | None:
    if is_kind(t, STRING_TYPES):
        return "string"
    if is_kind(t, NUMERIC):
        return "number"
    if is_kind(t, TEMPORAL):
        return "temporal"
    return None


def string_family(t: exp.DataType | None) -> bool:
    return _family(t) == "string"


def declared_length(t: exp.DataType) -> int | None:
    """n of a CHAR(n)/VARCHAR(n) type, when stated."""
    if t.this in STRING_TYPES and t.expressions:
        param = t.expressions[0]
        value = param.this if isinstance(param, exp.DataTypeParam) else param
        if isinstance(value, exp.Literal) and value.is_int:
            return int(value.name)
    return None


def max_string_length(node: exp.Expression, ctx: PassContext) -> int | None:
    """The most characters a string expression can hold, when it can be known."""
    if isinstance(node, exp.Null):
        return 0
    if isinstance(node, exp.Literal):
        return len(node.name)
    if isinstance(node, exp.Cast):
        return declared_length(node.to) or max_string_length(node.this, ctx)
    if isinstance(node, (exp.Upper, exp.Lower, exp.Trim, exp.Min, exp.Max, exp.Paren)):
        return max_string_length(node.this, ctx)
    if isinstance(node, exp.Coalesce):
        lengths = [max_string_length(a, ctx) for a in [node.this, *node.expressions]]
        return None if None in lengths else max(lengths)
    if isinstance(node, exp.Case):
        branches = [i.args.get("true") for i in node.args.get("ifs") or []]
        if node.args.get("default") is not None:
            branches.append(node.args["default"])
        lengths = [max_string_length(b, ctx) for b in branches]
        return None if None in lengths or not lengths else max(lengths)
    if isinstance(node, exp.Substring) and isinstance(node.args.get("length"), exp.Literal):
        return int(node.args["length"].name) if node.args["length"].is_int else None
    if isinstance(node, exp.DPipe):
        left, right = max_string_length(node.this, ctx), max_string_length(node.expression, ctx)
        return None if left is None or right is None else left + right
    t = type_of(node, ctx.catalog)
    return declared_length(t) if t is not None else None


def _store(value: exp.Expression, column_type: exp.DataType, ctx: PassContext) -> exp.Expression:
    source_type = type_of(value, ctx.catalog)
    target, source = _family(column_type), _family(source_type)
    if target and source and target != source and not (source == "number" and target == "temporal"):
        # number -> DATE is Teradata's integer date encoding (integer_into_date_column).
        return exp.cast(value, column_type.copy())
    length = declared_length(column_type)
    if ctx.options.get("session_mode", "teradata") == "teradata" and target == "string" and length \
            and (source == "string" or isinstance(value, exp.Literal)):
        if isinstance(value, exp.Literal) and value.is_string:
            return exp.Literal.string(value.name[:length]) if len(value.name) > length else value
        source_length = max_string_length(value, ctx)
        if source_length is None or source_length > length:
            return exp.Substring(this=value.copy(), start=exp.Literal.number(1), length=exp.Literal.number(length))
    if ctx.target == "redshift" and target == "string" and column_type.this in (exp.DataType.Type.VARCHAR,
                                                                               exp.DataType.Type.NVARCHAR):
        from leapc.passes.strings import fixed_char_length
        pads = fixed_char_length(value, ctx)
        if pads:
            # A CHAR(n) value keeps its pad blanks in a VARCHAR column; Redshift strips them.
            return exp.Anonymous(this="RPAD", expressions=[value.copy(), exp.Literal.number(min(pads, length or pads))])
    return value


def insert_rows(source: exp.Expression) -> list[list[exp.Expression]]:
    """The value expressions an INSERT stores, row by row (VALUES rows, or the select lists of
    every branch of an INSERT ... SELECT); `SELECT *` gives none."""
    if isinstance(source, exp.Values):
        return [list(row.expressions) for row in source.expressions]
    query = source.this if isinstance(source, exp.Subquery) else source
    rows = []
    while isinstance(query, exp.SetOperation):
        rows.append(select_items(query.expression))
        query = query.this
    rows.append(select_items(query))
    return rows


def select_items(query: exp.Expression) -> list[exp.Expression]:
    """A SELECT's items, or none when it is not a SELECT or selects `*` / `t.*`."""
    while isinstance(query, exp.Subquery):
        query = query.this
    if isinstance(query, exp.Select) and not any(
            isinstance(p, exp.Star) or (isinstance(p, exp.Column) and p.is_star) for p in query.expressions):
        return list(query.expressions)
    return []


def _assigned(assignments, tdef):
    for assignment in assignments:
        if isinstance(assignment, exp.EQ) and isinstance(assignment.this, exp.Column):
            col = tdef.column(assignment.this.name)
            if col is not None:
                yield assignment.expression, col


def _merge_values(merge: exp.Merge, tdef):
    whens = merge.args.get("whens")
    for when in (whens.expressions if whens else []):
        then = when.args.get("then")
        if isinstance(then, exp.Update):
            yield from _assigned(then.expressions, tdef)
        elif isinstance(then, exp.Insert) and isinstance(then.expression, exp.Tuple):
            names = [c.name for c in then.this.expressions] if isinstance(then.this, exp.Tuple) \
                else list(tdef.columns)
            for name, value in zip(names, then.expression.expressions):
                col = tdef.column(name)
                if col is not None:
                    yield value, col


def stored_values(expr: exp.Expression, ctx: PassContext):
    """(value expression, target ColumnDef) for every value an INSERT, UPDATE or MERGE stores
    into a known table."""
    if isinstance(expr, exp.Update):
        from leapc.passes.dml import update_target
        target = update_target(expr)
        tdef = ctx.catalog.get(target) if isinstance(target, exp.Table) else None
        if tdef is not None:
            yield from _assigned(list(expr.expressions), tdef)
        return
    if isinstance(expr, exp.Merge):
        tdef = ctx.catalog.get(expr.this) if isinstance(expr.this, exp.Table) else None
        if tdef is not None:
            yield from _merge_values(expr, tdef)
        return
    if not isinstance(expr, exp.Insert) or expr.expression is None:
        return
    target = named_table(expr)
    tdef = ctx.catalog.get(target) if isinstance(target, exp.Table) else None
    if tdef is None:
        return
    names = [c.name for c in expr.this.expressions] if isinstance(expr.this, exp.Schema) else list(tdef.columns)
    for values in insert_rows(expr.expression):
        for i, item in enumerate(values):
            col = tdef.column(names[i]) if i < len(names) else None
            if col is not None:
                yield (item.this if isinstance(item, exp.Alias) else item), col


@statement_pass("assignment_conversions", order=850,
                purpose="INSERT, UPDATE and MERGE convert values to the column types (character <-> number/date) and truncate long character data, as Teradata does",
                triggers=(exp.Insert, exp.Update, exp.Merge))
def assignment_conversions(expr: exp.Expression, ctx: PassContext):
    for value, col in list(stored_values(expr, ctx)):
        stored = _store(value, col.type, ctx)
        if stored is not value:
            value.replace(stored)
    return expr


def _null_check(value: exp.Expression, column: str) -> exp.Expression:
    # Spark's file tables accept NULL in NOT NULL columns; RAISE_ERROR fails the statement as
    # Teradata does (the runtime maps the NOT_NULL text to the Teradata error code).
    fail = exp.Anonymous(this="RAISE_ERROR",
                         expressions=[exp.Literal.string(f"NOT_NULL: NULL stored in NOT NULL column {column}")])
    return exp.Case(ifs=[exp.If(this=exp.Is(this=value.copy(), expression=exp.null()), true=fail)], default=value.copy())


@statement_pass("not_null_columns", order=880, targets={"pyspark"},
                purpose="Storing NULL into a NOT NULL column fails the statement; Spark's file tables would store it",
                triggers=(exp.Insert, exp.Update, exp.Merge))
def not_null_columns(expr: exp.Expression, ctx: PassContext):
    for value, col in list(stored_values(expr, ctx)):
        # A constant without NULL in it cannot store NULL (and Spark evaluates no RAISE_ERROR
        # inside a VALUES list).
        if col.not_null and value.find(exp.Column, exp.Subquery, exp.Null) is not None:
            value.replace(_null_check(value, col.name))
    return expr
