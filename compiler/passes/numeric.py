"""Numeric semantics: integer division, numeric-to-integer casts."""
from __future__ import annotations

from sqlglot import exp

from leapc.passes.assignment import stored_values
from leapc.passes.manager import PassContext, statement_pass, transform
from leapc.typing import (DATE_TYPES, DECIMAL_TYPES, FLOAT_TYPES, INTEGER_TYPES, STRING_TYPES, TIMESTAMP_TYPES,
                          is_kind, type_of)


@statement_pass("strings_in_arithmetic", order=295,
                purpose="Character data in arithmetic is converted to FLOAT in Teradata; the targets reject or mistype it",
                triggers=(exp.Add, exp.Sub, exp.Mul, exp.Div, exp.Mod))
def strings_in_arithmetic(expr: exp.Expression, ctx: PassContext):
    def rewrite(node):
        for key in ("this", "expression"):
            operand, other = node.args[key], node.args["expression" if key == "this" else "this"]
            if is_kind(type_of(operand, ctx.catalog), STRING_TYPES) \
                    and not is_kind(type_of(other, ctx.catalog), DATE_TYPES | TIMESTAMP_TYPES):
                node.set(key, exp.cast(operand, "DOUBLE"))
        return node
    return transform(expr, rewrite, exp.Add, exp.Sub, exp.Mul, exp.Div, exp.Mod)


@statement_pass("integer_division", order=300, targets={"pyspark"},
                purpose="INTEGER / INTEGER truncates toward zero in Teradata; Spark '/' is fractional, so use DIV",
                triggers=(exp.Div,))
def integer_division(expr: exp.Expression, ctx: PassContext):
    def rewrite(node):
        if isinstance(node, exp.Div):
            left, right = type_of(node.left, ctx.catalog), type_of(node.right, ctx.catalog)
            if is_kind(left, INTEGER_TYPES) and is_kind(right, INTEGER_TYPES):
                # Spark's DIV truncates toward zero (Java long division), like Teradata, but
                # returns BIGINT; Teradata keeps INTEGER, which INT-only Spark functions
                # (date_add, substring, lpad...) need.
                quotient = exp.IntDiv(this=node.left, expression=node.right)
                if exp.DataType.Type.BIGINT in (left.this, right.this):
                    return quotient
                return exp.cast(quotient, "INT")
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
                triggers=(exp.Insert, exp.Update, exp.Merge))
def store_decimal_in_integer(expr: exp.Expression, ctx: PassContext):
    for value, col in list(stored_values(expr, ctx)):
        if col.type.this in INTEGER_TYPES and is_kind(type_of(value, ctx.catalog), DECIMAL_TYPES | FLOAT_TYPES):
            value.replace(exp.cast(exp.Anonymous(this="TRUNC", expressions=[value.copy()]), col.type.copy()))
    return expr


def decimal_scale(node: exp.Expression, ctx: PassContext) -> int | None:
    """The scale Teradata gives a numeric expression (None when unknown or not exact)."""
    if isinstance(node, (exp.Paren, exp.Sum, exp.Min, exp.Max, exp.Abs, exp.Window)):
        # Aggregates and windows keep their argument's scale (SUM(DECIMAL(9,2)) is DECIMAL(p,2)).
        return decimal_scale(node.this, ctx)
    if isinstance(node, (exp.Coalesce, exp.Case)):
        values = [node.this, *node.expressions] if isinstance(node, exp.Coalesce) else \
            [i.args.get("true") for i in node.args.get("ifs") or []] + [node.args.get("default")]
        scales = [decimal_scale(v, ctx) for v in values if v is not None and not isinstance(v, exp.Null)]
        return None if not scales or None in scales else max(scales)
    if isinstance(node, exp.Literal) and not node.is_string:
        return len(node.name.split(".")[1]) if "." in node.name else 0
    if isinstance(node, exp.Neg):
        return decimal_scale(node.this, ctx)
    if isinstance(node, (exp.Add, exp.Sub, exp.Div)):
        left, right = decimal_scale(node.left, ctx), decimal_scale(node.right, ctx)
        return None if left is None or right is None else max(left, right)
    if isinstance(node, exp.Mul):
        left, right = decimal_scale(node.left, ctx), decimal_scale(node.right, ctx)
        return None if left is None or right is None else left + right
    t = type_of(node, ctx.catalog)
    if is_kind(t, INTEGER_TYPES):
        return 0
    if is_kind(t, DECIMAL_TYPES) and t.expressions:
        params = t.expressions
        return int(params[1].this.name) if len(params) > 1 else 0
    return None


@statement_pass("decimal_division_scale", order=305,
                purpose="DECIMAL division keeps the larger operand scale, rounded at each step, as Teradata does",
                triggers=(exp.Div,))
def decimal_division_scale(expr: exp.Expression, ctx: PassContext):
    def rewrite(node):
        if isinstance(node, exp.Div) and not node.meta.get("leapc_scaled"):
            left, right = type_of(node.left, ctx.catalog), type_of(node.right, ctx.catalog)
            exact = INTEGER_TYPES | DECIMAL_TYPES
            if not (is_kind(left, exact) and is_kind(right, exact)) or \
                    (is_kind(left, INTEGER_TYPES) and is_kind(right, INTEGER_TYPES)):
                return node
            scale = decimal_scale(node, ctx)
            if scale is None:
                return node
            node.meta["leapc_scaled"] = True
            return _half_even(node, scale, ctx.target)
        return node
    return transform(expr, rewrite, exp.Div)


@statement_pass("average_of_integers", order=330, targets={"redshift"},
                purpose="AVG of integers is fractional in Teradata; Redshift returns an integer: average a DOUBLE PRECISION",
                triggers=(exp.Avg,))
def average_of_integers(expr: exp.Expression, ctx: PassContext):
    def rewrite(node):
        if isinstance(node, exp.Avg) and is_kind(type_of(node.this, ctx.catalog), INTEGER_TYPES):
            node.set("this", exp.cast(node.this, "DOUBLE PRECISION"))
        return node
    return transform(expr, rewrite, exp.Avg)


@statement_pass("truncate_to_digits", order=340, targets={"pyspark"},
                purpose="TRUNC(n, d) keeps d digits toward zero; Spark has no numeric TRUNC with digits",
                triggers=(exp.Trunc, exp.Anonymous))
def truncate_to_digits(expr: exp.Expression, ctx: PassContext):
    from leapc.typing import DATE_TYPES, TIMESTAMP_TYPES

    def rewrite(node):
        if isinstance(node, exp.Trunc):
            value, digits = node.this, node.args.get("decimals")
        elif isinstance(node, exp.Anonymous) and node.name.upper() == "TRUNC" and node.expressions:
            value, digits = node.expressions[0], (node.expressions[1] if len(node.expressions) > 1 else None)
        else:
            return node
        if is_kind(type_of(value, ctx.catalog), DATE_TYPES | TIMESTAMP_TYPES):
            return node
        negative = isinstance(digits, exp.Neg)
        literal = digits.this if negative else digits
        if digits is not None and not (isinstance(literal, exp.Literal) and not literal.is_string):
            return node
        d = (-1 if negative else 1) * int(literal.name) if digits is not None else 0
        factor = exp.Literal.number(str(10 ** d) if d >= 0 else f"{10.0 ** d:.{-d}f}")
        scaled = exp.Mul(this=value.copy(), expression=factor) if d else value.copy()
        toward_zero = exp.Case(ifs=[exp.If(this=exp.GTE(this=value.copy(), expression=exp.Literal.number(0)),
                                           true=exp.Floor(this=scaled.copy()))], default=exp.Ceil(this=scaled))
        return exp.Div(this=toward_zero, expression=factor, typed=True) if d else toward_zero
    return transform(expr, rewrite, exp.Trunc, exp.Anonymous)


def _decimal_target_scale(dtype: exp.DataType) -> int | None:
    if dtype.this not in DECIMAL_TYPES:
        return None
    params = dtype.expressions
    if len(params) > 1:
        value = params[1].this if isinstance(params[1], exp.DataTypeParam) else params[1]
        return int(value.name) if isinstance(value, exp.Literal) and value.is_int else None
    return 0


def _half_even(value: exp.Expression, scale: int, target: str) -> exp.Expression:
    """Round to `scale` digits, halfway values to the even digit (Teradata's default)."""
    if target == "pyspark":
        return exp.Anonymous(this="BROUND", expressions=[value, exp.Literal.number(scale)])
    # Redshift's ROUND goes away from zero on halves: y = x * 10^s; on an exact half the even
    # neighbour is TRUNC(y) + MOD(TRUNC(y), 2) (MOD keeps the sign of y).
    factor = exp.Literal.number(10 ** scale)
    scaled = exp.paren(exp.Mul(this=value.copy(), expression=factor.copy())) if scale else value.copy()
    trunc = exp.Anonymous(this="TRUNC", expressions=[scaled.copy()])
    halfway = exp.EQ(this=exp.Abs(this=exp.Sub(this=scaled.copy(), expression=trunc.copy())),
                     expression=exp.Literal.number("0.5"))
    even = exp.Add(this=trunc.copy(), expression=exp.Mod(this=trunc.copy(), expression=exp.Literal.number(2)))
    even = exp.Div(this=exp.paren(even), expression=factor, typed=True) if scale else even
    return exp.Case(ifs=[exp.If(this=halfway, true=even)],
                    default=exp.Anonymous(this="ROUND", expressions=[value, exp.Literal.number(scale)]))


@statement_pass("decimal_half_even", order=860,
                purpose="Narrowing a DECIMAL's scale rounds halfway values to even in Teradata (the targets round them away from zero)",
                triggers=(exp.Cast, exp.Insert, exp.Update, exp.Merge))
def decimal_half_even(expr: exp.Expression, ctx: PassContext):
    def narrowed(value: exp.Expression, dtype: exp.DataType) -> bool:
        target = _decimal_target_scale(dtype)
        source = decimal_scale(value, ctx)
        return target is not None and source is not None and source > target

    for cast in list(expr.find_all(exp.Cast)):
        if narrowed(cast.this, cast.to):
            cast.set("this", _half_even(cast.this, _decimal_target_scale(cast.to), ctx.target))
    for value, col in list(stored_values(expr, ctx)):
        if narrowed(value, col.type):
            value.replace(_half_even(value.copy(), _decimal_target_scale(col.type), ctx.target))
    return expr
