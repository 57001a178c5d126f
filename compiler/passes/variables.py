"""Script variables (`${VAR}`, `$VAR`, `%%VAR%%`): values given at conversion time
(`leapc convert --var NAME=VALUE`) are bound here; the others stay placeholders that the
runtime binds from the job's arguments (Glue job parameters, `run(..., args)`)."""
from __future__ import annotations

import re

import sqlglot
from sqlglot import exp

from leapc.passes.manager import PassContext, statement_pass

_MARKER = re.compile(r"LEAPCVAR__(\w+?)__")


@statement_pass("bind_variables", order=1,
                purpose="Bind ${VAR} placeholders given with --var; the rest become job parameters",
                triggers=(exp.Identifier, exp.Literal), enabled=lambda ctx: bool(ctx.options.get("variables")))
def bind_variables(expr: exp.Expression, ctx: PassContext):
    values = ctx.options.get("variables") or {}
    if not values:
        return expr
    for ident in list(expr.find_all(exp.Identifier)):
        name = ident.name
        if "LEAPCVAR__" not in name:
            continue
        whole = _MARKER.fullmatch(name)
        column = ident.parent if isinstance(ident.parent, exp.Column) else None
        if whole and whole.group(1) in values and column is not None and not column.table \
                and ident is column.this:
            # A placeholder standing for a value: the bound text is parsed as an expression.
            column.replace(sqlglot.parse_one(values[whole.group(1)], read="teradata"))
            continue
        bound = _MARKER.sub(lambda m: values.get(m.group(1), m.group(0)), name)
        ident.set("this", bound)
    for literal in expr.find_all(exp.Literal):
        if literal.is_string and "${" in literal.name:
            literal.set("this", re.sub(r"\$\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), literal.name))
    return expr
