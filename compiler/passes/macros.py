"""Teradata macros: CREATE MACRO defines a parameterised statement list; EXEC runs it.
Neither target has macros with multi-statement bodies, so each EXEC expands inline with its
arguments bound (a Redshift procedure would need dynamic SQL for the same effect)."""
from __future__ import annotations

import re

import sqlglot
from sqlglot import exp

from leapc.diagnostics import Severity
from leapc.dialects.teradata.sqlglot_dialect import LeapTeradata, MacroCall
from leapc.ir import MacroDef, Script, Statement
from leapc.passes.manager import PassContext, script_pass


_DEFAULT = re.compile(r"\bDEFAULT\s+(.+?)\s*$", re.I | re.S)
DIALECT = LeapTeradata()


@script_pass("expand_macros", order=10,
             purpose="EXEC macro(args) becomes the macro's statements with :params bound to the arguments")
def expand_macros(script: Script, ctx: PassContext) -> None:
    macros: dict[str, MacroDef] = {}
    nodes = []
    for node in script.nodes:
        if isinstance(node, MacroDef):
            macros[node.name] = node
            macros.setdefault(node.name.split(".")[-1], node)
            continue
        if isinstance(node, Statement) and isinstance(node.expr, MacroCall):
            name = ".".join(p for p in (node.expr.this.db, node.expr.this.name) if p).lower()
            macro = macros.get(name) or macros.get(name.split(".")[-1])
            if macro is None:
                script.diagnostics.add("LEAPC-E005", Severity.ERROR,
                                       f"EXEC {name}: the macro's definition is not in this script", node.span)
                nodes.append(Statement(None, node.span, node.source, node.comments))
                continue
            bound = _arguments(macro, list(node.expr.expressions))
            body = [Statement(expr, node.span, body_node.source,
                              [f"EXEC {name} (from the macro body at line {body_node.span.line})"],
                              continues_request=True)
                    for expr, body_node in _expand(macro, bound, macros, script, node, depth=0)]
            if body:
                # A macro runs as one request; it also ends any request its EXEC was part of.
                body[-1].continues_request = node.continues_request
            nodes.extend(body)
            script.diagnostics.add("LEAPC-I003", Severity.INFO, f"macro {name} expanded inline", node.span)
            continue
        nodes.append(node)
    script.nodes = nodes


def _bind(expr: exp.Expression, bound: dict[str, exp.Expression]) -> exp.Expression:
    def replace(node):
        if isinstance(node, exp.Placeholder) and (node.name or "").lower() in bound:
            value = bound[node.name.lower()].copy()
            # :p * 10 with p = 2 + 3 is (2 + 3) * 10.
            return exp.paren(value) if isinstance(value, (exp.Binary, exp.Unary)) else value
        return node
    return expr.transform(replace, copy=False)


def _arguments(macro: MacroDef, args: list[exp.Expression]) -> dict[str, exp.Expression]:
    """Parameter values: by name (p = v), else by position; skipped or missing parameters
    take their DEFAULT, or NULL."""
    defaults = {}
    for name, spec in macro.params:
        m = _DEFAULT.search(spec)
        defaults[name] = sqlglot.parse_one(m.group(1), dialect=DIALECT) if m else exp.null()
    bound = dict(defaults)
    names = [p for p, _ in macro.params]
    for i, arg in enumerate(args):
        if isinstance(arg, exp.EQ) and isinstance(arg.this, exp.Column) and arg.this.name.lower() in bound:
            bound[arg.this.name.lower()] = arg.expression
        elif isinstance(arg, exp.Placeholder) and arg.name == "LEAPC_SKIPPED":
            continue
        elif i < len(names):
            bound[names[i]] = arg
    types = {name: _parameter_type(spec) for name, spec in macro.params}
    return {name: _typed_argument(value, types.get(name)) for name, value in bound.items()}


def _parameter_type(spec: str) -> exp.DataType | None:
    text = _DEFAULT.sub("", spec).strip()
    try:
        return exp.DataType.build(text, dialect=DIALECT) if text else None
    except Exception:  # noqa: BLE001 - an unknown type spelling keeps the argument as written
        return None


def _typed_argument(value: exp.Expression, dtype: exp.DataType | None) -> exp.Expression:
    """A quoted argument takes the parameter's type ('2024-01-31' for a DATE parameter is a
    date in the macro's arithmetic), as Teradata converts it on EXEC."""
    if dtype is None or not (isinstance(value, exp.Literal) and value.is_string) \
            or dtype.this in exp.DataType.TEXT_TYPES:
        return value
    return exp.cast(value, dtype)


def _expand(macro: MacroDef, bound, macros, script, call_node, depth):
    """The macro's statements with parameters bound; EXECs inside expand in turn."""
    if depth > 16:
        script.diagnostics.add("LEAPC-E003", Severity.ERROR, f"macro {macro.name} calls itself too deeply",
                               call_node.span)
        return
    for body_node in macro.body:
        if not isinstance(body_node, Statement) or body_node.expr is None:
            continue
        expr = _bind(body_node.expr.copy(), bound)
        if isinstance(expr, MacroCall):
            name = ".".join(p for p in (expr.this.db, expr.this.name) if p).lower()
            inner = macros.get(name) or macros.get(name.split(".")[-1])
            if inner is None:
                script.diagnostics.add("LEAPC-E005", Severity.ERROR,
                                       f"EXEC {name} inside macro {macro.name}: its definition is not in this script",
                                       body_node.span)
                continue
            yield from _expand(inner, _arguments(inner, list(expr.expressions)), macros, script, call_node, depth + 1)
            continue
        yield expr, body_node
