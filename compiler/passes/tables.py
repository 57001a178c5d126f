"""Table semantics: SET tables discard duplicate rows on INSERT."""
from __future__ import annotations

from sqlglot import exp

from leapc.diagnostics import Severity
from leapc.passes.manager import PassContext, statement_pass


@statement_pass("set_table_inserts", order=800,
                purpose="INSERT into a SET table drops rows duplicating each other or stored rows: ... EXCEPT SELECT FROM target",
                triggers=(exp.Insert,))
def set_table_inserts(expr: exp.Expression, ctx: PassContext):
    if not isinstance(expr, exp.Insert):
        return expr
    schema = expr.this
    table = schema.this if isinstance(schema, exp.Schema) else schema
    tdef = ctx.catalog.get(table) if isinstance(table, exp.Table) else None
    if tdef is None or not tdef.set_table or expr.expression is None:
        return expr
    columns = [c.name for c in schema.expressions] if isinstance(schema, exp.Schema) else None
    stored = exp.select(*(columns or ["*"])).from_(table.copy())
    source = expr.expression
    if isinstance(source, exp.Values):
        ctx.report("LEAPC-W003", Severity.WARNING,
                   "single-row INSERT into a SET table: a duplicate row is skipped instead of failing with 2802")
        rows = [exp.select(*[v.copy() for v in row.expressions]) for row in source.expressions]
        source = rows[0]
        for row in rows[1:]:
            source = exp.union(source, row, distinct=True)
    elif isinstance(source, exp.Subquery):
        source = source.this
    # EXCEPT is a set difference: it also removes duplicates inside the new rows, and compares
    # NULLs as equal, which is how Teradata's duplicate-row check treats them.
    expr.set("expression", exp.Except(this=source, expression=stored, distinct=True))
    ctx.report("LEAPC-I001", Severity.INFO, f"SET table {tdef.name}: duplicate rows discarded on INSERT",
               behaviour_changed=False)
    return expr


@statement_pass("temporary_table_names", order=940,
                purpose="Volatile and global temporary tables live in the session: references drop their database",
                triggers=(exp.Table,), enabled=lambda ctx: bool(ctx.catalog.session_tables))
def temporary_table_names(expr: exp.Expression, ctx: PassContext):
    for table in expr.find_all(exp.Table):
        if not table.db:
            continue
        tdef = ctx.catalog.get(table)
        if tdef is not None and (tdef.volatile or tdef.temporary):
            table.set("db", None)
            table.set("catalog", None)
    return expr
