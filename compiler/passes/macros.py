"""Teradata macros: CREATE MACRO defines a parameterised statement list; EXEC runs it.
Neither target has macros with multi-statement bodies, so each EXEC expands inline with its
arguments bound (a Redshift procedure would need dynamic SQL for the same effect)."""
from __future__ import annotations

from sqlglot import exp

from leapc.diagnostics import Severity
from leapc.dialects.teradata.sqlglot_dialect import MacroCall
from leapc.ir import MacroDef, Script, Statement
from leapc.passes.manager import PassContext, script_pass


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
            args = list(node.expr.expressions)
            bound = {p: (args[i] if i < len(args) else exp.null()) for i, (p, _) in enumerate(macro.params)}
            for body_node in macro.body:
                if isinstance(body_node, Statement) and body_node.expr is not None:
                    expr = _bind(body_node.expr.copy(), bound)
                    nodes.append(Statement(expr, node.span, body_node.source,
                                           [f"EXEC {name} (from the macro body at line {body_node.span.line})"]))
            script.diagnostics.add("LEAPC-I003", Severity.INFO, f"macro {name} expanded inline", node.span)
            continue
        nodes.append(node)
    script.nodes = nodes


def _bind(expr: exp.Expression, bound: dict[str, exp.Expression]) -> exp.Expression:
    def replace(node):
        if isinstance(node, exp.Placeholder) and (node.name or "").lower() in bound:
            return bound[node.name.lower()].copy()
        return node
    return expr.transform(replace, copy=False)
