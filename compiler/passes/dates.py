"""Date semantics: DATE - DATE, ADD_MONTHS, NEXT_DAY, MONTHS_BETWEEN, Teradata's integer date
encoding ((year - 1900) * 10000 + month * 100 + day), TIMESTAMP-vs-DATE comparisons, datetime
differences with interval qualifiers ((ts2 - ts1) HOUR, (d2 - d1) MONTH), TRUNC(date, unit) and
OVERLAPS."""
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


def add_months(value: exp.Expression, months: exp.Expression, is_timestamp: bool, target: str) -> exp.Expression:
    """ADD_MONTHS(value, n): clamps a day the month lacks to its end but never snaps a month end
    to the new month's end (Redshift's ADD_MONTHS snaps), and keeps a TIMESTAMP's time of day
    (Spark's ADD_MONTHS returns a DATE)."""
    if target == "redshift":
        # DATEADD(month) clamps like Teradata; on a DATE it returns a TIMESTAMP, so cast back.
        added = exp.DateAdd(this=value, expression=months, unit=exp.var("MONTH"))
        return added if is_timestamp else exp.cast(added, "DATE")
    if is_timestamp:
        # A year-month interval added to a timestamp clamps the day and keeps the time.
        interval = exp.Anonymous(this="MAKE_YM_INTERVAL", expressions=[exp.Literal.number(0), months])
        return exp.paren(exp.Add(this=value, expression=interval))
    return exp.AddMonths(this=value, expression=months)


@statement_pass("add_months_clamps", order=410,
                purpose="ADD_MONTHS clamps to the month end but never snaps to it (Redshift's snaps), and keeps a TIMESTAMP's time (Spark's drops it)",
                triggers=(exp.AddMonths,))
def add_months_clamps(expr: exp.Expression, ctx: PassContext):
    from leapc.typing import TIMESTAMP_TYPES

    def rewrite(node):
        if isinstance(node, exp.AddMonths):
            is_timestamp = is_kind(type_of(node.this, ctx.catalog), TIMESTAMP_TYPES)
            if ctx.target == "pyspark" and not is_timestamp:
                return node  # Spark's ADD_MONTHS on a DATE already clamps without snapping
            return add_months(node.this, node.expression, is_timestamp, ctx.target)
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


def integer_as_date(value: exp.Expression, target: str) -> exp.Expression:
    """An INTEGER read as Teradata's date encoding ((year - 1900) * 10000 + month * 100 + day),
    as CAST(n AS DATE) and storing n in a DATE column do: 1240229 -> 2024-02-29.  The targets
    cannot cast an integer to a date at all.  Adding 19000000 gives yyyymmdd (positive for any
    year from 1 on); invalid month/day values fail on both targets, as in Teradata."""
    inner = value.this if isinstance(value, exp.Paren) else value
    if isinstance(inner, exp.Sub) and _as_int_literal(inner.expression) == 19000000:
        ymd = exp.paren(inner.this.copy())  # the yyyymmdd - 19000000 idiom: yyyymmdd itself
    else:
        ymd = exp.paren(exp.Add(this=value.copy(), expression=exp.Literal.number(19000000)))
    if target == "redshift":
        # Redshift has no MAKE_DATE: go through the yyyymmdd text (zero-padded for years < 1000).
        text = exp.Anonymous(this="LPAD", expressions=[exp.cast(ymd, "VARCHAR(8)"), exp.Literal.number(8),
                                                       exp.Literal.string("0")])
        return exp.Anonymous(this="TO_DATE", expressions=[text, exp.Literal.string("YYYYMMDD")])

    def div(n):
        return exp.IntDiv(this=ymd.copy(), expression=exp.Literal.number(n))
    return exp.Anonymous(this="MAKE_DATE", expressions=[
        div(10000), exp.Mod(this=div(100), expression=exp.Literal.number(100)),
        exp.Mod(this=ymd.copy(), expression=exp.Literal.number(100))])


def _as_int_literal(node: exp.Expression) -> int | None:
    if isinstance(node, exp.Literal) and not node.is_string and node.is_int:
        return int(node.name)
    if isinstance(node, exp.Neg) and isinstance(node.this, exp.Literal) and node.this.is_int:
        return -int(node.this.name)
    return None


_COMPARISONS = (exp.EQ, exp.NEQ, exp.GT, exp.GTE, exp.LT, exp.LTE)


def _as_date(node: exp.Expression) -> exp.Expression:
    return exp.cast(node, "DATE")


def compare_timestamp_as_date(node: exp.Expression, kind_of) -> exp.Expression:
    """A comparison of a TIMESTAMP with a DATE, made to compare the two as DATEs.

    Teradata converts the TIMESTAMP to DATE for the comparison ("the TIMESTAMP value is always
    converted to DATE in case of comparison"), so `ts BETWEEN DATE 'a' AND DATE 'b'` keeps the
    whole last day and `ts = d` matches any time of that day.  PostgreSQL, Redshift and Spark
    promote the DATE to a midnight TIMESTAMP instead.  `kind_of(e)` is "DATE", "TIMESTAMP" or
    None; the node is rewritten in place (or replaced, for a mixed BETWEEN/IN)."""
    if isinstance(node, _COMPARISONS):
        kinds = kind_of(node.this), kind_of(node.expression)
        if kinds == ("TIMESTAMP", "DATE"):
            node.set("this", _as_date(node.this))
        elif kinds == ("DATE", "TIMESTAMP"):
            node.set("expression", _as_date(node.expression))
        return node
    if isinstance(node, exp.Between):
        this, low, high = node.this, node.args["low"], node.args["high"]
        kinds = kind_of(this), kind_of(low), kind_of(high)
        if kinds[0] == "DATE":
            # The value is the DATE: only TIMESTAMP bounds change.
            for key, kind in (("low", kinds[1]), ("high", kinds[2])):
                if kind == "TIMESTAMP":
                    node.set(key, _as_date(node.args[key]))
        elif kinds[0] == "TIMESTAMP" and "DATE" in kinds[1:]:
            if kinds[1] == kinds[2]:
                node.set("this", _as_date(this))
            else:
                # One DATE bound, one other: each half compares by its own rule.
                def side(kind):
                    return _as_date(this.copy()) if kind == "DATE" else this.copy()
                return exp.paren(exp.and_(exp.GTE(this=side(kinds[1]), expression=low.copy()),
                                          exp.LTE(this=side(kinds[2]), expression=high.copy())))
        return node
    if isinstance(node, exp.In):
        this, items, query = node.this, node.expressions, node.args.get("query")
        value = kind_of(this)
        if query is not None:
            columns = query.this.selects if isinstance(query, exp.Subquery) and isinstance(query.this, exp.Query) \
                else query.selects if isinstance(query, exp.Query) else []
            if len(columns) == 1 and value == "TIMESTAMP" and kind_of(columns[0].unalias()) == "DATE":
                node.set("this", _as_date(this))
            return node
        if not items or value not in ("DATE", "TIMESTAMP"):
            return node
        kinds = [kind_of(e) for e in items]
        if value == "DATE":
            node.set("expressions", [_as_date(e) if k == "TIMESTAMP" else e for e, k in zip(items, kinds)])
            return node
        dates = [e for e, k in zip(items, kinds) if k == "DATE"]
        others = [e for e, k in zip(items, kinds) if k != "DATE"]
        if not dates:
            return node
        if not others:
            node.set("this", _as_date(this))
            return node
        # x IN (a, b) is x = a OR x = b: the DATE items and the rest split into two INs.
        return exp.paren(exp.or_(exp.In(this=_as_date(this.copy()), expressions=[e.copy() for e in dates]),
                                 exp.In(this=this.copy(), expressions=[e.copy() for e in others])))
    return node


@statement_pass("timestamp_date_comparisons", order=435,
                purpose="A TIMESTAMP compared with a DATE compares as a DATE in Teradata (the targets compare timestamps): cast it",
                triggers=(*_COMPARISONS, exp.Between, exp.In))
def timestamp_date_comparisons(expr: exp.Expression, ctx: PassContext):
    from leapc.typing import TIMESTAMP_TYPES

    def kind_of(node):
        t = type_of(node, ctx.catalog)
        return "DATE" if is_kind(t, DATE_TYPES) else "TIMESTAMP" if is_kind(t, TIMESTAMP_TYPES) else None

    return transform(expr, lambda node: compare_timestamp_as_date(node, kind_of), *_COMPARISONS, exp.Between, exp.In)


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
        elif isinstance(node, exp.Cast) and node.to.this == exp.DataType.Type.DATE \
                and node.args.get("format") is None and is_kind(type_of(node.this, ctx.catalog), INTEGER_TYPES):
            literal = _as_int_literal(node.this)
            date = integer_date_literal(literal) if literal is not None else None
            return date or integer_as_date(node.this, ctx.target)
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
                purpose="An integer stored into a DATE column is Teradata's encoded date: store the date it means",
                triggers=(exp.Insert, exp.Update, exp.Merge))
def integer_into_date_column(expr: exp.Expression, ctx: PassContext):
    from leapc.passes.assignment import stored_values

    # INTEGER expressions (INSERT ... SELECT, UPDATE, MERGE); literals are handled below.
    for value, col in list(stored_values(expr, ctx)):
        if is_kind(col.type, DATE_TYPES) and _as_int_literal(value) is None \
                and is_kind(type_of(value, ctx.catalog), INTEGER_TYPES):
            value.replace(integer_as_date(value, ctx.target))
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
_MONTHS = {"YEAR": 12, "MONTH": 1}
_TIME_TYPES = {exp.DataType.Type.TIME, exp.DataType.Type.TIMETZ}


def _on_epoch_day(node: exp.Expression, target: str) -> exp.Expression:
    """A TIME value as a TIMESTAMP on 1970-01-01, so time differences use timestamp arithmetic.
    (Spark keeps TIME values as 'HH:MM:SS' text.)"""
    if target == "redshift":
        return exp.Add(this=exp.cast(exp.Literal.string("1970-01-01"), "DATE"), expression=node.copy())
    return exp.cast(exp.Concat(expressions=[exp.Literal.string("1970-01-01 "), node.copy()]), "TIMESTAMP_NTZ")


def _units_between(later: exp.Expression, earlier: exp.Expression, last: str, target: str) -> exp.Expression:
    """Whole `last` units (DAY, HOUR, MINUTE, SECOND) from earlier to later, both operands first
    truncated to that field: Teradata ignores the fields smaller than the qualifier's last one
    ((ts2 - ts1) HOUR of 10:59 -> 11:01 is 1, not 0)."""
    unit = _SECONDS[last]
    if target == "redshift":
        # Truncating keeps Redshift's DATEDIFF (which counts boundaries) and its PostgreSQL
        # rendering (which counts elapsed time) in agreement; the division is then exact.
        def cut(node):
            return exp.Anonymous(this="DATE_TRUNC", expressions=[exp.Literal.string(last.lower()), node.copy()])
        seconds = exp.DateDiff(this=cut(later), expression=cut(earlier), unit=exp.var("SECOND"))
        return _div(seconds, unit, target) if unit > 1 else seconds

    # UNIX_TIMESTAMP has whole seconds and reads a TIMESTAMP_NTZ as UTC wall-clock time, so
    # flooring to the unit truncates the way Teradata does (also before 1970).
    def units(node):
        seconds = exp.Anonymous(this="UNIX_TIMESTAMP", expressions=[node.copy()])
        return seconds if unit == 1 else exp.Floor(this=exp.Div(this=seconds, expression=exp.Literal.number(unit)))
    return exp.Sub(this=units(later), expression=units(earlier))


def _div(a: exp.Expression, b: int, target: str) -> exp.Expression:
    # Integer division truncating toward zero on both engines.
    return exp.IntDiv(this=a, expression=exp.Literal.number(b)) if target == "pyspark" \
        else exp.Div(this=a, expression=exp.Literal.number(b), typed=True)


def _span_operands(span: exp.Expression) -> tuple[exp.Expression, exp.Expression] | None:
    """(later, earlier) of the difference an interval qualifier applies to."""
    if isinstance(span, exp.Paren):
        span = span.this
    if isinstance(span, exp.Sub):
        return span.this, span.expression
    if isinstance(span, exp.Anonymous) and span.name.upper() == "DATEDIFF" and len(span.expressions) == 2:
        return span.expressions[0], span.expressions[1]  # Spark's DATE - DATE
    return None


def _split(total: exp.Expression, field: str, start: str, last: str, sizes: dict, target: str) -> exp.Expression:
    """The value of `field` in an interval `start` TO `last` holding `total` units of `last`:
    the leading field takes the whole count, the others what is left below the next larger."""
    total = exp.paren(total)
    per = sizes[field] // sizes[last]
    if field == start:
        return _div(total, per, target) if per > 1 else total
    larger = min((f for f in sizes if sizes[f] > sizes[field]), key=lambda f: sizes[f])
    within = exp.Mod(this=total, expression=exp.Literal.number(sizes[larger] // sizes[last]))
    return _div(exp.paren(within), per, target) if per > 1 else within


def _interval_field(diff, field: str, ctx: PassContext) -> exp.Expression | None:
    """`field` of `(a - b) start [TO end]` as an INTEGER expression, or None when there is no
    faithful form."""
    start = diff.args["start"].name.upper()
    end = diff.args.get("end")
    last = end.name.upper() if end is not None else start
    operands = _span_operands(diff.this)
    if operands is None:
        return None
    later, earlier = operands
    kinds = [type_of(e, ctx.catalog) for e in (later, earlier)]
    for sizes in (_MONTHS, _SECONDS):
        if start in sizes and last in sizes and field in sizes and sizes[start] >= sizes[field] >= sizes[last]:
            break
    else:
        return None
    if sizes is _MONTHS:
        # Year-month differences ignore the day (and time) fields: 01-31 -> 03-01 is 2 months.
        if any(is_kind(k, _TIME_TYPES) for k in kinds):
            return None
        # (EXTRACT is NUMERIC on PostgreSQL: the integer casts keep the divisions integral.)
        if last == "YEAR":
            total = exp.Sub(this=_int(_extract("YEAR", later)), expression=_int(_extract("YEAR", earlier)))
        else:
            def months(node):
                return exp.Add(this=exp.Mul(this=_int(_extract("YEAR", node)), expression=exp.Literal.number(12)),
                               expression=_int(_extract("MONTH", node)))
            total = exp.Sub(this=exp.paren(months(later)), expression=exp.paren(months(earlier)))
    else:
        if all(is_kind(k, DATE_TYPES) for k in kinds):
            # DATEs have no smaller fields: the day count is exact.
            total = exp.Anonymous(this="DATEDIFF", expressions=[later.copy(), earlier.copy()]) \
                if ctx.target == "pyspark" else exp.paren(exp.Sub(this=later.copy(), expression=earlier.copy()))
            if last != "DAY":
                total = exp.Mul(this=total, expression=exp.Literal.number(86400 // _SECONDS[last]))
        else:
            if any(is_kind(k, _TIME_TYPES) for k in kinds):
                later, earlier = (_on_epoch_day(e, ctx.target) if is_kind(k, _TIME_TYPES) else e
                                  for e, k in zip((later, earlier), kinds))
            total = _units_between(later, earlier, last, ctx.target)
    return exp.cast(_split(total, field, start, last, sizes, ctx.target), "INT")


def interval_literal_as_count(node: exp.Expression, field: str) -> exp.Expression | None:
    """INTERVAL 'n' UNIT as a count of `field` units, for comparing with a single-field interval
    difference (which becomes a plain count): INTERVAL '2' HOUR against MINUTE is 120.  None
    when it is not such a literal, or not a whole number of `field` units."""
    if not isinstance(node, exp.Interval) or not isinstance(node.args.get("unit"), exp.Var):
        return None
    value, unit = node.this, node.args["unit"].name.upper()
    if not (isinstance(value, exp.Literal) and value.name.strip().lstrip("-").isdigit()):
        return None
    sizes = next((s for s in (_MONTHS, _SECONDS) if unit in s and field in s), None)
    if sizes is None or sizes[unit] % sizes[field]:
        return None
    count = int(value.name.strip()) * (sizes[unit] // sizes[field])
    return exp.Literal.number(count) if count >= 0 else exp.Neg(this=exp.Literal.number(-count))


def _compare_counts(difference: exp.Expression, field: str) -> None:
    """The INTERVAL literals a single-field difference is compared with become counts too."""
    parent = difference.parent
    if isinstance(parent, _COMPARISONS):
        keys = ["expression" if difference is parent.this else "this"]
    elif isinstance(parent, exp.Between) and difference is parent.this:
        keys = ["low", "high"]
    else:
        return
    for key in keys:
        count = interval_literal_as_count(parent.args.get(key), field)
        if count is not None:
            parent.set(key, count)


@statement_pass("interval_differences", order=395,
                purpose="(ts2 - ts1) DAY TO SECOND, (d2 - d1) MONTH etc.: the qualifier's fields, smaller fields of the operands ignored",
                triggers=(IntervalDifference,))
def interval_differences(expr: exp.Expression, ctx: PassContext):
    # Runs before date_minus_date and the TIME/TIMESTAMP(0) rewrites: it reads the operands'
    # Teradata types.
    def rewrite(node):
        if isinstance(node, exp.Extract) and isinstance(node.expression, IntervalDifference):
            value = _interval_field(node.expression, node.this.name.upper(), ctx)
            if value is not None:
                return value
            return _unsupported(node.expression)
        if isinstance(node, IntervalDifference) and not isinstance(node.parent, exp.Extract):
            if node.args.get("end") is None:
                value = _interval_field(node, node.args["start"].name.upper(), ctx)
                if value is not None:
                    _compare_counts(node, node.args["start"].name.upper())
                    parent = node.parent
                    # CAST((a - b) HOUR AS INTEGER): the written cast is enough.
                    if isinstance(parent, exp.Cast) and parent.to.this in INTEGER_TYPES:
                        return value.this
                    return value
            return _unsupported(node)
        return node

    def _unsupported(node):
        # Never left for the emitter (which cannot write it and would lose the whole file):
        # the statement is reported and keeps the bare difference.
        end = node.args.get("end")
        qualifier = node.args["start"].name.upper() + (f" TO {end.name.upper()}" if end is not None else "")
        ctx.report("LEAPC-E003", Severity.ERROR,
                   f"the datetime difference with the interval qualifier {qualifier} has no faithful form "
                   "here; EXTRACT its fields or use a single-field qualifier")
        return exp.paren(node.this.copy())
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
        value_type = type_of(value, ctx.catalog)
        if not is_kind(value_type, DATE_TYPES | TIMESTAMP_TYPES):
            return node
        code = unit.name.upper()
        if code not in _TRUNC_UNITS or _TRUNC_UNITS[code] is None:
            ctx.report("LEAPC-E003", Severity.ERROR, f"TRUNC(date, '{unit.name}') is not translated")
            return node
        part = _TRUNC_UNITS[code]
        if ctx.target == "pyspark" and part in ("month", "quarter", "year", "week"):
            return exp.Anonymous(this="TRUNC", expressions=[value, exp.Literal.string(part.upper())])
        # (The type is taken above: building the call re-parents `value`, detaching it from the
        # query its columns are resolved in.)
        truncated = exp.Anonymous(this="DATE_TRUNC", expressions=[exp.Literal.string(part), value])
        # DATE_TRUNC returns a TIMESTAMP; TRUNC of a DATE is a DATE in Teradata.
        return exp.cast(truncated, "DATE") if is_kind(value_type, DATE_TYPES) else truncated
    return transform(expr, rewrite, exp.Trunc, exp.Anonymous)


def _period(pair: exp.Expression) -> tuple[exp.Expression, exp.Expression] | None:
    """(start, end) of one OVERLAPS operand: (start, end) or (start, interval)."""
    if isinstance(pair, exp.Paren):
        pair = pair.this
    if not isinstance(pair, exp.Tuple) or len(pair.expressions) != 2:
        return None
    start, end = pair.expressions
    if isinstance(end, exp.Interval):
        end = exp.Add(this=start.copy(), expression=end.copy())
    return start, end


def expand_overlaps(node: exp.Overlaps) -> exp.Expression | None:
    """(S1, E1) OVERLAPS (S2, E2) as the SQL standard (and Teradata) defines it, for Spark (no
    OVERLAPS predicate) and Redshift (not documented there):
    each pair is put in order first (a NULL or later start swaps with its end), then
    (S1 > S2 AND NOT (S1 >= E2 AND E1 >= E2)) OR (S2 > S1 AND NOT (S2 >= E1 AND E2 >= E1))
    OR (S1 = S2 AND (E1 <> E2 OR E1 = E2)): periods that only touch do not overlap."""
    first, second = _period(node.this), _period(node.expression)
    if first is None or second is None:
        return None

    def ordered(start, end):
        swap = exp.paren(exp.or_(exp.Is(this=start.copy(), expression=exp.null()),
                                 exp.LT(this=end.copy(), expression=start.copy())))
        return (exp.Case(ifs=[exp.If(this=swap, true=end.copy())], default=start.copy()),
                exp.Case(ifs=[exp.If(this=swap.copy(), true=start.copy())], default=end.copy()))

    (s1, e1), (s2, e2) = ordered(*first), ordered(*second)

    def c(cls, a, b):
        return cls(this=a.copy(), expression=b.copy())

    def later_start(sa, ea, sb, eb):
        return exp.and_(c(exp.GT, sa, sb), exp.not_(exp.paren(exp.and_(c(exp.GTE, sa, eb), c(exp.GTE, ea, eb)))))
    same_start = exp.and_(c(exp.EQ, s1, s2), exp.paren(exp.or_(c(exp.NEQ, e1, e2), c(exp.EQ, e1, e2))))
    return exp.paren(exp.or_(exp.paren(later_start(s1, e1, s2, e2)), exp.paren(later_start(s2, e2, s1, e1)),
                             exp.paren(same_start)))


@statement_pass("overlaps_predicate", order=425,
                purpose="(s1, e1) OVERLAPS (s2, e2) becomes its standard comparisons (Spark has no OVERLAPS)",
                triggers=(exp.Overlaps,))
def overlaps_predicate(expr: exp.Expression, ctx: PassContext):
    def rewrite(node):
        expanded = expand_overlaps(node)
        if expanded is None:
            ctx.report("LEAPC-E003", Severity.ERROR, "this OVERLAPS form is not translated: write (start, end) pairs")
            return node
        return expanded
    return transform(expr, rewrite, exp.Overlaps)
