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
        flag = _match_flag(node.args.get("parameters"), ctx, "REGEXP_SUBSTR")
        if flag is None:  # only 'c' and 'i' have an exact equivalent (reported)
            return node
        if ctx.target == "redshift":
            # REGEXP_INSTR start/end positions: valid Redshift, and unchanged on the PostgreSQL test bed.
            def instr(end=None):
                extra = [] if end is None and flag == "c" else [exp.Literal.number(end or 0), exp.Literal.string(flag)]
                return exp.Anonymous(this="REGEXP_INSTR", expressions=[
                    source.copy(), pattern.copy(), position.copy(), occurrence.copy(), *extra])
            match = exp.Substring(this=source.copy(), start=instr(),
                                  length=exp.Sub(this=instr(1), expression=instr()))
            return exp.Case(ifs=[exp.If(this=exp.GT(this=instr(), expression=exp.Literal.number(0)), true=match)])
        pattern = _spark_pattern(pattern, flag)
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
        if name.startswith("TD_") and not (isinstance(new, exp.Cast) and new.to.this == exp.DataType.Type.DATE):
            # A DATE the later passes can see (DATE - DATE is a day count, not an interval).
            new = exp.cast(new, "DATE")
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


# ----------------------------------------------------------------------------- REGEXP_* forms
#
# Teradata: REGEXP_REPLACE(source, pattern [, replace [, position [, occurrence [, match]]]]),
# REGEXP_INSTR(source, pattern [, position [, occurrence [, return_option [, match]]]]),
# REGEXP_SIMILAR(source, pattern [, match]).  occurrence 0 (REPLACE's default) means every match,
# n > 0 only the n-th; match 'c' (default) is case-sensitive, 'i' case-insensitive.
#
# Redshift: REGEXP_REPLACE(source, pattern, replace [, position [, parameters]]) always replaces
# every match (no occurrence argument); REGEXP_INSTR takes Teradata's arguments in Teradata's
# order; REGEXP_COUNT(source, pattern, position, parameters).  Spark: regexp_replace(str, regexp,
# rep [, position]) replaces every match, regexp_instr(str, regexp) finds the first match only, and
# case-insensitivity is an inline (?i) flag.  The n-th match is located exactly on both: Redshift
# with REGEXP_INSTR's start/end positions, Spark from the n-th REGEXP_EXTRACT_ALL match and what
# SPLIT(.., n + 1) leaves after it (both scan the successive matches the same way).


def _match_flag(node, ctx, name) -> str | None:
    """'c' or 'i' from a match argument; None (reported) for a form with no exact equivalent."""
    if node is None:
        return "c"
    if isinstance(node, exp.Literal) and node.is_string:
        letters = set(node.name.lower())
        if letters <= {"c", "i"} and len(letters) <= 1:
            return letters.pop() if letters else "c"
    ctx.report("LEAPC-E003", Severity.ERROR, f"{name}: match argument {node.sql()} is not translated")
    return None


def _int_literal(node) -> int | None:
    if node is None:
        return None
    if isinstance(node, exp.Literal) and node.is_int:
        return int(node.name)
    return None


def _spark_pattern(pattern: exp.Expression, flag: str) -> exp.Expression:
    if flag != "i":
        return pattern.copy()
    if isinstance(pattern, exp.Literal) and pattern.is_string:
        return exp.Literal.string("(?i)" + pattern.name)
    return exp.func("CONCAT", exp.Literal.string("(?i)"), pattern.copy())


def _spark_replacement(replace: exp.Expression) -> exp.Expression | None:
    """Teradata's back references are \\n; Java's are $n and a literal $ is \\$."""
    if not (isinstance(replace, exp.Literal) and replace.is_string):
        return replace.copy()
    text, out, i = replace.name, [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append("$" + nxt if nxt.isdigit() else "\\" + nxt)
            i += 2
            continue
        out.append("\\$" if ch == "$" else ch)
        i += 1
    return exp.Literal.string("".join(out))


def _spark_nth_match(source, pattern, position, n):
    """(tail searched, its n-th match, what follows that match) on Spark."""
    tail = source.copy() if _int_literal(position) == 1 else exp.Substring(this=source.copy(), start=position.copy())
    matches = exp.Anonymous(this="REGEXP_EXTRACT_ALL", expressions=[tail.copy(), pattern.copy(), exp.Literal.number(0)])
    split = exp.Anonymous(this="SPLIT", expressions=[tail.copy(), pattern.copy(), exp.Literal.number(n + 1)])
    # GET is NULL past the end (ELEMENT_AT raises under ANSI mode).
    match = exp.Anonymous(this="GET", expressions=[matches.copy(), exp.Literal.number(n - 1)])
    rest = exp.Anonymous(this="GET", expressions=[split, exp.Literal.number(n)])
    return tail, matches, match, rest


def _length(node):
    return exp.Length(this=node.copy())


def _regexp_replace(node: exp.RegexpReplace, ctx: PassContext):
    source, pattern = node.this, node.expression
    replace = node.args.get("replacement") or exp.Literal.string("")
    position = node.args.get("position") or exp.Literal.number(1)
    occurrence = node.args.get("occurrence")
    flag = _match_flag(node.args.get("modifiers"), ctx, "REGEXP_REPLACE")
    if flag is None:
        return node
    n = 0 if occurrence is None else _int_literal(occurrence)
    if n is None or n < 0:
        ctx.report("LEAPC-E003", Severity.ERROR, f"REGEXP_REPLACE: occurrence {occurrence.sql()} is not translated")
        return node
    has_backref = isinstance(replace, exp.Literal) and "\\" in replace.name
    if n > 0 and (has_backref or not isinstance(replace, exp.Literal)):
        # The n-th match is spliced out by position; a back reference would need it re-matched.
        ctx.report("LEAPC-E003", Severity.ERROR,
                   "REGEXP_REPLACE of the n-th occurrence with a back reference or a non-literal replacement is not translated")
        return node
    if ctx.target == "redshift":
        if n == 0:
            # An Anonymous call: sqlglot's Redshift generator would add PostgreSQL's 'g' flag,
            # which Redshift reads as the position argument.
            args = [source.copy(), pattern.copy(), replace.copy()]
            if flag == "i" or _int_literal(position) != 1:
                args += [position.copy(), exp.Literal.string(flag)]
            return exp.Anonymous(this="REGEXP_REPLACE", expressions=args)

        def instr(option):
            return exp.Anonymous(this="REGEXP_INSTR", expressions=[
                source.copy(), pattern.copy(), position.copy(), exp.Literal.number(n),
                exp.Literal.number(option), exp.Literal.string(flag)])
        end = instr(1)
        spliced = exp.DPipe(this=exp.DPipe(
            this=exp.Substring(this=source.copy(), start=exp.Literal.number(1),
                               length=exp.Sub(this=instr(0), expression=exp.Literal.number(1))),
            expression=replace.copy()),
            expression=exp.Substring(this=source.copy(), start=end, length=_length(source)))
        return exp.Case(ifs=[exp.If(this=exp.EQ(this=instr(0), expression=exp.Literal.number(0)),
                                    true=source.copy())], default=spliced)
    pat = _spark_pattern(pattern, flag)
    if n == 0:
        rep = _spark_replacement(replace)
        args = [source.copy(), pat, rep] + ([] if _int_literal(position) == 1 else [position.copy()])
        return exp.Anonymous(this="REGEXP_REPLACE", expressions=args)
    tail, matches, match, rest = _spark_nth_match(source, pat, position, n)
    head = exp.Sub(this=exp.Sub(this=_length(tail), expression=_length(rest)), expression=_length(match))
    pieces = []
    if _int_literal(position) != 1:
        pieces.append(exp.Substring(this=source.copy(), start=exp.Literal.number(1),
                                    length=exp.Sub(this=position.copy(), expression=exp.Literal.number(1))))
    pieces += [exp.Substring(this=tail.copy(), start=exp.Literal.number(1), length=head), replace.copy(), rest]
    spliced = exp.func("CONCAT", *pieces)
    enough = exp.GTE(this=exp.func("SIZE", matches), expression=exp.Literal.number(n))
    return exp.Case(ifs=[exp.If(this=enough, true=spliced)], default=source.copy())


def _regexp_instr(node: exp.RegexpInstr, ctx: PassContext):
    source, pattern = node.this, node.expression
    position = node.args.get("position") or exp.Literal.number(1)
    occurrence = node.args.get("occurrence") or exp.Literal.number(1)
    option = node.args.get("option") or exp.Literal.number(0)
    flag = _match_flag(node.args.get("parameters"), ctx, "REGEXP_INSTR")
    if flag is None:
        return node
    if ctx.target == "redshift":
        return node  # Redshift's REGEXP_INSTR takes the same arguments in the same order
    if flag == "c" and not any(node.args.get(k) is not None for k in ("position", "occurrence", "option")):
        return node  # Spark's REGEXP_INSTR(s, p): the first match, 0 when none
    n, end = _int_literal(occurrence), _int_literal(option)
    if n is None or n < 1 or end not in (0, 1):
        ctx.report("LEAPC-E003", Severity.ERROR, "REGEXP_INSTR with a non-literal occurrence or return option is not translated on pyspark")
        return node
    pat = _spark_pattern(pattern, flag)
    tail, matches, match, rest = _spark_nth_match(source, pat, position, n)
    # Where the n-th match starts in the tail: all of it but the match and what follows; with
    # return option 1, the position just after the match.
    before_rest = exp.Sub(this=_length(tail), expression=_length(rest))
    found = exp.Add(this=before_rest if end == 1 else exp.Sub(this=before_rest, expression=_length(match)),
                    expression=exp.Literal.number(1))
    if _int_literal(position) != 1:
        found = exp.Add(this=found, expression=exp.Sub(this=position.copy(), expression=exp.Literal.number(1)))
    enough = exp.GTE(this=exp.func("SIZE", matches), expression=exp.Literal.number(n))
    return exp.Case(ifs=[exp.If(this=_is_null(source, pattern), true=exp.null()),
                         exp.If(this=enough, true=found)], default=exp.Literal.number(0))


def _regexp_similar(node: exp.Anonymous, ctx: PassContext):
    args = node.expressions
    if len(args) not in (2, 3):
        return node
    source, pattern = args[0], args[1]
    flag = _match_flag(args[2] if len(args) == 3 else None, ctx, "REGEXP_SIMILAR")
    if flag is None:
        return node
    # SIMILAR: the whole source must match, not a substring of it.
    if ctx.target == "redshift":
        if isinstance(pattern, exp.Literal) and pattern.is_string:
            whole = exp.Literal.string(f"^({pattern.name})$")
        else:
            whole = exp.DPipe(this=exp.DPipe(this=exp.Literal.string("^("), expression=pattern.copy()),
                              expression=exp.Literal.string(")$"))
        test = exp.GT(this=exp.Anonymous(this="REGEXP_COUNT", expressions=[
            source.copy(), whole, exp.Literal.number(1), exp.Literal.string(flag)]), expression=exp.Literal.number(0))
    else:
        prefix = "(?i)" if flag == "i" else ""
        # \z: Java's $ would also match before a final line break.
        if isinstance(pattern, exp.Literal) and pattern.is_string:
            whole = exp.Literal.string(f"{prefix}^(?:{pattern.name})\\z")
        else:
            whole = exp.func("CONCAT", exp.Literal.string(f"{prefix}^(?:"), pattern.copy(), exp.Literal.string(")\\z"))
        test = exp.RegexpLike(this=source.copy(), expression=whole)
    return exp.Case(ifs=[exp.If(this=_is_null(source, pattern), true=exp.null()),
                         exp.If(this=test, true=exp.Literal.number(1))], default=exp.Literal.number(0))


def _is_null(source, pattern):
    """NULL in, NULL out (a literal pattern is never NULL)."""
    test = exp.Is(this=source.copy(), expression=exp.null())
    if isinstance(pattern, exp.Literal):
        return test
    return exp.or_(test, exp.Is(this=pattern.copy(), expression=exp.null()))


@statement_pass("regexp_forms", order=632,
                purpose="REGEXP_REPLACE occurrence/match, REGEXP_INSTR position/occurrence (Spark), REGEXP_SIMILAR whole-string match",
                triggers=(exp.RegexpReplace, exp.RegexpInstr, exp.Anonymous))
def regexp_forms(expr: exp.Expression, ctx: PassContext):
    def rewrite(node):
        if isinstance(node, exp.RegexpReplace):
            return _regexp_replace(node, ctx)
        if isinstance(node, exp.RegexpInstr):
            return _regexp_instr(node, ctx)
        if isinstance(node, exp.Anonymous) and node.name.upper() == "REGEXP_SIMILAR":
            return _regexp_similar(node, ctx)
        return node
    return transform(expr, rewrite, exp.RegexpReplace, exp.RegexpInstr, exp.Anonymous)


# ----------------------------------------------------------------------------- TD_SYSFNLIB.f(...)


@statement_pass("system_function_qualifier", order=2,
                purpose="TD_SYSFNLIB.f(...) / SYSLIB.f(...): Teradata's system-function database name dropped, so f is translated like f(...)",
                triggers=(exp.Dot,))
def system_function_qualifier(expr: exp.Expression, ctx: PassContext):
    """sqlglot reads a qualified call as an anonymous function under a Dot, which no rewrite
    recognises (TD_SYSFNLIB.OREPLACE would reach the target as a call into a missing schema).
    The unqualified call is re-read, so OREPLACE, NVL, ... become the functions passes know."""
    import sqlglot

    from leapc.dialects.teradata.sqlglot_dialect import LeapTeradata

    def rewrite(node):
        if isinstance(node.this, exp.Identifier) and node.this.name.upper() in ("TD_SYSFNLIB", "SYSLIB") \
                and isinstance(node.expression, exp.Anonymous):
            try:
                return sqlglot.parse_one(node.expression.sql(dialect=LeapTeradata), read=LeapTeradata)
            except sqlglot.errors.SqlglotError:
                return node.expression
        return node
    return transform(expr, rewrite, exp.Dot)
