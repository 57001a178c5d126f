"""Table semantics: SET tables discard duplicate rows on INSERT."""
from __future__ import annotations

from sqlglot import exp

from leapc.diagnostics import Severity
from leapc.ir import Script, Statement
from leapc.catalog import named_table
from leapc.passes.manager import PassContext, script_pass, statement_pass
from leapc.passes.strings import case_blind, comparable, except_intersect
from leapc.typing import STRING_TYPES, is_kind


def _stored_equal(stored: exp.Expression, value: exp.Expression, col, ctx: PassContext) -> exp.Expression:
    """Teradata's duplicate-row test for one column: NULLs are equal, strings compare as = does
    (trailing blanks ignored, case-blind when NOT CASESPECIFIC)."""
    if isinstance(value, exp.Null):
        return exp.Is(this=stored, expression=exp.null())
    if col is not None and is_kind(col.type, STRING_TYPES):
        blind = case_blind(col, ctx)
        stored, value = comparable(stored, blind), comparable(value.copy(), blind)
    equal = exp.EQ(this=stored, expression=value.copy())
    if isinstance(value, exp.Literal):
        return equal
    return exp.or_(equal, exp.and_(exp.Is(this=stored.copy(), expression=exp.null()),
                                   exp.Is(this=value.copy(), expression=exp.null())))


def _row_unless_stored(values: list[exp.Expression], table: exp.Table, names: list[str], tdef,
                       ctx: PassContext) -> exp.Select:
    """SELECT the row WHERE NOT EXISTS (an equal stored row): a single-row INSERT into a SET
    table stores nothing when the row is already there."""
    alias = ctx.fresh("leapc_stored")
    stored = exp.Table(this=table.this.copy(), db=table.args.get("db"), alias=exp.TableAlias(this=exp.to_identifier(alias)))
    condition = None
    for name, value in zip(names, values):
        test = _stored_equal(exp.column(name, table=alias), value, tdef.column(name), ctx)
        condition = test if condition is None else exp.and_(condition, test)
    exists = exp.Exists(this=exp.select("1").from_(stored).where(condition))
    return exp.select(*[v.copy() for v in values]).where(exp.not_(exists))


@statement_pass("set_table_inserts", order=870,
                purpose="INSERT into a SET table drops rows duplicating each other or stored rows",
                triggers=(exp.Insert,))
def set_table_inserts(expr: exp.Expression, ctx: PassContext):
    # It runs after the passes that convert the stored values, which look for the INSERT's rows.
    if not isinstance(expr, exp.Insert):
        return expr
    schema = expr.this
    table = schema.this if isinstance(schema, exp.Schema) else schema
    tdef = ctx.catalog.get(table) if isinstance(table, exp.Table) else None
    if tdef is None or not tdef.set_table or expr.expression is None:
        return expr
    columns = [c.name for c in schema.expressions] if isinstance(schema, exp.Schema) else None
    source = expr.expression
    if isinstance(source, exp.Values) and len(source.expressions) == 1:
        if ctx.bteq:
            # The runner turns "no row inserted" into Teradata's error 2802 (ERRORCODE).
            expr.meta["duplicate_row_error"] = True
        else:
            ctx.report("LEAPC-W003", Severity.WARNING,
                       "single-row INSERT into a SET table: a duplicate row is skipped instead of failing with 2802")
        values = list(source.expressions[0].expressions)
        expr.set("expression", _row_unless_stored(values, table, columns or list(tdef.columns), tdef, ctx))
    else:
        if isinstance(source, exp.Values):
            rows = [exp.select(*[v.copy() for v in row.expressions]) for row in source.expressions]
            source = rows[0]
            for row in rows[1:]:
                source = exp.union(source, row, distinct=True)
        elif isinstance(source, exp.Subquery):
            source = source.this
        # EXCEPT is a set difference: it also removes duplicates inside the new rows, and
        # compares NULLs as equal, as Teradata's duplicate-row check does; strings compare as
        # Teradata's = does (trailing blanks, NOT CASESPECIFIC).
        stored = exp.select(*(columns or ["*"])).from_(table.copy())
        difference = exp.Except(this=source, expression=stored, distinct=True)
        expr.set("expression", except_intersect(difference, ctx) or difference)
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


def _commit_deletes_rows(create: exp.Create) -> bool:
    """Volatile and global temporary tables empty themselves at each commit unless they say
    ON COMMIT PRESERVE ROWS (Teradata's default is DELETE ROWS)."""
    props = create.args.get("properties")
    kinds = props.expressions if props else []
    session = any(isinstance(p, (exp.VolatileProperty, exp.TemporaryProperty)) or
                  (isinstance(p, exp.StabilityProperty) and p.name.upper() == "VOLATILE") for p in kinds)
    if not session:
        return False
    on_commit = [p for p in kinds if isinstance(p, exp.OnCommitProperty)]
    return not on_commit or bool(on_commit[0].args.get("delete"))


def _written_table(expr: exp.Expression) -> exp.Table | None:
    if isinstance(expr, exp.Insert):
        target = named_table(expr)
    elif isinstance(expr, (exp.Update, exp.Merge)):
        target = expr.this
    elif isinstance(expr, exp.Create) and expr.expression is not None:
        target = named_table(expr)
    else:
        return None
    return target if isinstance(target, exp.Table) else None


@script_pass("on_commit_delete_rows", order=40,
             purpose="Session tables without ON COMMIT PRESERVE ROWS lose their rows when each request commits (Teradata mode): so do the converted ones")
def on_commit_delete_rows(script: Script, ctx: PassContext) -> None:
    if ctx.options.get("session_mode", "teradata") != "teradata":
        return  # in ANSI mode the transaction spans requests until COMMIT
    emptied: set[str] = set()
    in_transaction = False
    written_in_transaction: dict[str, exp.Table] = {}
    nodes = []
    for node in script.nodes:
        nodes.append(node)
        if not isinstance(node, Statement) or node.expr is None:
            continue
        expr = node.expr
        if isinstance(expr, exp.Transaction):
            in_transaction = True
            continue
        if isinstance(expr, exp.Commit):
            in_transaction = False
            for table in written_in_transaction.values():
                nodes.append(Statement(exp.delete(table.copy()), node.span, node.source,
                                       [f"ON COMMIT DELETE ROWS: {table.name} empties at this commit"]))
            written_in_transaction.clear()
            continue
        if isinstance(expr, exp.Create) and (expr.args.get("kind") or "").upper() == "TABLE":
            table = named_table(expr)
            if isinstance(table, exp.Table) and _commit_deletes_rows(expr):
                emptied.add(table.name.lower())
        table = _written_table(expr)
        if table is not None and table.name.lower() in emptied and in_transaction:
            written_in_transaction[table.name.lower()] = table
        elif table is not None and table.name.lower() in emptied:
            script.diagnostics.add("LEAPC-I006", Severity.INFO,
                                   f"{table.name} has ON COMMIT DELETE ROWS: its rows are gone when this request commits",
                                   node.span, behaviour_changed=False)
            nodes.append(Statement(exp.delete(table.copy()), node.span, node.source,
                                   [f"ON COMMIT DELETE ROWS: {table.name} empties when the request above commits"]))
    script.nodes = nodes


def _identity_value(table: exp.Table, column: str, start: int, step: int) -> exp.Expression:
    """The next identity numbers: after the largest stored value (or from START WITH), one per
    inserted row.  Teradata only promises unique numbers, so any order of the new rows will do."""
    stored_max = exp.Subquery(this=exp.select(exp.Max(this=exp.column(column))).from_(table.copy()))
    first = exp.Coalesce(this=stored_max, expressions=[exp.Literal.number(start - step)])
    row = exp.Window(this=exp.RowNumber(), order=exp.Order(expressions=[exp.Ordered(this=exp.null())]))
    return exp.Add(this=first, expression=exp.Mul(this=row, expression=exp.Literal.number(step)))


@statement_pass("identity_columns", order=845, targets={"pyspark"},
                purpose="GENERATED AS IDENTITY columns get numbers on INSERT; Spark's file tables have no identity columns",
                triggers=(exp.Insert,))
def identity_columns(expr: exp.Expression, ctx: PassContext):
    schema = expr.this if isinstance(expr, exp.Insert) else None
    if not isinstance(schema, exp.Schema) or expr.expression is None:
        return expr
    table = schema.this
    tdef = ctx.catalog.get(table) if isinstance(table, exp.Table) else None
    listed = {c.name.lower() for c in schema.expressions}
    missing = [c for c in (tdef.columns.values() if tdef else []) if c.identity and c.name.lower() not in listed]
    if not missing:
        return expr
    names = [c.name for c in schema.expressions]
    source = expr.expression
    if isinstance(source, exp.Values):
        rows = [exp.select(*[exp.alias_(v.copy(), n) for v, n in zip(row.expressions, names)])
                for row in source.expressions]
        source = rows[0]
        for row in rows[1:]:
            source = exp.union(source, row, distinct=False)
    alias = ctx.fresh("leapc_rows")
    derived = exp.Subquery(this=source.this if isinstance(source, exp.Subquery) else source,
                           alias=exp.TableAlias(this=exp.to_identifier(alias),
                                                columns=[exp.to_identifier(n) for n in names]))
    generated = [exp.alias_(_identity_value(table, c.name, *c.identity), c.name) for c in missing]
    expr.set("expression", exp.select(*generated, *[exp.column(n, table=alias) for n in names]).from_(derived))
    schema.set("expressions", [exp.to_identifier(c.name) for c in missing] + list(schema.expressions))
    return expr


def _duplicate_key_query(source: exp.Expression, table: exp.Table, names: list[str], key: list[str],
                         tdef, ctx: PassContext) -> exp.Select:
    """A query returning a row when a key of the new rows repeats among them or matches a stored
    row.  The stored side is probed by a join on the key (the distribution key on Redshift),
    not grouped, so a large table is not scanned in full for each INSERT."""
    rows = source.this if isinstance(source, exp.Subquery) else source

    def new_rows():
        alias = ctx.fresh("leapc_new")
        return alias, exp.Subquery(this=rows.copy(), alias=exp.TableAlias(
            this=exp.to_identifier(alias), columns=[exp.to_identifier(n) for n in names]))

    def key_form(column, name):
        col = tdef.column(name)
        if col is not None and is_kind(col.type, STRING_TYPES):
            return comparable(column, case_blind(col, ctx))
        return column

    inside_alias, inside = new_rows()
    repeated = (exp.select("1").from_(inside)
                .group_by(*[key_form(exp.column(k, table=inside_alias), k) for k in key])
                .having(exp.GT(this=exp.Count(this=exp.Star()), expression=exp.Literal.number(1))))
    probe_alias, probe = new_rows()
    stored_alias = ctx.fresh("leapc_stored")
    same = None
    for k in key:
        new_key = key_form(exp.column(k, table=probe_alias), k)
        old_key = key_form(exp.column(k, table=stored_alias), k)
        test = exp.EQ(this=old_key, expression=new_key)
        if not (tdef.column(k) and tdef.column(k).not_null):
            # A unique index holds one NULL key: NULL keys collide like values.
            test = exp.or_(test, exp.and_(exp.Is(this=old_key.copy(), expression=exp.null()),
                                          exp.Is(this=new_key.copy(), expression=exp.null())))
        same = test if same is None else exp.and_(same, test)
    stored = exp.Table(this=table.this.copy(), db=table.args.get("db"),
                       alias=exp.TableAlias(this=exp.to_identifier(stored_alias)))
    collides = exp.select("1").from_(probe).where(exp.Exists(this=exp.select("1").from_(stored).where(same)))
    both = exp.Subquery(this=exp.union(repeated, collides, distinct=False),
                        alias=exp.TableAlias(this=exp.to_identifier(ctx.fresh("leapc_dup"))))
    return exp.select("1").from_(both).limit(1)


@statement_pass("unique_key_checks", order=960,
                purpose="INSERT into a table with a UNIQUE PRIMARY INDEX, PRIMARY KEY or UNIQUE columns fails with 2801 on a duplicate key (BTEQ runners check first)",
                triggers=(exp.Insert,), enabled=lambda ctx: ctx.bteq)
def unique_key_checks(expr: exp.Expression, ctx: PassContext):
    # After the naming passes, so the check reads the tables the INSERT writes.
    table = named_table(expr) if isinstance(expr, exp.Insert) else None
    tdef = ctx.catalog.get(table) if isinstance(table, exp.Table) else None
    if tdef is None or not tdef.unique_keys or expr.expression is None:
        return expr
    names = [c.name for c in expr.this.expressions] if isinstance(expr.this, exp.Schema) else \
        [c.name for c in tdef.columns.values()]
    listed = {n.lower() for n in names}
    checks = [_duplicate_key_query(expr.expression, table, names, key, tdef, ctx)
              for key in tdef.unique_keys if all(k.lower() in listed for k in key)]
    if checks:
        expr.meta["unique_checks"] = checks
    return expr
