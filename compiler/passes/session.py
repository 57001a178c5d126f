"""Session and housekeeping statements: transactions (BT/ET), COLLECT STATISTICS, DATABASE,
HELP/SHOW, SET QUERY_BAND.  What has an equivalent becomes it; what has no effect on the target
stays as a commented note, reported, never silently dropped."""
from __future__ import annotations

import re

from sqlglot import exp

from leapc.diagnostics import Severity
from leapc.ir import Note, Script, Statement
from leapc.passes.manager import PassContext, script_pass, statement_pass, transform

_STATS_TABLE = re.compile(r"\bON\s+(?:TEMPORARY\s+)?([\w$#.\"]+)", re.I)


def _command_text(expr: exp.Expression) -> str:
    return f"{expr.this} {expr.expression.name if isinstance(expr.expression, exp.Expression) else expr.expression or ''}".strip()


@script_pass("session_statements", order=30,
             purpose="BT/ET become transactions, COLLECT STATISTICS becomes ANALYZE, DATABASE sets the schema; HELP/SHOW/QUERY_BAND become notes")
def session_statements(script: Script, ctx: PassContext) -> None:
    nodes = []
    for node in script.nodes:
        if not isinstance(node, Statement) or node.expr is None:
            nodes.append(node)
            continue
        replacement = _session(node, ctx, script)
        nodes.append(replacement if replacement is not None else node)
    script.nodes = nodes


def _note(node: Statement, script: Script, why: str) -> Note:
    script.diagnostics.add("LEAPC-W004", Severity.WARNING, why, node.span)
    return Note(why, node.span, node.source)


def _session(node: Statement, ctx: PassContext, script: Script):
    expr = node.expr
    word = node.source.strip().split(None, 1)[0].upper() if node.source.strip() else ""
    # On Spark the runtime emulates the transaction: tables written inside are restored on failure.
    if isinstance(expr, exp.Column) and word in ("BT", "ET") and node.source.strip().upper() in ("BT", "ET"):
        node.expr = exp.Transaction() if word == "BT" else exp.Commit()
        return node
    if isinstance(expr, exp.Alias) and word == "END" and re.match(r"\s*END\s+TRANSACTION\s*$", node.source, re.I):
        node.expr = exp.Commit()
        return node
    if isinstance(expr, exp.Command):
        text = _command_text(expr)
        head = text.split(None, 1)[0].upper()
        if head == "COLLECT":
            m = _STATS_TABLE.search(text)
            if not m:
                return _note(node, script, "COLLECT STATISTICS without a table name: kept as a note")
            table = m.group(1).replace('"', "")
            sql = f"ANALYZE {table}" if ctx.target == "redshift" else f"ANALYZE TABLE {table} COMPUTE STATISTICS"
            node.expr = exp.Command(this=sql.split(" ", 1)[0], expression=exp.Literal.string(sql.split(" ", 1)[1]))
            return node
        if head == "RENAME":
            m = re.match(r"RENAME\s+TABLE\s+([\w$#.\"]+)\s+(?:TO|AS)\s+([\w$#.\"]+)", text, re.I)
            if m:
                old, new = m.group(1).replace('"', ""), m.group(2).replace('"', "")
                # Redshift renames within the schema; Spark takes the qualified new name.
                new_name = new.split(".")[-1] if ctx.target == "redshift" else new
                node.expr = exp.Command(this="ALTER", expression=exp.Literal.string(f"TABLE {old} RENAME TO {new_name}"))
                return node
        if head in ("HELP", "SHOW", "DIAGNOSTIC", "LOGGING", "BEGIN", "END"):
            return _note(node, script, f"{head} has no effect on the target: kept as a note")
        script.diagnostics.add("LEAPC-E003", Severity.ERROR,
                               f"{head} statement has no translation for {ctx.target}", node.span)
        return None
    if isinstance(expr, exp.QueryBand) or (isinstance(expr, exp.Set) and expr.find(exp.QueryBand)):
        return _note(node, script, "SET QUERY_BAND: no equivalent; kept as a note")
    if isinstance(expr, exp.Use) and ctx.target == "redshift":
        schema = expr.this.name if expr.this is not None else ""
        node.expr = exp.Command(this="SET", expression=exp.Literal.string(f"search_path TO {schema}, public"))
        return node
    return None


@statement_pass("locking_modifiers", order=35,
                purpose="LOCKING ... FOR ACCESS only sets Teradata lock levels: the request (also inside a view) runs as is",
                triggers=(exp.LockingStatement, exp.LockingProperty))
def locking_modifiers(expr: exp.Expression, ctx: PassContext):
    for prop in list(expr.find_all(exp.LockingProperty)):
        props = prop.parent
        prop.pop()
        if isinstance(props, exp.Properties) and not props.expressions:
            props.pop()
    return transform(expr, lambda node: node.expression, exp.LockingStatement)
