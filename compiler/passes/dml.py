"""DML shapes: atomic upsert, Teradata's UPDATE ... FROM, DELETE forms, MERGE target aliases."""
from __future__ import annotations

from sqlglot import exp

from leapc.dialects.teradata.sqlglot_dialect import Upsert
from leapc.ir import Script, Statement
from leapc.diagnostics import Severity
from leapc.catalog import named_table
from leapc.passes.manager import PassContext, script_pass, statement_pass


@script_pass("split_upserts", order=20,
             purpose="UPDATE ... ELSE INSERT becomes UPDATE then INSERT ... WHERE NOT EXISTS (the same one-branch result)")
def split_upserts(script: Script, ctx: PassContext) -> None:
    nodes = []
    for node in script.nodes:
        if isinstance(node, Statement) and isinstance(node.expr, Upsert):
            update, insert = node.expr.this, node.expr.expression
            nodes.append(Statement(update, node.span, node.source, node.comments))
            nodes.append(Statement(_insert_if_absent(update, insert), node.span, node.source))
        else:
            nodes.append(node)
    script.nodes = nodes


def _insert_if_absent(update: exp.Update, insert: exp.Insert) -> exp.Insert:
    """The INSERT branch guarded by the UPDATE's condition.  Upsert's WHERE must name the
    primary index and may not change it, so 'no row matches after the UPDATE' is exactly
    'no row matched before it'."""
    target = update.this.copy()
    where = update.args.get("where")
    exists = exp.Exists(this=exp.select("1").from_(target).where(where.this.copy() if where else None))
    values = insert.expression
    if isinstance(values, exp.Values) and len(values.expressions) == 1:
        row = values.expressions[0]
        select = exp.select(*[v.copy() for v in row.expressions]).where(exp.not_(exists))
    else:
        select = exp.select("*").from_(exp.Subquery(this=values.copy(), alias=exp.TableAlias(
            this=exp.to_identifier("leapc_upsert")))).where(exp.not_(exists))
    new = insert.copy()
    new.set("expression", select)
    return new


@statement_pass("delete_forms", order=120,
                purpose="DELETE t / DELETE t ALL / DEL FROM t: one DELETE FROM shape for every target",
                triggers=(exp.Delete,))
def delete_forms(expr: exp.Expression, ctx: PassContext):
    if not isinstance(expr, exp.Delete):
        return expr
    tables = expr.args.get("tables") or []
    this = expr.this
    if tables and isinstance(this, exp.Table) and this.args.get("joins"):
        # Teradata's `DELETE o FROM t AS o, s AS b WHERE ...`: delete from the named one, the
        # others only qualify the rows.
        items = [this, *[j.this for j in this.args["joins"]]]
        items = [i.copy() for i in items]
        for i in items:
            i.set("joins", None)
        name = tables[0].name.lower()
        target = next((i for i in items if (i.alias or i.name).lower() == name), items[0])
        expr.set("this", target)
        expr.set("tables", None)
        expr.set("using", [i for i in items if i is not target])
    elif not this and tables:
        expr.set("this", tables[0])
        expr.set("tables", None)
    table = expr.this
    if isinstance(table, exp.Table) and table.alias.upper() == "ALL":
        table.set("alias", None)
    if ctx.target == "redshift" and isinstance(table, exp.Table) and table.alias and expr.args.get("using"):
        # Redshift's DELETE takes no alias on its target: references use the table name.
        alias = table.alias
        table.set("alias", None)
        for column in expr.find_all(exp.Column):
            if column.table.lower() == alias.lower():
                column.set("table", exp.to_identifier(table.name))
    return expr


def _target_and_sources(update: exp.Update):
    """Teradata: `UPDATE alias FROM t AS alias, s SET ...`; the target may be named by its
    alias in the FROM list.  Returns (target table with alias, the other FROM items)."""
    target = update.this
    frm = update.args.get("from_")
    if frm is None:
        return target, []
    first = frm.this
    items = [first, *[j.this for j in first.args.get("joins") or []]]
    items = [i.copy() for i in items]
    for i in items:
        i.set("joins", None)
    name = target.name.lower()
    for item in items:
        if isinstance(item, exp.Table) and ((item.alias or "").lower() == name
                                            or (item.name.lower() == name and (item.db or "").lower()
                                                == (target.db or item.db or "").lower())):
            return item, [i for i in items if i is not item]
    return target, items


def update_target(update: exp.Update) -> exp.Expression:
    """The table an UPDATE changes (named directly or by its alias in the FROM list)."""
    return _target_and_sources(update)[0]


def comma_from(items: list[exp.Expression]) -> exp.From:
    """FROM a, b, c as sqlglot keeps it: the first item carrying the others as joins."""
    first = items[0].copy()
    first.set("joins", [exp.Join(this=i.copy()) for i in items[1:]] or None)
    return exp.From(this=first)


@statement_pass("update_from", order=130, targets={"redshift"},
                purpose="Teradata UPDATE alias FROM t alias, s SET ...: target moves out of FROM, SET columns unqualified",
                triggers=(exp.Update,))
def update_from(expr: exp.Expression, ctx: PassContext):
    if not isinstance(expr, exp.Update):
        return expr
    target, sources = _target_and_sources(expr)
    expr.set("this", target)
    expr.set("from_", comma_from(sources) if sources else None)
    for assignment in expr.expressions:
        if isinstance(assignment, exp.EQ) and isinstance(assignment.this, exp.Column):
            assignment.set("this", exp.column(assignment.this.name))
    return expr


@statement_pass("merge_target_alias", order=140, targets={"redshift"},
                purpose="Redshift MERGE allows no alias on the target: references use the table name",
                triggers=(exp.Merge,))
def merge_target_alias(expr: exp.Expression, ctx: PassContext):
    if not isinstance(expr, exp.Merge) or not isinstance(expr.this, exp.Table):
        return expr
    target = expr.this
    alias = target.alias
    if not alias:
        return expr
    target.set("alias", None)
    for column in list(expr.find_all(exp.Column)):
        if column.table.lower() == alias.lower():
            column.set("table", exp.to_identifier(target.name))
            column.set("db", None)
    for when in expr.find_all(exp.When):
        then = when.args.get("then")
        if isinstance(then, exp.Update):
            for a in then.expressions:
                if isinstance(a, exp.EQ) and isinstance(a.this, exp.Column):
                    a.set("this", exp.column(a.this.name))
    return expr


@statement_pass("merge_insert_columns", order=145,
                purpose="MERGE ... WHEN NOT MATCHED THEN INSERT VALUES (...) names the target's columns, as an INSERT does",
                triggers=(exp.Merge,))
def merge_insert_columns(expr: exp.Expression, ctx: PassContext):
    # Without the list the values go by position, which only holds while the target's column
    # order is the one the script was written against; stating it also suits every target.
    if not isinstance(expr, exp.Merge) or not isinstance(expr.this, exp.Table):
        return expr
    tdef = ctx.catalog.get(expr.this)
    whens = expr.args.get("whens")
    for when in (whens.expressions if whens and tdef else []):
        then = when.args.get("then")
        if isinstance(then, exp.Insert) and then.this is None and isinstance(then.expression, exp.Tuple) \
                and len(then.expression.expressions) == len(tdef.columns):
            then.set("this", exp.Tuple(expressions=[exp.column(c.name) for c in tdef.columns.values()]))
    return expr


__all__ = ["_target_and_sources", "comma_from"]


@statement_pass("dml_target_is_a_table", order=5,
                purpose="UPDATE/DELETE/MERGE/INSERT must name a table to change: report statements that do not",
                triggers=(exp.Update, exp.Delete, exp.Merge, exp.Insert))
def dml_target_is_a_table(expr: exp.Expression, ctx: PassContext):
    if not isinstance(expr, (exp.Update, exp.Delete, exp.Merge, exp.Insert)):
        return expr
    target = named_table(expr)
    if isinstance(expr, exp.Delete) and not target and expr.args.get("tables"):
        target = expr.args["tables"][0]
    if not isinstance(target, exp.Table) or (isinstance(expr, exp.Insert) and expr.expression is None):
        ctx.report("LEAPC-E003", Severity.ERROR,
                   f"{expr.key.upper()} without a table to change (or without rows to insert) is not converted")
    return expr
