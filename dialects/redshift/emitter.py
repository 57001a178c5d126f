"""Redshift emitter: `name.sql` with one statement per block, each under a `-- source:` line;
`name.py` with `run(conn, args=None)` when the script has BTEQ control flow."""
from __future__ import annotations

from sqlglot import exp
from sqlglot.dialects.redshift import Redshift

from leapc.dialects.teradata.script import markers_to_placeholders
from leapc.emit import (comment_block, header_lines, py_string, statement_ids, unique_checks_constant,
                        with_statement as _with_statement)
from leapc.flow import display, import_call, python_lines
from leapc.ir import BteqCommand, MacroDef, Note, Script, Statement


class LeapRedshift(Redshift):
    class Generator(Redshift.Generator):
        TRANSFORMS = {
            **Redshift.Generator.TRANSFORMS,
            # Redshift and PostgreSQL both spell a day-of-week extract this way.
            exp.StrPosition: lambda self, e: self.func("STRPOS", e.this, e.args.get("substr")),
        }


_DIALECT = LeapRedshift()


def to_sql(expr: exp.Expression, pretty: bool = True) -> str:
    # The statement tree is not used after printing, so the generator may work on it in place.
    return markers_to_placeholders(_DIALECT.generate(expr, copy=False, pretty=pretty))


class RedshiftTarget:
    name = "redshift"
    description = "Amazon Redshift SQL (+ a DB-API runner for BTEQ control flow)"

    def emit(self, script: Script, ctx) -> dict[str, str]:
        ids = statement_ids(script)
        lines = header_lines(script, "Amazon Redshift", "--")
        bodies: dict[int, str] = {}
        for node in script.nodes:
            lines.append("")
            if isinstance(node, Statement):
                lines.extend(comment_block(node.comments, "--"))
                lines.append(f"-- source: {node.span.file}:{node.span.line}  [{ids[id(node)]}]")
                if node.expr is None:
                    lines.extend(comment_block(["NOT CONVERTED (see diagnostics):", *node.source.splitlines()], "--"))
                    continue
                body = to_sql(node.expr)
                bodies[id(node)] = body
                lines.append(body + ";")
            elif isinstance(node, BteqCommand):
                lines.append(f"-- source: {node.span.file}:{node.span.line}  BTEQ: {display(node)}")
            elif isinstance(node, Note):
                lines.append(f"-- source: {node.span.file}:{node.span.line}  NOTE: {node.text}")
                lines.extend(comment_block(node.source.splitlines(), "--"))
            elif isinstance(node, MacroDef):
                lines.append(f"-- source: {node.span.file}:{node.span.line}  macro {node.name} "
                             "(expanded at each EXEC)")
        outputs = {".sql": "\n".join(lines).strip() + "\n"}
        # A runner where BTEQ control flow or job parameters (${VAR}) need one.
        if any(isinstance(n, BteqCommand) for n in script.nodes) or any("${" in b for b in bodies.values()):
            outputs[".py"] = self._runner(script, ids, bodies, ctx)
        return outputs

    def _runner(self, script: Script, ids, bodies, ctx) -> str:
        constants = []
        for node in script.statements:
            if id(node) in bodies:
                constants.append(f"# source: {node.span.file}:{node.span.line}")
                constants.append(f"{ids[id(node)]} = {py_string(bodies[id(node)])}")
                if node.expr.meta.get("unique_checks"):
                    constants.append(unique_checks_constant(ids[id(node)], node.expr, to_sql))
                constants.append("")

        def render(stmt: Statement, io: dict) -> list[str]:
            sid = ids[id(stmt)]
            if id(stmt) not in bodies:
                return [f"# {sid} not converted (see diagnostics)"]
            sql = bodies[id(stmt)].lstrip().upper()
            query = sql.startswith("SELECT") or sql.startswith("WITH")
            if stmt.using is not None and io["import"]:
                return [import_call(sid, sid, stmt, io)]
            if query and io["export"] and io["export"]["path"]:
                return [f"script.export({sid!r}, {sid}, {io['export']['path']!r})"]
            duplicate = ", duplicate_row_error=True" if stmt.expr.meta.get("duplicate_row_error") else ""
            if stmt.expr.meta.get("unique_checks"):
                duplicate += f", unique_checks={sid}_KEYS"
            return [f"script.sql({sid!r}, {sid}{', count=True' if query else ''}{duplicate})"]

        body = python_lines(script.nodes, render, script.diagnostics)
        out = [
            '"""' + "\n".join(header_lines(script, "Amazon Redshift (runner)", "")).strip() + "\n",
            "run(conn, args=None) runs the statements of the .sql file beside this one over a",
            'DB-API connection, with the BTEQ control flow of the source."""',
            "import sys",
            "",
            "from wmg.scripts import DbScript",
            "",
            *constants,
            "",
            "def run(conn, args=None):",
            "    with DbScript(conn, args, raise_errors=False) as script:",
            *["        " + line for line in _with_statement(body)],
            "    status = script.final_status()",
            "    if status:",
            "        raise SystemExit(status)",
            "",
            "",
            'if __name__ == "__main__":',
            "    from wmg.elt import db_main",
            "",
            "    sys.exit(db_main(run))",
        ]
        return "\n".join(out) + "\n"
