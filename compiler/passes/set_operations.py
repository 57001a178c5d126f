"""Set operations: in Teradata the first SELECT of a UNION/INTERSECT/EXCEPT decides every result
column's type.  Later branches are converted to it, so a longer string is cut to the first
branch's length and a decimal under an INTEGER first branch loses its fraction.  PostgreSQL,
Redshift and Spark widen to a common type instead, so the conversions are written out."""
from __future__ import annotations

from sqlglot import exp

from leapc.passes.assignment import max_string_length, select_items, string_family
from leapc.passes.manager import PassContext, statement_pass
from leapc.passes.numeric import decimal_scale
from leapc.typing import (DATE_TYPES, DECIMAL_TYPES, FLOAT_TYPES, INTEGER_TYPES, TIMESTAMP_TYPES, dtype,
                          is_kind, type_of)


def set_operation_branches(query: exp.Expression) -> list[exp.Expression]:
    """The SELECTs a chain of set operations combines, first branch first (parenthesized chains
    are part of the same result)."""
    if isinstance(query, exp.SetOperation):
        return set_operation_branches(query.this) + set_operation_branches(query.expression)
    if isinstance(query, exp.Subquery) and isinstance(query.this, exp.SetOperation) \
            and not query.this.args.get("order") and not query.this.args.get("limit"):
        return set_operation_branches(query.this)
    while isinstance(query, exp.Subquery):
        query = query.this
    return [query]


def _value(item: exp.Expression) -> exp.Expression:
    return item.this if isinstance(item, exp.Alias) else item


def _converted(first: exp.Expression, later: exp.Expression, ctx: PassContext) -> exp.Expression | None:
    """`later` converted to the type of `first`, or None when nothing changes."""
    first_type = type_of(first, ctx.catalog) if not isinstance(first, exp.Null) else dtype("INT")
    later_type = type_of(later, ctx.catalog)
    if isinstance(later, exp.Null):
        return None
    if string_family(first_type) and string_family(later_type):
        length = max_string_length(first, ctx)
        later_length = max_string_length(later, ctx)
        if length is not None and (later_length is None or later_length > length):
            return exp.Substring(this=later.copy(), start=exp.Literal.number(1), length=exp.Literal.number(length))
        return None
    if is_kind(first_type, INTEGER_TYPES) and is_kind(later_type, DECIMAL_TYPES | FLOAT_TYPES):
        return exp.cast(later.copy(), first_type.copy() if first_type.this != exp.DataType.Type.UNKNOWN else "INT")
    if is_kind(first_type, DECIMAL_TYPES) and is_kind(later_type, DECIMAL_TYPES | FLOAT_TYPES):
        scale, later_scale = decimal_scale(first, ctx), decimal_scale(later, ctx)
        if scale is not None and (later_scale is None or later_scale > scale):
            return exp.cast(later.copy(), exp.DataType.build(f"DECIMAL(38, {scale})"))
        return None
    if is_kind(first_type, DATE_TYPES) and is_kind(later_type, TIMESTAMP_TYPES):
        return exp.cast(later.copy(), "DATE")
    return None


@statement_pass("set_operation_types", order=290,
                purpose="Later UNION/INTERSECT/EXCEPT branches take the first SELECT's types (strings cut to its length, decimals to its integer or scale)",
                triggers=(exp.SetOperation,))
def set_operation_types(expr: exp.Expression, ctx: PassContext):
    for root in list(expr.find_all(exp.SetOperation)):
        if isinstance(root.parent, exp.SetOperation) or (
                isinstance(root.parent, exp.Subquery) and isinstance(root.parent.parent, exp.SetOperation)):
            continue  # handled with the chain it belongs to
        branches = set_operation_branches(root)
        first = select_items(branches[0])
        if not first:
            continue
        for branch in branches[1:]:
            items = select_items(branch)
            if len(items) != len(first):
                continue
            for first_item, item in zip(first, items):
                converted = _converted(_value(first_item), _value(item), ctx)
                if converted is not None:
                    _value(item).replace(converted)
    return expr
