"""Built-in functions and keywords whose meaning or spelling differs on the targets, and the
Teradata-only ones that have no equivalent (reported, never passed through silently)."""
from __future__ import annotations

from sqlglot import exp

from leapc.diagnostics import Severity
from leapc.passes.manager import PassContext, statement_pass, transform
from leapc.typing import column_def

# Functions that exist only on Teradata (hashing, AMP placement, Teradata system functions).
TERADATA_ONLY = {"HASHROW", "HASHBUCKET", "HASHAMP", "HASHBAKAMP", "BYTES", "VARGRAPHIC", "TRANSLATE_CHK",
                 "TD_DAY_OF_CALENDAR", "TD_SYSFNLIB", "ROWID", "SESSION", "ACCOUNT", "DATABASE", "PROFILE",
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
