"""Numeric semantics: integer division, numeric-to-integer casts."""
from __future__ import annotations

from sqlglot import exp

from leapc.passes.manager import PassContext, statement_pass, transform
from leapc.typing import DECIMAL_TYPES, FLOAT_TYPES, INTEGER_TYPES, is_kind, type_of


@statement_pass("integer_division", order=300, targets={"pyspark"},
                purpose="INTEGER / INTEGER truncates toward zero in Teradata; Spark '/' is fractional, so use DIV",
                triggers=(exp.Div,))
def integer_division(expr: exp.Expression, ctx: PassContext):
    def rewrite(node):
        if isinstance(node, exp.Div):
            left, right = type_of(node.left, ctx.catalog), type_of(node.right, ctx.catalog)
            if is_kind(left, INTEGER_TYPES) and is_kind(right, INTEGER_TYPES):
                # Spark's DIV truncates toward zero (Java long division), like Teradata.
                return exp.IntDiv(this=node.left, expression=node.right)
        return node
    return transform(expr, rewrite, exp.Div)


@statement_pass("cast_to_integer_truncates", order=310, targets={"redshift"},
                purpose="CAST(decimal or float AS INTEGER) truncates in Teradata but rounds on Redshift: TRUNC first",
                triggers=(exp.Cast,))
def cast_to_integer_truncates(expr: exp.Expression, ctx: PassContext):
    def rewrite(node):
        if isinstance(node, exp.Cast) and node.to.this in INTEGER_TYPES:
            source = type_of(node.this, ctx.catalog)
            if is_kind(source, DECIMAL_TYPES | FLOAT_TYPES):
                node.set("this", exp.Anonymous(this="TRUNC", expressions=[node.this]))
        return node
    return transform(expr, rewrite, exp.Cast)


@statement_pass("store_decimal_in_integer", order=320, targets={"redshift"},
                purpose="A decimal stored into an INTEGER column is truncated in Teradata but rounded by Redshift: TRUNC it",
                triggers=(exp.Insert,))
def store_decimal_in_integer(expr: exp.Expression, ctx: PassContext):
    if not isinstance(expr, exp.Insert):
        return expr
    target = expr.this.this if isinstance(expr.this, exp.Schema) else expr.this
    tdef = ctx.catalog.get(target) if isinstance(target, exp.Table) else None
    if tdef is None:
        return expr
    names = [c.name for c in expr.this.expressions] if isinstance(expr.this, exp.Schema) else list(tdef.columns)
    rows = []
    source = expr.expression
    if isinstance(source, exp.Values):
        rows = [row.expressions for row in source.expressions]
    else:
        query = source.this if isinstance(source, exp.Subquery) else source
        while isinstance(query, exp.SetOperation):
            rows.append(_projections(query.expression))
            query = query.this
        rows.append(_projections(query))
    for values in rows:
        for i, value in enumerate(values):
            col = tdef.column(names[i]) if i < len(names) else None
            item = value.this if isinstance(value, exp.Alias) else value
            if col is not None and col.type.this in INTEGER_TYPES \
                    and is_kind(type_of(item, ctx.catalog), DECIMAL_TYPES | FLOAT_TYPES):
                item.replace(exp.cast(exp.Anonymous(this="TRUNC", expressions=[item.copy()]), col.type.copy()))
    return expr


def _projections(query: exp.Expression) -> list[exp.Expression]:
    while isinstance(query, exp.Subquery):
        query = query.this
    return list(query.expressions) if isinstance(query, exp.Select) else []
