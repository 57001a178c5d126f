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
