"""Date semantics: DATE - DATE, ADD_MONTHS, NEXT_DAY, MONTHS_BETWEEN and Teradata's integer
date encoding ((year - 1900) * 10000 + month * 100 + day)."""
from __future__ import annotations

import datetime as dt

from sqlglot import exp

from leapc.diagnostics import Severity
from leapc.dialects.teradata.sqlglot_dialect import IntervalDifference
from leapc.catalog import named_table
from leapc.passes.manager import PassContext, statement_pass, transform
from leapc.typing import DATE_TYPES, INTEGER_TYPES, is_kind, type_of

_DAYS = {"SUN": 0, "MON": 1, "TUE": 2, "WED": 3, "THU": 4, "FRI": 5, "SAT": 6}


def _extract(part: str, node: exp.Expression) -> exp.Expression:
    return exp.Extract(this=exp.var(part), expression=node.copy())


def _int(node: exp.Expression) -> exp.Expression:
    return exp.cast(node, "INT")


@statement_pass("date_minus_date", order=400, targets={"pyspark"},
                purpose="DATE - DATE is an integer day count in Teradata; Spark returns an interval: DATEDIFF",
                triggers=(exp.Sub,))
def date_minus_date(expr: exp.Expression, ctx: PassContext):
    def rewrite(node):
        if isinstance(node, exp.Sub):
            left, right = type_of(node.left, ctx.catalog), type_of(node.right, ctx.catalog)
            if is_kind(left, DATE_TYPES) and is_kind(right, DATE_TYPES):
                return exp.Anonymous(this="DATEDIFF", expressions=[node.left, node.right])
        return node
    return transform(expr, rewrite, exp.Sub)


@statement_pass("add_months_clamps", order=410, targets={"redshift"},
                purpose="ADD_MONTHS clamps to the month end but never snaps to it; Redshift's snaps: DATEADD(month)",
                triggers=(exp.AddMonths,))
def add_months_clamps(expr: exp.Expression, ctx: PassContext):
    def rewrite(node):
        if isinstance(node, exp.AddMonths):
            added = exp.DateAdd(this=node.this, expression=node.expression, unit=exp.var("MONTH"))
            return exp.cast(added, "DATE")
        return node
    return transform(expr, rewrite, exp.AddMonths)


@statement_pass("next_day_strictly_later", order=420, targets={"redshift"},
                purpose="NEXT_DAY(d, day) is the first such weekday strictly after d, by day-of-week arithmetic",
                triggers=(exp.NextDay, exp.Anonymous))
def next_day_strictly_later(expr: exp.Expression, ctx: PassContext):
    def rewrite(node):
        if isinstance(node, (exp.NextDay, exp.Anonymous)) and (
                not isinstance(node, exp.Anonymous) or node.name.upper() == "NEXT_DAY"):
            args = [node.this, node.expression] if isinstance(node, exp.NextDay) else node.expressions
            if len(args) != 2 or not (isinstance(args[1], exp.Literal) and args[1].is_string):
                return node
            target = _DAYS.get(args[1].name.strip().upper()[:3])
            if target is None:
                return node
            current = _int(_extract("DOW", args[0]))
            # 1..7 days ahead: (target - current + 6) mod 7 + 1
            delta = exp.Add(this=exp.Mod(this=exp.paren(exp.Add(
                this=exp.Sub(this=exp.Literal.number(target), expression=current),
                expression=exp.Literal.number(13))), expression=exp.Literal.number(7)),
                expression=exp.Literal.number(1))
            return exp.Add(this=args[0].copy(), expression=exp.paren(delta))
        return node
    return transform(expr, rewrite, exp.NextDay, exp.Anonymous)


@statement_pass("months_between", order=430, targets={"redshift"},
                purpose="MONTHS_BETWEEN: whole months for same day or both month ends, else day difference / 31",
                triggers=(exp.MonthsBetween, exp.Anonymous))
def months_between(expr: exp.Expression, ctx: PassContext):
    def rewrite(node):
        if isinstance(node, exp.MonthsBetween) or (isinstance(node, exp.Anonymous)
                                                   and node.name.upper() == "MONTHS_BETWEEN"):
            a, b = (node.this, node.expression) if isinstance(node, exp.MonthsBetween) else node.expressions[:2]
            whole = exp.Add(
                this=exp.Mul(this=exp.paren(exp.Sub(this=_extract("YEAR", a), expression=_extract("YEAR", b))),
                             expression=exp.Literal.number(12)),
                expression=exp.paren(exp.Sub(this=_extract("MONTH", a), expression=_extract("MONTH", b))))
            same_day = exp.EQ(this=_extract("DAY", a), expression=_extract("DAY", b))
            both_eom = exp.and_(exp.EQ(this=a.copy(), expression=exp.LastDay(this=a.copy())),
                                exp.EQ(this=b.copy(), expression=exp.LastDay(this=b.copy())))
            fraction = exp.Div(this=exp.cast(exp.Sub(this=_extract("DAY", a), expression=_extract("DAY", b)),
                                             "DOUBLE PRECISION"), expression=exp.Literal.number("31.0"))
            return exp.paren(exp.Add(this=exp.cast(whole, "DOUBLE PRECISION"), expression=exp.Case(
                ifs=[exp.If(this=exp.or_(same_day, both_eom), true=exp.Literal.number(0))], default=fraction)))
        return node
    return transform(expr, rewrite, exp.MonthsBetween, exp.Anonymous)


def integer_date_literal(value: int) -> exp.Expression | None:
    """Teradata's integer encoding of a date as a DATE literal, or None when it is no date."""
    year, month, day = value // 10000 + 1900, value // 100 % 100, value % 100
    try:
        return exp.cast(exp.Literal.string(dt.date(year, month, day).isoformat()), "DATE")
    except ValueError:
        return None


def _as_int_literal(node: exp.Expression) -> int | None:
    if isinstance(node, exp.Literal) and not node.is_string and node.is_int:
        return int(node.name)
    if isinstance(node, exp.Neg) and isinstance(node.this, exp.Literal) and node.this.is_int:
        return -int(node.this.name)
    return None


@statement_pass("integer_dates", order=440,
                purpose="Integer literals compared with DATEs and CAST(date AS INTEGER) use Teradata's (year-1900)*10000+mmdd encoding",
                triggers=(exp.EQ, exp.NEQ, exp.GT, exp.GTE, exp.LT, exp.LTE, exp.Between, exp.In, exp.Cast))
def integer_dates(expr: exp.Expression, ctx: PassContext):
    comparisons = (exp.EQ, exp.NEQ, exp.GT, exp.GTE, exp.LT, exp.LTE)

    def to_date(node, other):
        value = _as_int_literal(node)
        if value is not None and is_kind(type_of(other, ctx.catalog), DATE_TYPES):
            return integer_date_literal(value) or node
        return node

    def rewrite(node):
        if isinstance(node, comparisons):
            node.set("this", to_date(node.this, node.expression))
            node.set("expression", to_date(node.expression, node.this))
        elif isinstance(node, exp.Between):
            node.set("low", to_date(node.args["low"], node.this))
            node.set("high", to_date(node.args["high"], node.this))
        elif isinstance(node, exp.In) and node.expressions:
            node.set("expressions", [to_date(e, node.this) for e in node.expressions])
        elif isinstance(node, exp.Cast) and node.to.this in INTEGER_TYPES \
                and is_kind(type_of(node.this, ctx.catalog), DATE_TYPES):
            d = node.this
            return exp.paren(exp.Add(this=exp.Add(
                this=exp.Mul(this=exp.paren(exp.Sub(this=_int(_extract("YEAR", d)), expression=exp.Literal.number(1900))),
                             expression=exp.Literal.number(10000)),
                expression=exp.Mul(this=_int(_extract("MONTH", d)), expression=exp.Literal.number(100))),
                expression=_int(_extract("DAY", d))))
        return node
    return transform(expr, rewrite, exp.EQ, exp.NEQ, exp.GT, exp.GTE, exp.LT, exp.LTE, exp.Between, exp.In, exp.Cast)


@statement_pass("integer_into_date_column", order=450,
                purpose="An integer inserted into a DATE column is Teradata's encoded date: store the date it means",
                triggers=(exp.Insert,))
def integer_into_date_column(expr: exp.Expression, ctx: PassContext):
    if not isinstance(expr, exp.Insert) or not isinstance(expr.expression, exp.Values):
        return expr
    target = named_table(expr)
    tdef = ctx.catalog.get(target) if isinstance(target, exp.Table) else None
    if tdef is None:
        return expr
    names = ([c.name for c in expr.this.expressions] if isinstance(expr.this, exp.Schema)
             else list(tdef.columns))
    for row in expr.expression.expressions:
        values = list(row.expressions)
        for i, value in enumerate(values):
            col = tdef.column(names[i]) if i < len(names) else None
            literal = _as_int_literal(value)
            if col is not None and literal is not None and is_kind(col.type, DATE_TYPES):
                values[i] = integer_date_literal(literal) or value
        row.set("expressions", values)
    return expr


_SECONDS = {"DAY": 86400, "HOUR": 3600, "MINUTE": 60, "SECOND": 1}


def _seconds_between(later: exp.Expression, earlier: exp.Expression, target: str) -> exp.Expression:
    """Whole seconds from earlier to later."""
    if target == "redshift":
        return exp.DateDiff(this=later.copy(), expression=earlier.copy(), unit=exp.var("SECOND"))
    return exp.Sub(this=exp.Anonymous(this="UNIX_TIMESTAMP", expressions=[later.copy()]),
                   expression=exp.Anonymous(this="UNIX_TIMESTAMP", expressions=[earlier.copy()]))


def _div(a: exp.Expression, b: int, target: str) -> exp.Expression:
    # Integer division truncating toward zero on both engines.
    return exp.IntDiv(this=a, expression=exp.Literal.number(b)) if target == "pyspark" \
        else exp.Div(this=a, expression=exp.Literal.number(b), typed=True)


def _interval_field(diff, field: str, ctx: PassContext) -> exp.Expression | None:
    from leapc.typing import DATE_TYPES

    start = diff.args["start"].name
    span = diff.this
    if not isinstance(span, exp.Sub):
        return None
    later, earlier = span.this, span.expression
    if start not in _SECONDS or field not in _SECONDS or _SECONDS[field] > _SECONDS[start]:
        return None
    if is_kind(type_of(later, ctx.catalog), DATE_TYPES) and is_kind(type_of(earlier, ctx.catalog), DATE_TYPES):
        days = exp.Anonymous(this="DATEDIFF", expressions=[later.copy(), earlier.copy()]) \
            if ctx.target == "pyspark" else exp.paren(exp.Sub(this=later.copy(), expression=earlier.copy()))
        seconds = exp.Mul(this=days, expression=exp.Literal.number(86400))
    else:
        seconds = _seconds_between(later, earlier, ctx.target)
    seconds = exp.paren(seconds)
    if field == start:
        value = _div(seconds, _SECONDS[field], ctx.target) if _SECONDS[field] > 1 else seconds
    else:
        within = exp.Mod(this=seconds, expression=exp.Literal.number(_SECONDS[_larger(field)]))
        value = _div(exp.paren(within), _SECONDS[field], ctx.target) if _SECONDS[field] > 1 else within
    return exp.cast(value, "INT")


def _larger(field: str) -> str:
    order = ["SECOND", "MINUTE", "HOUR", "DAY"]
    return order[order.index(field) + 1]


@statement_pass("interval_differences", order=470,
                purpose="(ts2 - ts1) DAY TO SECOND etc.: EXTRACT of its fields from the difference in whole seconds",
                triggers=(IntervalDifference,))
def interval_differences(expr: exp.Expression, ctx: PassContext):
    def rewrite(node):
        if isinstance(node, exp.Extract) and isinstance(node.expression, IntervalDifference):
            value = _interval_field(node.expression, node.this.name.upper(), ctx)
            if value is not None:
                return value
        if isinstance(node, IntervalDifference) and not isinstance(node.parent, exp.Extract):
            if node.args.get("end") is None:
                value = _interval_field(node, node.args["start"].name, ctx)
                if value is not None:
                    return value
            ctx.report("LEAPC-E003", Severity.ERROR,
                       "an interval difference used as a whole value has no faithful form here; "
                       "EXTRACT its fields instead")
        return node
    return transform(expr, rewrite, exp.Extract, IntervalDifference)


_TRUNC_UNITS = {"MM": "month", "MON": "month", "MONTH": "month", "RM": "month", "Q": "quarter",
                "YYYY": "year", "YYY": "year", "YY": "year", "Y": "year", "YEAR": "year", "SYYYY": "year",
                "IW": "week", "WW": None, "W": None, "DD": "day", "DDD": "day", "J": "day", "D": None,
                "DAY": None, "HH": "hour", "HH24": "hour", "MI": "minute", "CC": None}


@statement_pass("trunc_dates", order=480,
                purpose="TRUNC(date, 'MM'|'Q'|'YYYY'|'IW'|'DD') becomes the targets' date truncation, kept a DATE",
                triggers=(exp.Trunc, exp.Anonymous, exp.DateTrunc))
def trunc_dates(expr: exp.Expression, ctx: PassContext):
    from leapc.typing import DATE_TYPES, TIMESTAMP_TYPES

    def rewrite(node):
        if isinstance(node, exp.Trunc):
            value, unit = node.this, node.args.get("decimals")
        elif isinstance(node, exp.Anonymous) and node.name.upper() == "TRUNC" and len(node.expressions) == 2:
            value, unit = node.expressions
        else:
            return node
        if not (isinstance(unit, exp.Literal) and unit.is_string):
            return node
        if not is_kind(type_of(value, ctx.catalog), DATE_TYPES | TIMESTAMP_TYPES):
            return node
        code = unit.name.upper()
        if code not in _TRUNC_UNITS or _TRUNC_UNITS[code] is None:
            ctx.report("LEAPC-E003", Severity.ERROR, f"TRUNC(date, '{unit.name}') is not translated")
            return node
        part = _TRUNC_UNITS[code]
        if ctx.target == "pyspark" and part in ("month", "quarter", "year", "week"):
            return exp.Anonymous(this="TRUNC", expressions=[value, exp.Literal.string(part.upper())])
        truncated = exp.Anonymous(this="DATE_TRUNC", expressions=[exp.Literal.string(part), value])
        return exp.cast(truncated, "DATE") if is_kind(type_of(value, ctx.catalog), DATE_TYPES) else truncated
    return transform(expr, rewrite, exp.Trunc, exp.Anonymous)
