"""CREATE TABLE for the target: Teradata types mapped, Teradata-only attributes and options
dropped, PRIMARY INDEX / PARTITION BY mapped to Redshift DISTKEY/SORTKEY, Spark tables stored
as parquet (or the format the options name).

Mapping rule (README "Physical design"): a single-column PRIMARY INDEX becomes DISTKEY(col); a
multi-column one DISTSTYLE EVEN (Redshift distributes on one column only, and a skewed first
column is worse than even); the first column of a PARTITION BY becomes SORTKEY(col)."""
from __future__ import annotations

from sqlglot import exp

from leapc.diagnostics import Severity
from leapc.catalog import named_table
from leapc.passes.manager import PassContext, statement_pass

DT = exp.DataType.Type


def _length(dtype: exp.DataType) -> int | None:
    params = dtype.expressions
    if params and isinstance(params[0], exp.DataTypeParam) and params[0].this.is_int:
        return int(params[0].this.name)
    return None


def map_type(dtype: exp.DataType, target: str, charset: str | None) -> exp.DataType:
    """A Teradata column type as the target declares it (see docs/mapping.md)."""
    kind = dtype.this
    unicode = (charset or "LATIN").upper() == "UNICODE"
    if kind in (DT.FLOAT, DT.DOUBLE):
        return exp.DataType.build("DOUBLE")
    if kind == DT.DECIMAL and not dtype.expressions:
        return exp.DataType.build("DECIMAL(5, 0)")       # Teradata's DECIMAL default
    if kind in (DT.VARCHAR, DT.NVARCHAR):
        n = _length(dtype)
        if target == "pyspark" or n is None:
            return exp.DataType.build("STRING") if target == "pyspark" else exp.DataType.build("VARCHAR(65535)")
        # Redshift counts UTF-8 bytes, Teradata characters: 3 bytes per UNICODE (BMP)
        # character, 2 per LATIN character (accented letters take two bytes in UTF-8).
        return exp.DataType.build(f"VARCHAR({min(n * (3 if unicode else 2), 65535)})")
    if kind in (DT.CHAR, DT.NCHAR):
        n = _length(dtype) or 1
        if target == "redshift" and unicode:
            return exp.DataType.build(f"VARCHAR({min(n * 3, 65535)})")
        return exp.DataType.build(f"CHAR({n})")
    if kind in (DT.TEXT,):
        return exp.DataType.build("STRING" if target == "pyspark" else "VARCHAR(65535)")
    if kind == DT.TIME:
        return exp.DataType.build("STRING") if target == "pyspark" else exp.DataType.build("TIME")
    if kind in (DT.TIMESTAMP, DT.DATETIME):
        return exp.DataType.build("TIMESTAMP_NTZ" if target == "pyspark" else "TIMESTAMP")
    if kind in (DT.TIMESTAMPTZ, DT.TIMESTAMPLTZ):
        return exp.DataType.build("TIMESTAMP" if target == "pyspark" else "TIMESTAMPTZ")
    if kind in (DT.BINARY, DT.VARBINARY, DT.BLOB):
        return exp.DataType.build("BINARY" if target == "pyspark" else "VARBYTE")
    if kind == DT.TINYINT:
        return exp.DataType.build("SMALLINT")
    return dtype.copy()


def _charset(col: exp.ColumnDef) -> str | None:
    for c in col.args.get("constraints") or []:
        if isinstance(c.args.get("kind"), exp.CharacterSetColumnConstraint):
            return c.args["kind"].name
    return None


_DEFAULT_KEYWORDS = {"DATE": exp.CurrentDate, "CURRENT_DATE": exp.CurrentDate,
                     "CURRENT_TIMESTAMP": exp.CurrentTimestamp, "USER": exp.CurrentUser,
                     "CURRENT_USER": exp.CurrentUser}


def _system_default(dtype: exp.DataType) -> exp.Expression:
    """What `WITH DEFAULT` stores: zero for numbers, blanks for CHAR, '' for VARCHAR, today for
    DATE, now for TIMESTAMP."""
    if dtype.this in (DT.CHAR, DT.NCHAR):
        return exp.Literal.string(" ")
    if dtype.this in (DT.VARCHAR, DT.NVARCHAR, DT.TEXT):
        return exp.Literal.string("")
    if dtype.this == DT.DATE:
        return exp.CurrentDate()
    if dtype.this in (DT.TIMESTAMP, DT.DATETIME, DT.TIMESTAMPTZ):
        return exp.CurrentTimestamp()
    return exp.Literal.number(0)


def _target_column(col: exp.ColumnDef, target: str, ctx: PassContext) -> exp.ColumnDef:
    constraints = []
    char_default = False
    for c in col.args.get("constraints") or []:
        kind = c.args.get("kind")
        if isinstance(kind, exp.NotNullColumnConstraint):
            constraints.append(c.copy())
        elif isinstance(kind, exp.GeneratedAsIdentityColumnConstraint):
            if target == "redshift":
                constraints.append(c.copy())
            else:
                ctx.report("LEAPC-W007", Severity.WARNING,
                           f"identity column {col.name}: parquet tables cannot generate values; converted "
                           "INSERTs number new rows after the stored maximum, other writers must supply them")
        elif isinstance(kind, exp.UppercaseColumnConstraint):
            ctx.report("LEAPC-W005", Severity.WARNING,
                       f"UPPERCASE attribute of {col.name} dropped: values are stored as given")
        elif isinstance(kind, exp.DefaultColumnConstraint):
            value = kind.this
            if isinstance(value, exp.Column) and value.name.upper() == "LEAPC_SYSTEM_DEFAULT":
                value = _system_default(col.args["kind"])
            elif isinstance(value, exp.Column) and value.name.upper() in _DEFAULT_KEYWORDS:
                value = _DEFAULT_KEYWORDS[value.name.upper()]()
            if target == "pyspark" and col.args["kind"].this in (DT.CHAR, DT.NCHAR):
                # Spark accepts no default on a CHAR(n) column: it becomes a STRING column and
                # the default carries the pad blanks CHAR(n) would have added.
                char_default = True
                if isinstance(value, exp.Literal) and value.is_string:
                    value = exp.Literal.string(value.name.ljust(_length(col.args["kind"]) or 1))
            constraints.append(exp.ColumnConstraint(kind=exp.DefaultColumnConstraint(this=value.copy())))
        # FORMAT, TITLE, COMPRESS, CHARACTER SET, [NOT] CASESPECIFIC shape Teradata storage and
        # display only; case rules are carried by the passes that read them from the catalog.
    kind = exp.DataType.build("STRING") if char_default else map_type(col.args["kind"], target, _charset(col))
    return exp.ColumnDef(this=col.this.copy(), kind=kind, constraints=constraints or None)


def _index_columns(create: exp.Create) -> list[str]:
    for index in create.args.get("indexes") or []:
        if index.args.get("primary") or isinstance(index, exp.Index):
            params = index.args.get("params")
            cols = params.args.get("columns") if params else None
            if cols:
                return [c.this.name if isinstance(c, exp.Ordered) else c.name for c in cols]
    return []


def _partition_column(create: exp.Create) -> str | None:
    for index in create.args.get("indexes") or []:
        params = index.args.get("params")
        for expression in (params.args.get("partition_by") or []) if params else []:
            col = expression.find(exp.Column)
            if col is not None:
                return col.name
    props = create.args.get("properties")
    for p in (props.expressions if props else []):
        if isinstance(p, exp.PartitionedByProperty):
            col = p.find(exp.Column)
            return col.name if col else None
    return None


@statement_pass("target_table_ddl", order=900,
                purpose="CREATE TABLE with target types; PRIMARY INDEX -> DISTKEY, PARTITION BY -> SORTKEY; Spark tables USING parquet",
                triggers=(exp.Create,))
def target_table_ddl(expr: exp.Expression, ctx: PassContext):
    if not isinstance(expr, exp.Create) or (expr.args.get("kind") or "").upper() != "TABLE":
        return expr
    tdef = ctx.catalog.get(named_table(expr))
    temporary = bool(tdef and (tdef.volatile or tdef.temporary))
    props: list[exp.Expression] = []
    schema = expr.this
    if isinstance(schema, exp.Schema):
        schema.set("expressions", [_target_column(c, ctx.target, ctx) if isinstance(c, exp.ColumnDef) else c
                                   for c in schema.expressions
                                   if not isinstance(c, exp.ColumnDef) or c.args.get("kind") is not None])
    if temporary:
        if ctx.target == "redshift":
            props.append(exp.TemporaryProperty())
            table = schema.this if isinstance(schema, exp.Schema) else schema
            table.set("db", None)
        ctx.report("LEAPC-I004", Severity.INFO, "volatile table becomes a session-scoped table")
    elif ctx.target == "redshift":
        index = _index_columns(expr)
        if len(index) == 1:
            props.append(exp.DistKeyProperty(this=exp.to_identifier(index[0])))
        elif len(index) > 1:
            props.append(exp.DistStyleProperty(this=exp.var("EVEN")))
        partition = _partition_column(expr)
        if partition:
            props.append(exp.SortKeyProperty(this=[exp.to_identifier(partition)], compound=False))
    else:
        props.append(exp.FileFormatProperty(this=exp.var(ctx.options.get("spark_format", "PARQUET").upper())))
    expr.set("indexes", None)
    source = expr.expression
    old_props = expr.args.get("properties")
    no_data = bool(old_props) and any(isinstance(p, exp.WithDataProperty) and p.args.get("no")
                                      for p in old_props.expressions)
    if isinstance(source, exp.Table):
        source = exp.select("*").from_(source.copy())
    if isinstance(source, exp.Subquery):
        source = source.this
    if source is not None and no_data:
        source = exp.select("*").from_(exp.Subquery(this=source, alias=exp.TableAlias(
            this=exp.to_identifier("leapc_no_data")))).where(exp.false())
    if source is not None:
        expr.set("expression", source)
    expr.set("properties", exp.Properties(expressions=props) if props else None)
    return expr
