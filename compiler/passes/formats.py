"""FORMAT phrases: CAST(str AS DATE|TIMESTAMP FORMAT '...') parses with the format;
CAST(x AS [CHAR(n)] FORMAT '...') and the `x (FORMAT '...') (CHAR(n))` shorthand render x as text
with the format; a FORMAT that only shapes display (no conversion to text) is dropped."""
from __future__ import annotations

from sqlglot import exp

from leapc.diagnostics import Severity
from leapc.dialects.teradata.formats import (
    FloatingFormat, FormatError, floating_format, is_numeric_format, number_format, number_format_width, oracle_elements,
    redshift_datetime_pattern, redshift_number_pattern, spark_datetime_pattern, spark_decimal_format,
    spark_number_format, spark_pattern_element, spark_pattern_from_oracle)
from leapc.passes.manager import PassContext, statement_pass, transform
from leapc.typing import (DATE_TYPES, DECIMAL_TYPES, FLOAT_TYPES, INTEGER_TYPES, TIMESTAMP_TYPES, is_kind,
                          type_of)

DT = exp.DataType.Type
TEXT_TYPES = {DT.CHAR, DT.VARCHAR, DT.NCHAR, DT.NVARCHAR, DT.TEXT}
NUMERIC_TYPES = INTEGER_TYPES | DECIMAL_TYPES | FLOAT_TYPES


def _fn(name: str, *args: exp.Expression) -> exp.Expression:
    return exp.Anonymous(this=name, expressions=list(args))


def _parse_with_format(value: exp.Expression, fmt: str, kind: str, target: str) -> exp.Expression:
    if target == "redshift":
        pattern = exp.Literal.string(redshift_datetime_pattern(fmt))
        if kind == "DATE":
            return _fn("TO_DATE", value, pattern)
        return exp.cast(_fn("TO_TIMESTAMP", value, pattern), "TIMESTAMP")
    pattern = exp.Literal.string(spark_datetime_pattern(fmt))
    # Teradata ignores leading and trailing blanks; Spark's parser does not.
    return _fn("TO_DATE" if kind == "DATE" else "TO_TIMESTAMP_NTZ", exp.Trim(this=value), pattern)


def _render_floating(value: exp.Expression, spec: FloatingFormat, target: str) -> exp.Expression:
    """A number through a floating '$' / '-' FORMAT: symbol + the digits in fill mode,
    right-aligned in the format's width ('$$$,$$9.99': 5.00 -> '     $5.00')."""
    if spec.symbol == "$":
        prefix, number = exp.Literal.string("$"), value.copy()
    else:
        negative = exp.LT(this=value.copy(), expression=exp.Literal.number(0))
        prefix = exp.Case(ifs=[exp.If(this=negative, true=exp.Literal.string("-"))], default=exp.Literal.string(""))
        number = exp.Abs(this=value.copy())
    if target == "redshift":
        digits = _fn("TO_CHAR", number, exp.Literal.string("FM" + spec.pattern))
        return _fn("LPAD", exp.paren(exp.DPipe(this=prefix, expression=digits)), exp.Literal.number(spec.width))
    decimals = len(spec.pattern.split(".")[1]) if "." in spec.pattern else 0
    digits = _fn("FORMAT_NUMBER", exp.Round(this=number, decimals=exp.Literal.number(decimals)),
                 exp.Literal.string(spec.pattern.replace("9", "#")))
    return _fn("LPAD", exp.Concat(expressions=[prefix, digits]), exp.Literal.number(spec.width),
               exp.Literal.string(" "))


def _render_with_format(value: exp.Expression, fmt: str, ctx: PassContext) -> exp.Expression:
    """x as text shaped by a Teradata FORMAT (dates, timestamps or numbers)."""
    numeric = is_numeric_format(fmt) and not is_kind(type_of(value, ctx.catalog), DATE_TYPES | TIMESTAMP_TYPES)
    floating = floating_format(fmt) if numeric else None
    if floating is not None:
        return _render_floating(value, floating, ctx.target)
    if ctx.target == "redshift":
        if numeric:
            pattern = redshift_number_pattern(fmt)
            text = _fn("TO_CHAR", value, exp.Literal.string(pattern))
            if pattern.startswith("FM") and "9" in pattern and not number_format(fmt).sign:
                # Fill mode has no sign position and no padding: right-align in the FORMAT's width
                # (only suppressed digits, 9 in the pattern, can make the text shorter).
                return _fn("LPAD", text, exp.Literal.number(number_format_width(fmt)))
            return text
        return _fn("TO_CHAR", value, exp.Literal.string(redshift_datetime_pattern(fmt)))
    if numeric:
        # format_string renders NULL as the text 'null'; Teradata's result is NULL.
        text = _fn("FORMAT_STRING", exp.Literal.string(spark_number_format(fmt)), exp.cast(value.copy(), "DOUBLE"))
        return exp.Case(ifs=[exp.If(this=exp.Is(this=value, expression=exp.null()), true=exp.null())], default=text)
    return _fn("DATE_FORMAT", value, exp.Literal.string(spark_datetime_pattern(fmt)))


def _timestamp_precision(t: exp.DataType) -> int:
    """n of TIMESTAMP(n); Teradata's TIMESTAMP is TIMESTAMP(6)."""
    if t.expressions:
        param = t.expressions[0]
        value = param.this if isinstance(param, exp.DataTypeParam) else param
        if isinstance(value, exp.Literal) and value.is_int:
            return int(value.name)
    return 6


def timestamp_text(value: exp.Expression, precision: int, target: str) -> exp.Expression:
    """A TIMESTAMP(n) as Teradata's default text 'YYYY-MM-DD HH:MI:SS.S(n)': always n fraction
    digits, trailing zeros included ('... 08:00:00.500000'); PostgreSQL and Spark print only the
    significant ones ('... 08:00:00.5')."""
    if target == "redshift":
        if precision == 0:
            return _fn("TO_CHAR", value, exp.Literal.string("YYYY-MM-DD HH24:MI:SS"))
        text = _fn("TO_CHAR", value, exp.Literal.string("YYYY-MM-DD HH24:MI:SS.US"))
        # US is six digits: keep the first n (Teradata truncates the fraction to the type's).
        return text if precision >= 6 else exp.Substring(
            this=text, start=exp.Literal.number(1), length=exp.Literal.number(20 + precision))
    pattern = "yyyy-MM-dd HH:mm:ss" + ("." + "S" * min(precision, 6) if precision else "")
    return _fn("DATE_FORMAT", value, exp.Literal.string(pattern))


def _format_of(node: exp.Expression) -> tuple[exp.Expression, str] | None:
    """(value, format) when `node` applies a FORMAT without converting the value to text."""
    if isinstance(node, exp.FormatPhrase):
        return node.this, node.args["format"].name
    if isinstance(node, exp.Cast) and node.args.get("format") is not None and node.to.this == DT.UNKNOWN:
        return node.this, node.args["format"].name
    return None


def _concat(pieces: list[exp.Expression], target: str) -> exp.Expression:
    if len(pieces) == 1:
        return pieces[0]
    if target == "redshift":
        out = pieces[0]
        for piece in pieces[1:]:
            out = exp.DPipe(this=out, expression=piece)
        return exp.paren(out)
    return exp.Concat(expressions=pieces)  # NULL when the value is NULL, as TO_CHAR is


def _spark_calendar_element(value: exp.Expression, element: str) -> exp.Expression | None:
    """Elements with no DATE_FORMAT letter: Q, IW (ISO week), WW (weeks from January 1), W, D."""
    def text(n):
        return exp.cast(n, "STRING")

    def week_of(day):  # (day - 1) DIV 7 + 1
        return exp.Add(this=exp.IntDiv(this=exp.paren(exp.Sub(this=day, expression=exp.Literal.number(1))),
                                       expression=exp.Literal.number(7)), expression=exp.Literal.number(1))

    def two_digits(n):
        return _fn("LPAD", text(n), exp.Literal.number(2), exp.Literal.string("0"))
    v = value.copy()
    return {"Q": lambda: text(_fn("QUARTER", v)),
            "IW": lambda: two_digits(_fn("WEEKOFYEAR", v)),
            "WW": lambda: two_digits(week_of(_fn("DAYOFYEAR", v))),
            "W": lambda: text(week_of(_fn("DAYOFMONTH", v))),
            "D": lambda: text(_fn("DAYOFWEEK", v))}.get(element, lambda: None)()


_NAMES = {"MON": ("Mon", "MMM", 0), "MONTH": ("Month", "MMMM", 9), "DY": ("Dy", "EEE", 0), "DAY": ("Day", "EEEE", 9)}


def to_char_datetime(value: exp.Expression, fmt: str, target: str) -> exp.Expression | None:
    """TO_CHAR(date|timestamp, format model) built from pieces where a target renders an element
    differently (None: the call stays as it is).

    Names follow the case the element is written in (MON -> 'FEB', Mon -> 'Feb'); MONTH and DAY
    are blank-padded to 9 characters unless FM is given.  Spark's patterns have no such case
    rule, no padding and no Q / IW / WW / W / D; Redshift renders all of them, but its uppercase
    month names are written UPPER(TO_CHAR(x, 'Mon')) so that no PostgreSQL rendering of the SQL
    turns them into localized 'TMMon'."""
    pieces: list[exp.Expression] = []
    run: list[str] = []   # the pattern of the current DATE_FORMAT / TO_CHAR run
    fill = True           # FM toggles padding off (and back on)
    special = False

    def flush():
        if run:
            pattern = exp.Literal.string("".join(run))
            pieces.append(_fn("TO_CHAR" if target == "redshift" else "DATE_FORMAT", value.copy(), pattern))
            run.clear()

    for kind, text in oracle_elements(fmt):
        element = text.upper()
        if kind == "element" and element == "FM":
            fill = not fill
            if target == "redshift":
                run.append(text)
            continue
        if target == "redshift":
            if kind == "element" and element in ("MON", "MONTH") and text == element:
                flush()
                pieces.append(exp.Upper(this=_fn("TO_CHAR", value.copy(), exp.Literal.string(
                    ("" if fill else "FM") + _NAMES[element][0]))))
                special = True
            else:
                run.append(f'"{text}"' if kind == "text" and text.isalpha() else text)
            continue
        if kind == "text":
            run.append(f"'{text}'" if any(c.isalpha() for c in text) else text.replace("'", "''"))
            continue
        if element in _NAMES:
            flush()
            oracle, java, width = _NAMES[element]
            name = _fn("DATE_FORMAT", value.copy(), exp.Literal.string(java))
            if text == element:
                name = exp.Upper(this=name)
            elif text == text.lower():
                name = exp.Lower(this=name)
            if width and fill:
                name = _fn("RPAD", name, exp.Literal.number(width), exp.Literal.string(" "))
            pieces.append(name)
            special = True
            continue
        calendar = _spark_calendar_element(value, element)
        if calendar is not None:
            flush()
            pieces.append(calendar)
            special = True
            continue
        java = spark_pattern_element(element)
        if java is None:
            return None
        run.append(java)
    flush()
    if not special and target == "redshift":
        return None
    return _concat(pieces, target) if pieces else None


def to_char_number(value: exp.Expression, fmt: str, ctx: PassContext) -> exp.Expression:
    """TO_CHAR(number, model) on Spark: FORMAT_NUMBER with the model as a DecimalFormat pattern
    (of the value rounded half up, as TO_CHAR rounds), padded to the model's width unless FM."""
    spec = spark_decimal_format(fmt)
    if spec is None:
        ctx.report("LEAPC-E003", Severity.ERROR, f"TO_CHAR number format '{fmt}' is not translated for Spark")
        return exp.ToChar(this=value, format=exp.Literal.string(fmt))
    pattern, width = spec
    decimals = len(pattern.split(".")[1]) if "." in pattern else 0
    text = _fn("FORMAT_NUMBER", exp.Round(this=value, decimals=exp.Literal.number(decimals)),
               exp.Literal.string(pattern))
    return _fn("LPAD", text, exp.Literal.number(width), exp.Literal.string(" ")) if width else text


@statement_pass("oracle_style_conversions", order=455,
                purpose="TO_DATE/TO_TIMESTAMP/TO_CHAR(value, format) and TO_NUMBER: Spark patterns; TO_NUMBER as an exact DECIMAL",
                triggers=(exp.Anonymous, exp.ToChar, exp.ToNumber))
def oracle_style_conversions(expr: exp.Expression, ctx: PassContext):
    def rewrite(node):
        if isinstance(node, exp.ToNumber):
            # Redshift's TO_NUMBER needs a format; a bare DECIMAL would be (18,0) / (10,0).
            return exp.cast(node.this, "DECIMAL(38, 10)")
        if isinstance(node, exp.ToChar):
            fmt = node.args.get("format")
            if not isinstance(fmt, exp.Literal):
                return node
            if is_kind(type_of(node.this, ctx.catalog), NUMERIC_TYPES):
                return to_char_number(node.this, fmt.name, ctx) if ctx.target == "pyspark" else node
            return to_char_datetime(node.this, fmt.name, ctx.target) or node
        name = node.name.upper()
        if name in ("TO_DATE", "TO_TIMESTAMP") and len(node.expressions) == 2 \
                and isinstance(node.expressions[1], exp.Literal) and ctx.target == "pyspark":
            pattern = exp.Literal.string(spark_pattern_from_oracle(node.expressions[1].name))
            return _fn("TO_DATE" if name == "TO_DATE" else "TO_TIMESTAMP_NTZ", exp.Trim(this=node.expressions[0]), pattern)
        if name == "TO_TIMESTAMP" and ctx.target == "redshift":
            return exp.cast(node, "TIMESTAMP")  # Redshift's TO_TIMESTAMP returns TIMESTAMPTZ
        return node
    return transform(expr, rewrite, exp.Anonymous, exp.ToChar, exp.ToNumber)


@statement_pass("timestamp_precision", order=465,
                purpose="CAST(x AS TIMESTAMP(0)) drops the fraction of a second: truncate it explicitly",
                triggers=(exp.Cast,))
def timestamp_precision(expr: exp.Expression, ctx: PassContext):
    def rewrite(node):
        if node.to.this in (DT.TIMESTAMP, DT.DATETIME) and node.to.expressions:
            param = node.to.expressions[0]
            value = param.this if isinstance(param, exp.DataTypeParam) else param
            if isinstance(value, exp.Literal) and value.name == "0":
                timestamp = "TIMESTAMP_NTZ" if ctx.target == "pyspark" else "TIMESTAMP"
                source = node.this
                if not is_kind(type_of(source, ctx.catalog), TIMESTAMP_TYPES):
                    # Text (a staging column, '9999-12-31 23:59:59') or a DATE: DATE_TRUNC
                    # needs a timestamp to truncate.
                    source = exp.cast(source, timestamp)
                truncated = _fn("DATE_TRUNC", exp.Literal.string("SECOND"), source)
                return exp.cast(truncated, timestamp)
        return node
    return transform(expr, rewrite, exp.Cast)


@statement_pass("time_values_on_spark", order=466, targets={"pyspark"},
                purpose="Spark has no TIME type: TIME values are 'HH:MM:SS' text, as TIME columns are",
                triggers=(exp.Cast,))
def time_values_on_spark(expr: exp.Expression, ctx: PassContext):
    def rewrite(node):
        if node.to.this != DT.TIME:
            return node
        if isinstance(node.this, exp.Literal) and node.this.is_string:
            return node.this
        if is_kind(type_of(node.this, ctx.catalog), TIMESTAMP_TYPES):
            return _fn("DATE_FORMAT", node.this, exp.Literal.string("HH:mm:ss"))
        return exp.cast(node.this, "STRING")
    return transform(expr, rewrite, exp.Cast)


@statement_pass("format_phrases", order=460,
                purpose="FORMAT phrases: parse strings to DATE/TIMESTAMP, render values as text, with translated patterns",
                triggers=(exp.StrToDate, exp.StrToTime, exp.Cast, exp.FormatPhrase))
def format_phrases(expr: exp.Expression, ctx: PassContext):
    def rewrite(node):
        try:
            if isinstance(node, (exp.StrToDate, exp.StrToTime)):
                kind = "DATE" if isinstance(node, exp.StrToDate) else "TIMESTAMP"
                return _parse_with_format(node.this, node.args["format"].name, kind, ctx.target)
            if isinstance(node, exp.Cast) and node.to.this in TEXT_TYPES:
                inner = _format_of(node.this)
                if inner is not None:
                    node.set("this", _render_with_format(inner[0], inner[1], ctx))
                elif node.args.get("format") is not None:
                    node.set("this", _render_with_format(node.this, node.args["format"].name, ctx))
                    node.set("format", None)
                else:
                    source = type_of(node.this, ctx.catalog)
                    if is_kind(source, {DT.TIMESTAMP, DT.TIMESTAMPNTZ, DT.DATETIME}):
                        node.set("this", timestamp_text(node.this, _timestamp_precision(source), ctx.target))
                return node
            if isinstance(node, exp.Cast) and node.args.get("format") is not None and node.to.this in (DT.DATE, *TIMESTAMP_TYPES):
                return _parse_with_format(node.this, node.args["format"].name,
                                          "DATE" if node.to.this == DT.DATE else "TIMESTAMP", ctx.target)
            inner = _format_of(node)
            parent = node.parent
            converts_to_text = isinstance(parent, exp.Cast) and parent.to.this in TEXT_TYPES
            if inner is not None and not converts_to_text:
                # FORMAT without a conversion to text only shapes how BTEQ displays the value.
                return inner[0]
        except FormatError as e:
            ctx.report("LEAPC-E003", Severity.ERROR, str(e))
        return node
    return transform(expr, rewrite, exp.StrToDate, exp.StrToTime, exp.Cast, exp.FormatPhrase)
