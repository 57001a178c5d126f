"""Built-in functions and keywords whose meaning or spelling differs on the targets, and the
Teradata-only ones that have no equivalent (reported, never passed through silently)."""
from __future__ import annotations

from sqlglot import exp

from leapc.diagnostics import Severity
from leapc.passes.manager import PassContext, statement_pass, transform
from leapc.typing import column_def

# Functions that exist only on Teradata (hashing, AMP placement, Teradata system functions).
TERADATA_ONLY = {"HASHROW", "HASHBUCKET", "HASHAMP", "HASHBAKAMP", "BYTES", "VARGRAPHIC", "TRANSLATE_CHK",
                 "TD_SYSFNLIB", "ROWID", "SESSION", "ACCOUNT", "DATABASE", "PROFILE",
                 "ROLE", "QUERY_BAND", "TD_HOST", "WIDTH_BUCKET"}


@statement_pass("teradata_only_functions", order=990,
                purpose="Report Teradata-only functions (HASHROW, HASHAMP, ...) that no target has",
                triggers=(exp.Anonymous,))
def teradata_only_functions(expr: exp.Expression, ctx: PassContext):
    for node in expr.find_all(exp.Anonymous):
        if node.name.upper() in TERADATA_ONLY:
            ctx.report("LEAPC-E003", Severity.ERROR, f"{node.name.upper()}() has no equivalent on {ctx.target}")
    return expr


@statement_pass("current_date_keywords", order=620,
                purpose="DATE, TIME and CURRENT_TIMESTAMP(n) as Teradata's current date/time values",
                triggers=(exp.Column, exp.CurrentTimestamp))
def current_date_keywords(expr: exp.Expression, ctx: PassContext):
    def rewrite(node):
        if isinstance(node, exp.Column) and not node.table and not node.this.quoted \
                and node.name.upper() in ("DATE", "TIME") and column_def(node, ctx.catalog) is None \
                and not isinstance(node.parent, (exp.Alias, exp.Dot)):
            if node.name.upper() == "DATE":
                return exp.CurrentDate()
            if ctx.target == "pyspark":  # Spark has no TIME type: TIME columns are 'HH:MM:SS' text
                return exp.Anonymous(this="DATE_FORMAT", expressions=[exp.CurrentTimestamp(),
                                                                     exp.Literal.string("HH:mm:ss")])
            return exp.cast(exp.Anonymous(this="GETDATE"), "TIME")
        if isinstance(node, exp.CurrentTimestamp) and node.this is not None and ctx.target == "pyspark":
            return exp.CurrentTimestamp()
        return node
    return transform(expr, rewrite, exp.Column, exp.CurrentTimestamp)


@statement_pass("regexp_substr", order=630,
                purpose="REGEXP_SUBSTR: NULL when nothing matches, n-th occurrence, on both targets",
                triggers=(exp.RegexpSubstr,))
def regexp_substr(expr: exp.Expression, ctx: PassContext):
    def rewrite(node):
        source, pattern = node.this, node.expression
        position = node.args.get("position") or exp.Literal.number(1)
        occurrence = node.args.get("occurrence") or exp.Literal.number(1)
        if node.args.get("parameters") is not None:
            ctx.report("LEAPC-E003", Severity.ERROR, "REGEXP_SUBSTR match options are not translated")
            return node
        if ctx.target == "redshift":
            # REGEXP_INSTR start/end positions: valid Redshift, and unchanged on the PostgreSQL test bed.
            def instr(*extra):
                return exp.Anonymous(this="REGEXP_INSTR", expressions=[
                    source.copy(), pattern.copy(), position.copy(), occurrence.copy(), *extra])
            match = exp.Substring(this=source.copy(), start=instr(),
                                  length=exp.Sub(this=instr(exp.Literal.number(1)), expression=instr()))
            return exp.Case(ifs=[exp.If(this=exp.GT(this=instr(), expression=exp.Literal.number(0)), true=match)])
        tail = source if (isinstance(position, exp.Literal) and position.name == "1") else \
            exp.Substring(this=source, start=position)
        matches = exp.Anonymous(this="REGEXP_EXTRACT_ALL", expressions=[tail, pattern, exp.Literal.number(0)])
        return exp.Anonymous(this="GET", expressions=[matches, exp.Sub(this=occurrence, expression=exp.Literal.number(1))])
    return transform(expr, rewrite, exp.RegexpSubstr)


@statement_pass("logarithms", order=640, targets={"pyspark"},
                purpose="Teradata LOG(x) is base 10; Spark's LOG(x) is natural: LOG10",
                triggers=(exp.Log,))
def logarithms(expr: exp.Expression, ctx: PassContext):
    def rewrite(node):
        if node.expression is None:
            return exp.Anonymous(this="LOG10", expressions=[node.this])
        return node
    return transform(expr, rewrite, exp.Log)


@statement_pass("blank_strings_to_numbers", order=645,
                purpose="Teradata converts a blank string to 0 when a number is expected; the targets reject it",
                triggers=(exp.Cast,))
def blank_strings_to_numbers(expr: exp.Expression, ctx: PassContext):
    from leapc.typing import DECIMAL_TYPES, FLOAT_TYPES, INTEGER_TYPES, STRING_TYPES, is_kind, type_of

    def rewrite(node):
        if node.to.this in (INTEGER_TYPES | DECIMAL_TYPES | FLOAT_TYPES) \
                and is_kind(type_of(node.this, ctx.catalog), STRING_TYPES) \
                and not (isinstance(node.this, exp.Literal) and node.this.name.strip()):
            blank_is_zero = exp.Coalesce(this=exp.Nullif(this=exp.Trim(this=node.this.copy()),
                                                         expression=exp.Literal.string("")),
                                         expressions=[exp.Case(ifs=[exp.If(
                                             this=exp.Is(this=node.this.copy(), expression=exp.null()),
                                             true=exp.null())], default=exp.Literal.string("0"))])
            node.set("this", blank_is_zero)
        return node
    return transform(expr, rewrite, exp.Cast)


@statement_pass("known_edge_differences", order=995,
                purpose="Report translations that differ from Teradata at the edges (INITCAP on Spark, INSTR with occurrence, numbers in ||)",
                triggers=(exp.Initcap, exp.Anonymous, exp.StrPosition, exp.DPipe))
def known_edge_differences(expr: exp.Expression, ctx: PassContext):
    from leapc.typing import DECIMAL_TYPES, FLOAT_TYPES, INTEGER_TYPES, is_kind, type_of

    if ctx.target == "pyspark" and expr.find(exp.Initcap):
        ctx.report("LEAPC-W008", Severity.WARNING,
                   "INITCAP: Spark starts a word only after a blank, Teradata after any non-alphanumeric character")
    for node in expr.find_all(exp.StrPosition):
        if node.args.get("occurrence") is not None or (ctx.target == "redshift" and node.args.get("position") is not None):
            ctx.report("LEAPC-W008", Severity.WARNING, "INSTR with a start position or occurrence is not translated exactly")
    for node in expr.find_all(exp.DPipe):
        if any(is_kind(type_of(side, ctx.catalog), INTEGER_TYPES | DECIMAL_TYPES | FLOAT_TYPES)
               for side in (node.this, node.expression)):
            ctx.report("LEAPC-W008", Severity.WARNING,
                       "a number in || is formatted by Teradata with its default FORMAT (padded); the targets do not pad")
            break
    return expr


# ----------------------------------------------------------------------------- calendar functions
#
# Teradata's calendar functions (TD_DAY_OF_WEEK, ..., the Sys_Calendar.CALENDAR columns as
# functions) and business calendar functions (DAYNUMBER_OF_WEEK(d [, calendar]), TD_MONTH_BEGIN,
# ...) exist on neither target.  They are rewritten from the calendar's definition:
#
# * Teradata calendar (the session default, also for a NULL calendar argument): weeks run Sunday
#   to Saturday, day 1 of the week is Sunday; the days of a year (a month, the calendar) before
#   its first Sunday are week 0.  1900-01-01, the first calendar day, is day 1 of the calendar.
# * ISO calendar: weeks run Monday to Sunday and belong to the year holding their Thursday; the
#   ISO day of the year is (ISO week - 1) * 7 + ISO day of week; quarters are 13 weeks (the last
#   one takes week 53).  ISO months are 4-4-5 week patterns: not rewritten (reported).
# * COMPATIBLE calendar: week 1 of a year is January 1 to 7, whatever their weekdays.
#
# A calendar form we cannot reproduce exactly is reported (LEAPC-E003), never passed through.
# Begin/end functions on a TIMESTAMP return a TIMESTAMP computed in UTC: reported too.

_CAL_D = "leapc_cal_d"

# Target building blocks: SQL text in the target's own dialect around the argument {d}.
_CAL_PARTS = {
    "redshift": {
        "dow0": "CAST(EXTRACT(DOW FROM {d}) AS INTEGER)",          # 0 = Sunday
        "isodow": "(CAST(EXTRACT(DOW FROM {d}) AS INTEGER) + 6) % 7 + 1",
        "day": "CAST(EXTRACT(DAY FROM {d}) AS INTEGER)",
        "doy": "CAST(EXTRACT(DOY FROM {d}) AS INTEGER)",
        "month": "CAST(EXTRACT(MONTH FROM {d}) AS INTEGER)",
        "quarter": "CAST(EXTRACT(QUARTER FROM {d}) AS INTEGER)",
        "year": "CAST(EXTRACT(YEAR FROM {d}) AS INTEGER)",
        "isoweek": "CAST(EXTRACT(WEEK FROM {d}) AS INTEGER)",  # ISO 8601 week on Redshift
        "daycal": "DATEDIFF(DAY, DATE '1899-12-31', {d})",
        "minus_days": "CAST(DATEADD(DAY, -({n}), {d}) AS DATE)",
        "plus_days": "CAST(DATEADD(DAY, {n}, {d}) AS DATE)",
        "div": "({a}) / ({b})",  # INTEGER / INTEGER truncates on Redshift, as on Teradata
        "month_begin": "CAST(DATE_TRUNC('month', {d}) AS DATE)",
        "month_end": "LAST_DAY({d})",
        "quarter_begin": "CAST(DATE_TRUNC('quarter', {d}) AS DATE)",
        "quarter_end": "LAST_DAY(DATEADD(MONTH, 2, DATE_TRUNC('quarter', {d})))",
        "year_begin": "CAST(DATE_TRUNC('year', {d}) AS DATE)",
        "year_end": "LAST_DAY(DATEADD(MONTH, 11, DATE_TRUNC('year', {d})))",
    },
    "pyspark": {
        "dow0": "(DAYOFWEEK({d}) - 1)",
        "isodow": "(WEEKDAY({d}) + 1)",
        "day": "DAYOFMONTH({d})",
        "doy": "DAYOFYEAR({d})",
        "month": "MONTH({d})",
        "quarter": "QUARTER({d})",
        "year": "YEAR({d})",
        "isoweek": "WEEKOFYEAR({d})",  # ISO 8601 week on Spark
        "daycal": "DATEDIFF({d}, DATE '1899-12-31')",
        "minus_days": "DATE_SUB({d}, {n})",
        "plus_days": "DATE_ADD({d}, {n})",
        "div": "CAST(({a}) DIV ({b}) AS INT)",  # DIV is BIGINT; Teradata's result is INTEGER
        "month_begin": "TRUNC({d}, 'MM')",
        "month_end": "LAST_DAY({d})",
        "quarter_begin": "TRUNC({d}, 'QUARTER')",
        "quarter_end": "LAST_DAY(MAKE_DATE(YEAR({d}), QUARTER({d}) * 3, 1))",
        "year_begin": "TRUNC({d}, 'YEAR')",
        "year_end": "MAKE_DATE(YEAR({d}), 12, 31)",
    },
}


def _cal_formula(name: str, calendar: str, p: dict) -> str | None:
    """SQL text (with {d}) of calendar function `name` under `calendar`, None when not exact."""
    d = "{d}"

    def part(key, arg=d):
        return p[key].replace("{d}", arg)

    def div(a, b):
        return p["div"].replace("{a}", a).replace("{b}", b)

    dow0, doy, day = part("dow0"), part("doy"), part("day")
    iso = {
        "DAYNUMBER_OF_WEEK": part("isodow"),
        "WEEKNUMBER_OF_YEAR": part("isoweek"),
        # The ISO year holds the week's Thursday.
        "YEARNUMBER_OF_CALENDAR": part("year", part("plus_days").replace("{n}", f"3 - ({part('isodow')} - 1)")),
        "DAYNUMBER_OF_YEAR": f"({part('isoweek')} - 1) * 7 + {part('isodow')}",
        "QUARTERNUMBER_OF_YEAR": f"LEAST({div(part('isoweek') + ' - 1', '13')} + 1, 4)",
    }
    teradata = {
        "DAYNUMBER_OF_WEEK": f"{dow0} + 1",
        "DAYNUMBER_OF_MONTH": day,
        "DAYNUMBER_OF_YEAR": doy,
        "DAYNUMBER_OF_CALENDAR": part("daycal"),
        "DAYOCCURRENCE_OF_MONTH": f"{div(day + ' - 1', '7')} + 1",
        # Sunday-based weeks, the days before the first Sunday being week 0.
        "WEEKNUMBER_OF_MONTH": div(f"{day} + 6 - {dow0}", "7"),
        "WEEKNUMBER_OF_YEAR": div(f"{doy} + 6 - {dow0}", "7"),
        "WEEKNUMBER_OF_CALENDAR": div(f"{part('daycal')} + 6 - {dow0}", "7"),
        "MONTHNUMBER_OF_QUARTER": f"({part('month')} - 1) % 3 + 1",
        "MONTHNUMBER_OF_YEAR": part("month"),
        "MONTHNUMBER_OF_CALENDAR": f"({part('year')} - 1900) * 12 + {part('month')}",
        "QUARTERNUMBER_OF_YEAR": part("quarter"),
        "QUARTERNUMBER_OF_CALENDAR": f"({part('year')} - 1900) * 4 + {part('quarter')}",
        "YEARNUMBER_OF_CALENDAR": part("year"),
        "TD_WEEK_BEGIN": part("minus_days").replace("{n}", dow0),
        "TD_WEEK_END": part("plus_days").replace("{n}", f"6 - {dow0}"),
        "TD_MONTH_BEGIN": part("month_begin"),
        "TD_MONTH_END": part("month_end"),
        "TD_QUARTER_BEGIN": part("quarter_begin"),
        "TD_QUARTER_END": part("quarter_end"),
        "TD_YEAR_BEGIN": part("year_begin"),
        "TD_YEAR_END": part("year_end"),
    }
    # COMPATIBLE differs from Teradata only in its weeks, which start on January 1.
    compatible = {k: v for k, v in teradata.items()
                  if not k.startswith(("WEEKNUMBER_", "TD_WEEK_")) and k != "DAYNUMBER_OF_WEEK"}
    compatible["DAYNUMBER_OF_WEEK"] = f"({doy} - 1) % 7 + 1"
    compatible["WEEKNUMBER_OF_YEAR"] = f"{div(doy + ' - 1', '7')} + 1"
    return {"TERADATA": teradata, "ISO": iso, "COMPATIBLE": compatible}[calendar].get(name)


# The one-argument calendar functions: the Teradata calendar's columns, whatever the session.
_TD_CALENDAR = {
    "TD_DAY_OF_WEEK": "DAYNUMBER_OF_WEEK", "TD_DAY_OF_MONTH": "DAYNUMBER_OF_MONTH",
    "DAYOFMONTH": "DAYNUMBER_OF_MONTH", "TD_DAY_OF_YEAR": "DAYNUMBER_OF_YEAR",
    "TD_DAY_OF_CALENDAR": "DAYNUMBER_OF_CALENDAR", "TD_WEEKDAY_OF_MONTH": "DAYOCCURRENCE_OF_MONTH",
    "TD_WEEK_OF_MONTH": "WEEKNUMBER_OF_MONTH", "TD_WEEK_OF_YEAR": "WEEKNUMBER_OF_YEAR",
    "TD_WEEK_OF_CALENDAR": "WEEKNUMBER_OF_CALENDAR", "TD_MONTH_OF_QUARTER": "MONTHNUMBER_OF_QUARTER",
    "TD_MONTH_OF_YEAR": "MONTHNUMBER_OF_YEAR", "TD_MONTH_OF_CALENDAR": "MONTHNUMBER_OF_CALENDAR",
    "TD_QUARTER_OF_YEAR": "QUARTERNUMBER_OF_YEAR", "TD_QUARTER_OF_CALENDAR": "QUARTERNUMBER_OF_CALENDAR",
    "TD_YEAR_OF_CALENDAR": "YEARNUMBER_OF_CALENDAR",
}
# Business calendar functions: DATE [, calendar name].
_BUSINESS_CALENDAR = {
    "DAYNUMBER_OF_WEEK", "DAYNUMBER_OF_MONTH", "DAYNUMBER_OF_YEAR", "DAYNUMBER_OF_CALENDAR",
    "DAYOCCURRENCE_OF_MONTH", "WEEKNUMBER_OF_MONTH", "WEEKNUMBER_OF_QUARTER", "WEEKNUMBER_OF_YEAR",
    "WEEKNUMBER_OF_CALENDAR", "MONTHNUMBER_OF_QUARTER", "MONTHNUMBER_OF_YEAR", "MONTHNUMBER_OF_CALENDAR",
    "QUARTERNUMBER_OF_YEAR", "QUARTERNUMBER_OF_CALENDAR", "YEARNUMBER_OF_CALENDAR",
    "TD_WEEK_BEGIN", "TD_WEEK_END", "TD_MONTH_BEGIN", "TD_MONTH_END", "TD_QUARTER_BEGIN",
    "TD_QUARTER_END", "TD_YEAR_BEGIN", "TD_YEAR_END",
    "TD_SUNDAY", "TD_MONDAY", "TD_TUESDAY", "TD_WEDNESDAY", "TD_THURSDAY", "TD_FRIDAY", "TD_SATURDAY",
}
CALENDAR_FUNCTIONS = set(_TD_CALENDAR) | _BUSINESS_CALENDAR


def _calendar_call(node: exp.Expression):
    """(name, args) of a calendar function call (also written TD_SYSFNLIB.name(...)), else None."""
    if isinstance(node, exp.DayOfMonth):
        return "DAYOFMONTH", [node.this]
    if isinstance(node, exp.Anonymous) and node.name.upper() in CALENDAR_FUNCTIONS:
        return node.name.upper(), list(node.expressions)
    return None


@statement_pass("calendar_functions", order=150,
                purpose="Teradata calendar functions (TD_DAY_OF_WEEK, WEEKNUMBER_OF_YEAR, TD_MONTH_BEGIN, ...) from their calendar's definition",
                triggers=(exp.Anonymous, exp.DayOfMonth))
def calendar_functions(expr: exp.Expression, ctx: PassContext):
    import sqlglot

    from leapc.typing import TIMESTAMP_TYPES, is_kind, type_of

    parts = _CAL_PARTS[ctx.target]
    read = "redshift" if ctx.target == "redshift" else "spark"

    def rewrite(node):
        call = _calendar_call(node)
        if call is None:
            return node
        name, args = call
        if not args:
            return node
        unsupported = f"{name}() has no exact equivalent on {ctx.target}"
        calendar = "TERADATA"
        if name in _TD_CALENDAR:
            if len(args) != 1:
                ctx.report("LEAPC-E003", Severity.ERROR, unsupported)
                return node
            name = _TD_CALENDAR[name]
        elif len(args) > 2:  # a TIME argument for the begin/end functions
            ctx.report("LEAPC-E003", Severity.ERROR, f"{unsupported} with a time argument")
            return node
        elif len(args) == 2:
            cal = args[1]
            if isinstance(cal, exp.Null):
                calendar = "TERADATA"  # the session calendar: Teradata unless SET SESSION CALENDAR
            elif isinstance(cal, exp.Literal) and cal.is_string and cal.name.upper() in ("TERADATA", "ISO", "COMPATIBLE"):
                calendar = cal.name.upper()
            else:
                ctx.report("LEAPC-E003", Severity.ERROR, f"{name}(): calendar {cal.sql()} is not translated")
                return node
        value = args[0]
        is_timestamp = is_kind(type_of(value, ctx.catalog), TIMESTAMP_TYPES)
        if is_timestamp and name.startswith("TD_"):
            ctx.report("LEAPC-E003", Severity.ERROR, f"{name}() of a TIMESTAMP (a TIMESTAMP computed in UTC) is not translated")
            return node
        formula = _cal_formula(name, calendar, parts)
        if formula is None:
            ctx.report("LEAPC-E003", Severity.ERROR,
                       f"{name}() in the {calendar} calendar has no exact equivalent on {ctx.target}")
            return node
        # The day of a TIMESTAMP is its date part.
        arg = exp.cast(value.copy(), "DATE") if is_timestamp else value
        new = sqlglot.parse_one(formula.replace("{d}", _CAL_D), read=read)
        for col in list(new.find_all(exp.Column)):
            if col.name == _CAL_D:
                col.replace(arg.copy())
        if not isinstance(new, (exp.Cast, exp.Func, exp.Paren, exp.Column)):
            new = exp.paren(new, copy=False)
        return new

    def is_call(node):
        return _calendar_call(node) is not None

    for node in reversed([n for n in expr.find_all(exp.Anonymous, exp.DayOfMonth) if is_call(n)]):
        target = node.parent if isinstance(node.parent, exp.Dot) and node.parent.expression is node \
            and node.parent.this.name.upper() == "TD_SYSFNLIB" else node
        new = rewrite(node)
        if new is node:
            continue
        if target is expr:
            expr = new
        else:
            target.replace(new)
    return expr
