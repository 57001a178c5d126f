"""Name mapping: Teradata `db.table` becomes Redshift schema `db` / Spark database `db` by
default; a mapping file (`--mapping`, JSON {"databases": {"TD_DB": "target_db"}}) renames
databases."""
from __future__ import annotations

from sqlglot import exp

from leapc.passes.manager import PassContext, statement_pass


@statement_pass("map_database_names", order=950,
                purpose="Rename Teradata databases to target schemas/databases as the mapping file says",
                triggers=(exp.Table,), enabled=lambda ctx: bool(ctx.options.get("databases")))
def map_database_names(expr: exp.Expression, ctx: PassContext):
    mapping = {k.lower(): v for k, v in (ctx.options.get("databases") or {}).items()}
    if not mapping:
        return expr
    for table in expr.find_all(exp.Table):
        if table.db and table.db.lower() in mapping:
            table.set("db", exp.to_identifier(mapping[table.db.lower()]))
    for column in expr.find_all(exp.Column):
        if column.args.get("db") is not None and column.db.lower() in mapping:
            column.set("db", exp.to_identifier(mapping[column.db.lower()]))
    return expr
