"""PySpark emitter: a Glue job module `name.py` with `run(spark, args=None)` that runs each
converted statement through `wmg.scripts.SparkScript`, in source order, and a `__main__` entry
point that gets the session from the runtime.

Spark SQL runs through `script.sql`; what plain catalog tables cannot do in SQL (UPDATE, DELETE,
MERGE on parquet, volatile tables) goes through the runtime's table-rewrite calls."""
from __future__ import annotations

from sqlglot import exp
from sqlglot.dialects.spark import Spark

from leapc.dialects.teradata.script import markers_to_placeholders
from leapc.catalog import dropped_tables, named_table
from leapc.emit import (comment_block, header_lines, py_string, statement_ids, unique_checks_constant,
                        with_statement as _with_statement)
from leapc.diagnostics import Severity
from leapc.flow import import_call, python_lines
from leapc.ir import BteqCommand, Script, Statement
from leapc.passes.dml import _target_and_sources
from leapc.passes.types_ddl import map_type


class LeapSpark(Spark):
    class Generator(Spark.Generator):
        TRANSFORMS = {k: v for k, v in Spark.Generator.TRANSFORMS.items() if k is not exp.WithinGroup}

        def withingroup_sql(self, expression: exp.WithinGroup) -> str:
            # sqlglot writes PERCENTILE_APPROX, which neither interpolates nor is exact; Spark 3.4+
            # has the SQL-standard ordered-set aggregates.
            func = expression.this
            if isinstance(func, (exp.PercentileCont, exp.PercentileDisc)):
                name = "PERCENTILE_CONT" if isinstance(func, exp.PercentileCont) else "PERCENTILE_DISC"
                order = " ".join(self.sql(expression, "expression").split())
                return f"{name}({self.sql(func, 'this')}) WITHIN GROUP ({order})"
            return super().withingroup_sql(expression)


_DIALECT = LeapSpark()


def to_sql(expr: exp.Expression, pretty: bool = True) -> str:
    return markers_to_placeholders(_DIALECT.generate(expr, pretty=pretty))


def _recursive_with(expr: exp.Expression) -> exp.With | None:
    for with_ in expr.find_all(exp.With):
        if with_.args.get("recursive") and len(with_.expressions) == 1 \
                and isinstance(with_.expressions[0].this, exp.Union):
            return with_
    return None


def _dml_shape_ok(expr: exp.Expression) -> bool:
    target = expr.this
    if isinstance(target, exp.Schema):
        target = target.this
    if isinstance(expr, exp.Insert):
        return isinstance(target, exp.Table) and expr.expression is not None
    return isinstance(target, exp.Table)


def _refer_by_alias(dml: exp.Expression, target: exp.Table, alias: str) -> None:
    """Columns written as db.table.col of the DML target: the rewrite reads the target under
    `alias`, so they must say alias.col."""
    for column in dml.find_all(exp.Column):
        if column.args.get("db") is not None and column.table.lower() == target.name.lower() \
                and column.db.lower() == (target.db or "").lower():
            column.set("db", None)
            column.set("table", exp.to_identifier(alias))


def _view_column_type(kind: exp.DataType) -> str:
    """A volatile table is a temporary view over a DataFrame, whose schema Spark refuses to hold
    CHAR(n)/VARCHAR(n) ("logical plan should not have output of char/varchar type")."""
    if kind.this in (exp.DataType.Type.CHAR, exp.DataType.Type.VARCHAR, exp.DataType.Type.NCHAR,
                     exp.DataType.Type.NVARCHAR):
        return "STRING"
    return kind.sql(dialect="spark")


def _is_delete_action(then: exp.Expression | None) -> bool:
    # sqlglot keeps MERGE's `THEN DELETE` as a bare DELETE keyword.
    return isinstance(then, exp.Delete) or (isinstance(then, exp.Var) and then.name.upper() == "DELETE")


def _name(table: exp.Table) -> str:
    return ".".join(p for p in (table.db, table.name) if p)


class PySparkTarget:
    name = "pyspark"
    description = "PySpark job for AWS Glue 5 (Spark 3.5) and Spark 4 with ANSI mode"

    def emit(self, script: Script, ctx) -> dict[str, str]:
        ids = statement_ids(script)
        constants: list[str] = []
        calls: dict[int, list[str]] = {}
        has_bteq = any(isinstance(n, BteqCommand) for n in script.nodes)
        # Session tables are referenced without their database (temporary_table_names).
        volatile = set(ctx.catalog.session_tables)
        for node in script.statements:
            sid = ids[id(node)]
            constants.append("")
            constants.extend(comment_block(node.comments, "#"))
            constants.append(f"# source: {node.span.file}:{node.span.line}")
            if node.expr is None:
                constants.extend(comment_block(["NOT CONVERTED (see diagnostics):", *node.source.splitlines()], "#"))
                calls[id(node)] = [f"# {sid} not converted (see diagnostics)"]
                continue
            if node.using is not None:
                consts, call = self._imported(node, sid, script, ctx)
            else:
                consts, call = self._lower(node.expr, sid, has_bteq, volatile)
            constants.extend(consts)
            calls[id(node)] = call

        def render(stmt: Statement, io: dict) -> list[str]:
            sid = ids[id(stmt)]
            if stmt.expr is not None and stmt.using is not None and io["import"]:
                return [import_call(sid, sid, stmt, io)]
            if isinstance(stmt.expr, exp.Query) and io["export"] and io["export"]["path"]:
                return [f"script.export({sid!r}, {sid}, {io['export']['path']!r})"]
            return calls[id(stmt)]

        body = python_lines(script.nodes, render, script.diagnostics)
        raise_errors = "False" if has_bteq else "True"
        out = [
            '"""' + "\n".join(header_lines(script, "AWS Glue (PySpark)", "")).strip(),
            "",
            "run(spark, args=None) runs the converted statements in source order on the given",
            "SparkSession; it never creates or stops the session (the entry point below does).",
            '"""',
            "import sys",
            "",
            "from wmg.scripts import SparkScript",
            *constants,
            "",
            "",
            "def run(spark, args=None):",
            f"    with SparkScript(spark, args, raise_errors={raise_errors}) as script:",
            *["        " + line for line in _with_statement(body)],
            *(["    status = script.final_status()", "    if status:", "        raise SystemExit(status)"]
              if has_bteq else []),
            "",
            "",
            'if __name__ == "__main__":',
            "    from wmg.elt import glue_main",
            "",
            "    sys.exit(glue_main(run))",
        ]
        return {".py": "\n".join(out) + "\n"}

    # ------------------------------------------------------------------------------------------

    def _lower(self, expr: exp.Expression, sid: str, has_bteq: bool, volatile: set[str]):
        """(module-level constant lines, call lines) for one statement."""
        if isinstance(expr, (exp.Update, exp.Delete, exp.Merge, exp.Insert)) and not _dml_shape_ok(expr):
            return ([], [f"# {sid}: not converted (the statement's target is not a table)"])
        recursive = _recursive_with(expr)
        if recursive is not None:
            return self._recursive(expr, recursive, sid)
        if isinstance(expr, exp.Update):
            return self._update(expr, sid)
        if isinstance(expr, exp.Delete):
            return self._delete(expr, sid)
        if isinstance(expr, exp.Merge):
            return self._merge(expr, sid)
        if isinstance(expr, exp.Create) and (expr.args.get("kind") or "").upper() == "TABLE":
            table = named_table(expr)
            if isinstance(table, exp.Table) and _name(table).lower() in volatile:
                return self._volatile(expr, table, sid)
        if isinstance(expr, exp.Transaction):
            return [], [f"script.begin_transaction({sid!r})"]
        if isinstance(expr, (exp.Commit, exp.Rollback)):
            return [], [f"script.commit({sid!r})" if isinstance(expr, exp.Commit) else
                        f"script.sql({sid!r}, 'SELECT 1')  # ROLLBACK: nothing to undo outside BT"]
        dropped = dropped_tables(expr) if isinstance(expr, exp.Drop) else []
        if len(dropped) == 1 and not dropped[0].db and dropped[0].name.lower() in volatile:
            return [], [f"script.drop_volatile({sid!r}, {dropped[0].name!r})"]
        if isinstance(expr, exp.Insert):
            table = named_table(expr)
            if isinstance(table, exp.Table) and (has_bteq or _name(table).lower() in volatile):
                return self._insert(expr, table, sid)
        text = to_sql(expr)
        count = has_bteq and isinstance(expr, exp.Query)
        written = named_table(expr) if isinstance(expr, exp.Insert) else None
        writes = f", writes={_name(written)!r}" if isinstance(written, exp.Table) else ""
        return [f"{sid} = {py_string(text)}"], [f"script.sql({sid!r}, {sid}{', count=True' if count else ''}{writes})"]

    def _imported(self, node: Statement, sid: str, script: Script, ctx):
        """USING (...) INSERT ... VALUES (:a, ...): one INSERT ... SELECT over the imported
        records, which the runtime exposes as the view leapc_import."""
        expr = node.expr
        if not isinstance(expr, exp.Insert) or not isinstance(expr.expression, exp.Values):
            script.diagnostics.add("LEAPC-E003", Severity.ERROR,
                                   "only USING ... INSERT ... VALUES requests are run over imported records", node.span)
            return [], [f"# {sid} not converted (see diagnostics)"]
        row = expr.expression.expressions[0].copy()
        row = row.transform(lambda n: exp.column(n.name, table="leapc_import")
                            if isinstance(n, exp.Placeholder) else n, copy=False)
        # VARTEXT fields are text; Teradata converts them to the column types on insert, and
        # Spark's ANSI store assignment would refuse to, so the conversion is written out.
        target = named_table(expr)
        tdef = ctx.catalog.get(target) if isinstance(target, exp.Table) else None
        names = [c.name for c in expr.this.expressions] if isinstance(expr.this, exp.Schema) else \
            (list(tdef.columns) if tdef else [])
        values = []
        for i, value in enumerate(row.expressions):
            col = tdef.column(names[i]) if tdef is not None and i < len(names) else None
            values.append(exp.cast(value, map_type(col.type, "pyspark", None)) if col is not None else value)
        insert = expr.copy()
        insert.set("expression", exp.select(*values).from_("leapc_import"))
        return [f"{sid} = {py_string(to_sql(insert))}"], [f"# {sid}: USING request outside an .IMPORT"]

    def _recursive(self, expr: exp.Expression, with_: exp.With, sid: str):
        """WITH RECURSIVE (Spark has it only from 4.1): the runtime iterates the recursive
        branch to a fixpoint into a temp view, then runs the statement without the WITH."""
        cte = with_.expressions[0]
        union = cte.this
        columns = [c.name for c in cte.args["alias"].columns] if cte.args.get("alias") else []
        anchor, step = union.this, union.expression
        main = expr.copy()
        main.find(exp.With).pop()
        materialize = None
        if isinstance(main, exp.Create) and (main.args.get("kind") or "").upper() == "VIEW":
            # A persistent view cannot read a temp view: the view becomes a table holding its
            # rows at this point of the script (reported).
            view = named_table(main)
            view_columns = [c.name for c in main.this.expressions] if isinstance(main.this, exp.Schema) else None
            materialize = _name(view)
            main = main.expression
            if view_columns:
                main = exp.select("*").from_(exp.Subquery(this=main, alias=exp.TableAlias(
                    this=exp.to_identifier("leapc_view"), columns=[exp.to_identifier(c) for c in view_columns])))
        lines = [f"{sid}_ANCHOR = {py_string(to_sql(anchor))}",
                 f"{sid}_STEP = {py_string(to_sql(step))}",
                 f"{sid} = {py_string(to_sql(main))}"]
        call = (f"script.recursive({sid!r}, {cte.alias!r}, {columns!r}, {sid}_ANCHOR, {sid}_STEP, {sid}"
                + (f", materialize_as={materialize!r}" if materialize else "") + ")")
        return lines, [call]

    def _insert(self, expr: exp.Insert, table: exp.Table, sid: str):
        source = expr.expression
        if isinstance(source, exp.Values):
            source = exp.select("*").from_(exp.Subquery(this=source.copy(), alias=exp.TableAlias(
                this=exp.to_identifier("leapc_values"))))
        columns = [c.name for c in expr.this.expressions] if isinstance(expr.this, exp.Schema) else None
        text = to_sql(source)
        args = f"{sid!r}, {_name(table)!r}, {sid}" + (f", columns={columns!r}" if columns else "")
        if expr.meta.get("duplicate_row_error"):
            args += ", duplicate_row_error=True"
        constants = [f"{sid} = {py_string(text)}"]
        if expr.meta.get("unique_checks"):
            args += f", unique_checks={sid}_KEYS"
            constants.append(unique_checks_constant(sid, expr, to_sql))
        return constants, [f"script.insert({args})"]

    def _volatile(self, expr: exp.Create, table: exp.Table, sid: str):
        source = expr.expression
        name = table.name
        if source is not None:
            text = to_sql(source)
            return [f"{sid} = {py_string(text)}"], [f"script.create_volatile({sid!r}, {name!r}, {sid})"]
        columns = ", ".join(f"`{c.name}` {_view_column_type(c.args['kind'])}"
                            for c in expr.this.expressions if isinstance(c, exp.ColumnDef))
        return [], [f"script.create_volatile_like({sid!r}, {name!r}, {columns!r})"]

    def _update(self, expr: exp.Update, sid: str):
        target, sources = _target_and_sources(expr)
        alias = target.alias or target.name
        _refer_by_alias(expr, target, alias)
        sets = {}
        for a in expr.expressions:
            sets[a.this.name] = to_sql(a.expression, pretty=False)
        where = expr.args.get("where")
        src = ", ".join(to_sql(s, pretty=False) for s in sources) or None
        lines = [f"{sid}_SET = {{"] + [f"    {k!r}: {py_string(v)}," for k, v in sets.items()] + ["}"]
        if where is not None:
            lines.append(f"{sid}_WHERE = {py_string(to_sql(where.this))}")
        call = (f"script.update({sid!r}, {_name(target)!r}, {alias!r}, {sid}_SET"
                + (f", sources={src!r}" if src else "")
                + (f", where={sid}_WHERE" if where is not None else "") + ")")
        return lines, [call]

    def _delete(self, expr: exp.Delete, sid: str):
        target = expr.this
        alias = target.alias or target.name
        _refer_by_alias(expr, target, alias)
        where = expr.args.get("where")
        using = expr.args.get("using")
        src = ", ".join(to_sql(s, pretty=False) for s in using) if using else None
        lines = [f"{sid}_WHERE = {py_string(to_sql(where.this))}"] if where is not None else []
        call = (f"script.delete({sid!r}, {_name(target)!r}, {alias!r}"
                + (f", sources={src!r}" if src else "")
                + (f", where={sid}_WHERE" if where is not None else "") + ")")
        return lines, [call]

    def _merge(self, expr: exp.Merge, sid: str):
        target = expr.this
        alias = target.alias or target.name
        using = expr.args.get("using")
        source_alias = using.alias or (using.name if isinstance(using, exp.Table) else "leapc_src")
        source = using.copy()
        source.set("alias", None)
        sets, insert_cols, insert_vals, delete = {}, None, None, False
        whens = expr.args.get("whens")
        for when in (whens.expressions if whens else []):
            then = when.args.get("then")
            if _is_delete_action(then):
                delete = True
            elif isinstance(then, exp.Update):
                sets = {a.this.name: to_sql(a.expression, pretty=False) for a in then.expressions}
            elif isinstance(then, exp.Insert):
                cols = then.this
                insert_cols = [c.name for c in cols.expressions] if isinstance(cols, exp.Tuple) else None
                vals = then.expression
                insert_vals = [to_sql(v, pretty=False) for v in (vals.expressions if isinstance(vals, exp.Tuple) else [])]
        lines = [f"{sid}_ON = {py_string(to_sql(expr.args['on']))}"]
        call = (f"script.merge({sid!r}, {_name(target)!r}, {alias!r}, {to_sql(source, pretty=False)!r}, "
                f"{source_alias!r}, {sid}_ON, sets={sets!r}, insert_columns={insert_cols!r}, "
                f"insert_values={insert_vals!r}{', delete_matched=True' if delete else ''})")
        return lines, [call]
