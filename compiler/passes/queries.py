"""Query-shape rewrites: select-list aliases, QUALIFY, TOP, legacy moving aggregates, set ops."""
from __future__ import annotations

from sqlglot import exp

from leapc.catalog import table_key
from leapc.diagnostics import Severity
from leapc.dialects.teradata.sqlglot_dialect import LegacyMovingAggregate, ResetWhen
from leapc.passes.manager import PassContext, statement_pass, transform
from leapc.typing import _sources


def _selects(expr: exp.Expression):
    # Innermost first, so that rewrites of a derived table happen before its parent looks at it.
    return list(reversed(list(expr.find_all(exp.Select))))


# ----------------------------------------------------------------------------- aliases


@statement_pass("select_alias_references", order=200,
                purpose="Replace select-list aliases used in WHERE, GROUP BY, HAVING and QUALIFY by their expressions",
                triggers=(exp.Alias,))
def select_alias_references(expr: exp.Expression, ctx: PassContext):
    for select in _selects(expr):
        aliases = {p.alias.lower(): p.this for p in select.expressions
                   if isinstance(p, exp.Alias) and p.alias}
        if not aliases:
            continue
        source_columns = set()
        for cols in _sources(select, ctx.catalog).values():
            source_columns.update(cols)

        def replace(node, inside_window_ok=True):
            if (isinstance(node, exp.Column) and not node.table and node.name.lower() in aliases
                    and node.name.lower() not in source_columns
                    and enclosing_select_is(node, select)):
                return exp.paren(aliases[node.name.lower()].copy(), copy=False) \
                    if isinstance(aliases[node.name.lower()], exp.Binary) else aliases[node.name.lower()].copy()
            return node

        for key in ("where", "having", "qualify"):
            clause = select.args.get(key)
            if clause is not None:
                select.set(key, transform(clause, replace))
        # An alias used by a later select item (lateral alias): PostgreSQL/Redshift reject it.
        seen: dict[str, exp.Expression] = {}
        for i, p in enumerate(select.expressions):
            if seen:
                def lateral(node, seen=seen):
                    if (isinstance(node, exp.Column) and not node.table and node.name.lower() in seen
                            and node.name.lower() not in source_columns and enclosing_select_is(node, select)):
                        value = seen[node.name.lower()]
                        return exp.paren(value.copy()) if isinstance(value, exp.Binary) else value.copy()
                    return node
                target = p.this if isinstance(p, exp.Alias) else p
                new = transform(target, lateral, exp.Column)
                if isinstance(p, exp.Alias):
                    p.set("this", new)
                elif new is not p:
                    select.expressions[i].replace(new)
            if isinstance(p, exp.Alias) and p.alias:
                seen[p.alias.lower()] = p.this
        group = select.args.get("group")
        if group is not None:
            group.set("expressions", [transform(g, replace) for g in group.expressions])
    return expr


def enclosing_select_is(node: exp.Expression, select: exp.Select) -> bool:
    parent = node.parent
    while parent is not None and not isinstance(parent, exp.Select):
        parent = parent.parent
    return parent is select


# ----------------------------------------------------------------------------- stars


def _expand_star(select: exp.Select, ctx: PassContext) -> bool:
    """Replace `*` / `t.*` by the known columns; False when a source is unknown."""
    sources = _sources(select, ctx.catalog)
    new = []
    for p in select.expressions:
        star_of = None
        if isinstance(p, exp.Star):
            star_of = ""
        elif isinstance(p, exp.Column) and p.is_star:
            star_of = p.table.lower()
        if star_of is None:
            new.append(p)
            continue
        chosen = [(alias, cols) for alias, cols in sources.items() if not star_of or alias == star_of]
        if not chosen:
            return False
        for alias, cols in chosen:
            new.extend(exp.column(c.name, table=alias if len(sources) > 1 or star_of else None)
                       for c in cols.values())
    select.set("expressions", new)
    return True


# ----------------------------------------------------------------------------- QUALIFY


@statement_pass("qualify_to_derived_table", order=230,
                purpose="QUALIFY becomes a derived table filtered outside (Spark 3.5 and PostgreSQL lack QUALIFY)",
                triggers=(exp.Qualify,))
def qualify_to_derived_table(expr: exp.Expression, ctx: PassContext):
    for select in _selects(expr):
        qualify = select.args.get("qualify")
        if qualify is None:
            continue
        if any(isinstance(p, exp.Star) or (isinstance(p, exp.Column) and p.is_star) for p in select.expressions):
            if not _expand_star(select, ctx):
                ctx.report("LEAPC-W002", Severity.WARNING,
                           "QUALIFY over SELECT * of a table whose columns are unknown: helper columns may leak")
        select.set("qualify", None)
        outer_names = []
        outer_items = []
        inner_projections = []
        for i, p in enumerate(select.expressions):
            if isinstance(p.this if isinstance(p, exp.Alias) else p, exp.Null):
                # An untyped NULL inside a derived table becomes text on PostgreSQL/Redshift and
                # no longer fits the column it is inserted into: keep it outside.
                outer_items.append(p.copy())
                continue
            name = p.alias_or_name
            if not name or name in outer_names or (not isinstance(p, (exp.Alias, exp.Column))):
                name = ctx.fresh("leapc_c")
                p = exp.alias_(p, name, quoted=False)
            outer_names.append(name)
            outer_items.append(exp.column(name))
            inner_projections.append(p)
        by_text = {p.this.sql(): p.alias for p in inner_projections if isinstance(p, exp.Alias)}
        by_column = {p.name.lower(): p.name for p in inner_projections if isinstance(p, exp.Column)}

        def lift(node):
            # Windows (and aggregates) in QUALIFY are computed inside; the filter reads them.
            if isinstance(node, exp.Window) or (isinstance(node, exp.AggFunc) and select.args.get("group")):
                text = node.sql()
                if text not in by_text:
                    name = ctx.fresh("leapc_w")
                    inner_projections.append(exp.alias_(node.copy(), name))
                    by_text[text] = name
                return exp.column(by_text[text])
            if isinstance(node, exp.Column) and not isinstance(node.parent, exp.Window):
                if node.name.lower() in by_column and not node.table:
                    return exp.column(by_column[node.name.lower()])
                if node.sql() in by_text:
                    return exp.column(by_text[node.sql()])
                name = ctx.fresh("leapc_q")
                inner_projections.append(exp.alias_(node.copy(), name))
                by_text[node.sql()] = name
                return exp.column(name)
            return node

        condition = qualify.this.copy().transform(lift)
        order = select.args.get("order")
        limit = select.args.get("limit")
        select.set("order", None)
        select.set("limit", None)
        select.set("expressions", inner_projections)
        derived = exp.Subquery(alias=exp.TableAlias(this=exp.to_identifier(ctx.fresh("leapc_t"))))
        outer = exp.Select(expressions=outer_items, from_=exp.From(this=derived),
                           where=exp.Where(this=condition))
        if order is not None:
            outer.set("order", _reorder_by_output(order, inner_projections))
        if limit is not None:
            outer.set("limit", limit)
        if select is expr:
            expr = outer
        else:
            select.replace(outer)
        derived.set("this", select)
    return expr


def _reorder_by_output(order: exp.Order, projections) -> exp.Order:
    names = {p.this.sql(): p.alias for p in projections if isinstance(p, exp.Alias)}
    def fix(node):
        if isinstance(node, exp.Column) and node.table:
            return exp.column(node.name)
        if node.sql() in names:
            return exp.column(names[node.sql()])
        return node
    return order.transform(fix)


# ----------------------------------------------------------------------------- TOP


@statement_pass("top_with_ties", order=220,
                purpose="TOP n WITH TIES keeps every row tied with the n-th: RANK() <= n in a derived table",
                triggers=(exp.Limit,))
def top_with_ties(expr: exp.Expression, ctx: PassContext):
    for select in _selects(expr):
        limit = select.args.get("limit")
        options = limit.args.get("limit_options") if isinstance(limit, exp.Limit) else None
        ties = options is not None and options.args.get("with_ties")
        percent = options is not None and options.args.get("percent")
        if not (ties or percent):
            continue
        order = select.args.get("order")
        has_order = order is not None
        if order is None and ties:
            ctx.report("LEAPC-E003", Severity.ERROR, "TOP n WITH TIES without ORDER BY has no defined ties")
            continue
        if order is None:
            order = exp.Order(expressions=[exp.Ordered(this=exp.null())])  # any rows will do
        # ORDER BY 3 names the third select item; inside a window a bare 3 is a constant.
        window_order = order.copy()
        for ordered in window_order.expressions:
            key = ordered.this
            if isinstance(key, exp.Literal) and key.is_int and 1 <= int(key.name) <= len(select.expressions):
                item = select.expressions[int(key.name) - 1]
                ordered.set("this", (item.this if isinstance(item, exp.Alias) else item).copy())
            elif isinstance(key, exp.Column) and not key.table:
                aliased = {p.alias.lower(): p.this for p in select.expressions if isinstance(p, exp.Alias)}
                if key.name.lower() in aliased:
                    ordered.set("this", aliased[key.name.lower()].copy())
        # WITH TIES keeps every row ranked within the first n; otherwise exactly n rows.
        position = exp.Window(this=exp.Rank() if ties else exp.RowNumber(), order=window_order)
        if percent:
            # TOP m PERCENT is CEILING(m * rows / 100) rows: position - 1 < m * rows / 100,
            # written without a division so no decimal scale rounds it.
            rows = exp.Window(this=exp.Count(this=exp.Star()))
            keep = exp.LT(this=exp.Mul(this=exp.paren(exp.Sub(this=position, expression=exp.Literal.number(1))),
                                       expression=exp.Literal.number(100)),
                          expression=exp.Mul(this=limit.expression.copy(), expression=rows))
        else:
            keep = exp.LTE(this=position, expression=limit.expression.copy())
        select.set("limit", None)
        select.set("order", None)
        select.set("qualify", exp.Qualify(this=keep))
        # Re-attach the ORDER BY on the outside, where QUALIFY's rewrite puts it.
        if has_order:
            select.set("order", order)
    return expr


# ----------------------------------------------------------------------------- MSUM / MAVG


@statement_pass("legacy_ordered_analytics", order=210,
                purpose="MSUM/MAVG/MCOUNT/MMIN/MMAX/MDIFF/CSUM/RANK(col)/QUANTILE become ANSI windows; their GROUP BY becomes the partition",
                triggers=(LegacyMovingAggregate,))
def legacy_ordered_analytics(expr: exp.Expression, ctx: PassContext):
    aggregates = {"MSUM": exp.Sum, "MAVG": exp.Avg, "MCOUNT": exp.Count, "MMIN": exp.Min, "MMAX": exp.Max,
                  "CSUM": exp.Sum}
    for select in _selects(expr):
        legacy = list(select.find_all(LegacyMovingAggregate))
        if not legacy:
            continue
        group = select.args.get("group")
        partition = [_group_item(select, g) for g in group.expressions] if group is not None else []
        for m in legacy:
            kind = m.args["kind"].name
            # Legacy sorts are ascending with NULLs first, except RANK(col), which ranks the
            # highest value first unless ASC is written.
            order = exp.Order(expressions=[
                exp.Ordered(this=o.this.copy() if isinstance(o, exp.Ordered) else o.copy(),
                            desc=_legacy_desc(o, kind), nulls_first=not _legacy_desc(o, kind))
                for o in m.args["order"].expressions])
            over = dict(partition_by=[p.copy() for p in partition] or None, order=order)
            if kind == "RANK":
                window = exp.Window(this=exp.Rank(), **over)
            elif kind == "QUANTILE":
                # Teradata's ANSI equivalent: (RANK() - 1) * q / COUNT(*), INTEGER division, so
                # the value is the row's bucket 0..q-1 (not a percentile of the values).
                rank = exp.Sub(this=exp.Window(this=exp.Rank(), **over), expression=exp.Literal.number(1))
                count = exp.Window(this=exp.Count(this=exp.Star()), partition_by=[p.copy() for p in partition] or None)
                scaled = exp.Mul(this=exp.paren(rank, copy=False), expression=m.this.copy())
                if ctx.target == "pyspark":
                    window = exp.cast(exp.IntDiv(this=scaled, expression=count), "INT")
                else:  # BIGINT / BIGINT truncates on Redshift, as Teradata's INTEGER division
                    window = exp.paren(exp.Div(this=scaled, expression=count, typed=True), copy=False)
            elif kind == "MDIFF":
                lag = exp.Window(this=exp.Lag(this=m.this.copy(), offset=m.args["width"].copy()), **over)
                window = exp.paren(exp.Sub(this=m.this.copy(), expression=lag))
            elif kind == "CSUM":
                spec = exp.WindowSpec(kind="ROWS", start="UNBOUNDED", start_side="PRECEDING", end="CURRENT ROW")
                window = exp.Window(this=exp.Sum(this=m.this.copy()), spec=spec, **over)
            else:
                width = int(m.args["width"].name)
                spec = exp.WindowSpec(kind="ROWS", start=str(width - 1) if width > 1 else "CURRENT ROW",
                                      start_side="PRECEDING" if width > 1 else None, end="CURRENT ROW")
                window = exp.Window(this=aggregates[kind](this=m.this.copy()), spec=spec, **over)
            m.replace(window)
        # With these functions Teradata's GROUP BY names the reset groups, not an aggregation.
        select.set("group", None)
    return expr


# ----------------------------------------------------------------------------- RESET WHEN


@statement_pass("reset_when_windows", order=205,
                purpose="Window RESET WHEN cond: partition also by the running count of rows where cond is TRUE (a derived table)",
                triggers=(ResetWhen,))
def reset_when_windows(expr: exp.Expression, ctx: PassContext):
    """A row where the condition is TRUE starts a new dynamic partition; the ANSI form numbers
    those partitions with SUM(CASE WHEN cond THEN 1 ELSE 0 END) OVER (PARTITION BY p ORDER BY o
    ROWS UNBOUNDED PRECEDING), computed in a derived table over the FROM table (after WHERE, as
    windows are), and adds that number to the window's PARTITION BY."""
    for select in _selects(expr):
        windows = [w for w in select.find_all(exp.Window)
                   if isinstance(w.args.get("order"), exp.Order) and w.args["order"].args.get("reset_when")
                   and w.find_ancestor(exp.Select) is select]
        if not windows:
            continue
        problem = _reset_when_problem(select, windows)
        if problem is None and any(isinstance(p, exp.Star) or (isinstance(p, exp.Column) and p.is_star)
                                   for p in select.expressions) and not _expand_star(select, ctx):
            problem = "SELECT * of a table whose columns are unknown"
        if problem is not None:
            ctx.report("LEAPC-E003", Severity.ERROR, f"RESET WHEN is not translated here: {problem}")
            continue
        source = select.args["from_"].this
        alias = source.alias_or_name
        helpers, names = [], {}
        for w in windows:
            order = w.args["order"]
            reset = order.args["reset_when"]
            order.set("reset_when", None)
            key = (tuple(p.sql() for p in w.args.get("partition_by") or []), order.sql(), reset.this.sql())
            if key not in names:
                names[key] = ctx.fresh("leapc_reset")
                flag = exp.Case(ifs=[exp.If(this=reset.this.copy(), true=exp.Literal.number(1))],
                                default=exp.Literal.number(0))
                spec = exp.WindowSpec(kind="ROWS", start="UNBOUNDED", start_side="PRECEDING")
                count = exp.Window(this=exp.Sum(this=flag), partition_by=[p.copy() for p in w.args.get("partition_by") or []] or None,
                                   order=order.copy(), spec=spec)
                helpers.append(exp.alias_(count, names[key]))
            w.set("partition_by", [*(w.args.get("partition_by") or []), exp.column(names[key], table=alias)])
        # The FROM table becomes a derived table of the same name, so t.col still resolves.
        inner = exp.Select(expressions=[exp.Column(this=exp.Star(), table=exp.to_identifier(alias)), *helpers],
                           from_=exp.From(this=source.copy()))
        where = select.args.get("where")
        if where is not None:
            inner.set("where", where)
            select.set("where", None)
        source.replace(exp.Subquery(this=inner, alias=exp.TableAlias(this=exp.to_identifier(alias))))
    return expr


def _reset_when_problem(select: exp.Select, windows) -> str | None:
    source = select.args.get("from_")
    if source is None or not isinstance(source.this, exp.Table) or select.args.get("joins"):
        return "the query reads more than one table"
    if select.args.get("group") or select.args.get("having") or any(
            isinstance(a, exp.AggFunc) and not isinstance(a.parent, exp.Window) for a in select.find_all(exp.AggFunc)):
        return "windows over aggregated rows"
    for w in windows:
        if w.args["order"].args["reset_when"].find(exp.Window, exp.AggFunc, exp.Subquery):
            return "a condition with a window, aggregate or subquery"
    return None


def _group_item(select: exp.Select, g: exp.Expression) -> exp.Expression:
    if isinstance(g, exp.Literal) and g.is_int and 1 <= int(g.name) <= len(select.expressions):
        item = select.expressions[int(g.name) - 1]
        return (item.this if isinstance(item, exp.Alias) else item).copy()
    return g.copy()


def _legacy_desc(o: exp.Expression, kind: str) -> bool:
    desc = o.args.get("desc") if isinstance(o, exp.Ordered) else None
    if kind == "RANK":
        return desc is not False  # DESC unless ASC was written
    return bool(desc)


# ----------------------------------------------------------------------------- EXCEPT ALL


@statement_pass("except_all_without_all", order=240, targets={"redshift"},
                purpose="EXCEPT/INTERSECT ALL (not in Redshift) via ROW_NUMBER occurrence numbers",
                triggers=(exp.Except, exp.Intersect))
def except_all_without_all(expr: exp.Expression, ctx: PassContext):
    for node in list(expr.find_all(exp.Except, exp.Intersect)):
        if node.args.get("distinct") is not False:
            continue
        left_cols = _output_names(node.left, ctx)
        if left_cols is None:
            ctx.report("LEAPC-E003", Severity.ERROR, f"{node.key.upper()} ALL over columns that cannot be listed")
            continue
        def numbered(query):
            names = [f"leapc_c{i + 1}" for i in range(len(left_cols))]
            inner = exp.Subquery(this=query.copy(), alias=exp.TableAlias(
                this=exp.to_identifier(ctx.fresh("leapc_s")),
                columns=[exp.to_identifier(n) for n in names]))
            rn = exp.Window(this=exp.RowNumber(), partition_by=[exp.column(n) for n in names],
                            order=exp.Order(expressions=[exp.Ordered(this=exp.column(names[0]), nulls_first=True)]))
            return exp.select(*[exp.column(n) for n in names], exp.alias_(rn, "leapc_rn")).from_(inner)
        op = type(node)(this=numbered(node.left), expression=numbered(node.right), distinct=True)
        wrapper = exp.select(*[exp.alias_(exp.column(f"leapc_c{i + 1}"), name)
                               for i, name in enumerate(left_cols)]).from_(
            exp.Subquery(this=op, alias=exp.TableAlias(this=exp.to_identifier(ctx.fresh("leapc_s")))))
        if node is expr:
            return wrapper
        node.replace(wrapper.subquery() if not isinstance(node.parent, (exp.Insert, exp.Create)) else wrapper)
    return expr


def _output_names(query: exp.Expression, ctx: PassContext):
    from leapc.typing import infer_query_columns

    cols = infer_query_columns(query, ctx.catalog)
    return [name for name, _ in cols] if cols else None


__all__ = ["table_key"]


@statement_pass("sample_rows", order=250,
                purpose="SAMPLE n returns n random rows of those the query qualifies: ORDER BY RANDOM() LIMIT n (Redshift has no TABLESAMPLE; Spark's samples the table before WHERE)",
                triggers=(exp.TableSample,))
def sample_rows(expr: exp.Expression, ctx: PassContext):
    for sample in list(expr.find_all(exp.TableSample)):
        select = sample.find_ancestor(exp.Select)
        size, percent = sample.args.get("size"), sample.args.get("percent")
        if select is None or (size is None and percent is None) or select.args.get("limit"):
            ctx.report("LEAPC-E003", Severity.ERROR, "this SAMPLE form has no translation")
            continue
        sample.pop()
        random = exp.Anonymous(this="RANDOM" if ctx.target == "redshift" else "RAND")
        if size is not None:
            select.set("order", exp.Order(expressions=[exp.Ordered(this=random)]))
            select.set("limit", exp.Limit(expression=size.copy()))
        else:
            fraction = exp.Div(this=percent.copy(), expression=exp.Literal.number(100), typed=False)
            select.where(exp.LT(this=random, expression=fraction), copy=False)
            ctx.report("LEAPC-W005", Severity.WARNING,
                       "SAMPLE fraction: each row is kept with that probability (Teradata returns the exact share)")
    return expr


@statement_pass("view_column_names", order=260, targets={"pyspark"},
                purpose="CREATE VIEW v (a, b) / CREATE TABLE t (a, b) AS SELECT x + y, ...: Spark wants the select items themselves named",
                triggers=(exp.Create,))
def view_column_names(expr: exp.Expression, ctx: PassContext):
    kind = (expr.args.get("kind") or "").upper() if isinstance(expr, exp.Create) else ""
    if not (kind in ("VIEW", "TABLE") and isinstance(expr.this, exp.Schema) and expr.this.expressions
            and expr.expression is not None):
        return expr
    if kind == "TABLE":
        # CREATE TABLE t (a, b) AS (SELECT ...): Spark's CTAS takes no bare column list.
        if any(isinstance(c, exp.ColumnDef) for c in expr.this.expressions):
            return expr
    names = [c.name for c in expr.this.expressions]
    query = expr.expression
    while isinstance(query, (exp.SetOperation, exp.Subquery)):
        query = query.this
    if isinstance(query, exp.Select) and len(query.expressions) == len(names) \
            and not any(isinstance(p, exp.Star) or (isinstance(p, exp.Column) and p.is_star) for p in query.expressions):
        query.set("expressions", [exp.alias_(p.this if isinstance(p, exp.Alias) else p, n)
                                  for p, n in zip(query.expressions, names)])
        if kind == "TABLE":
            expr.set("this", expr.this.this)
    return expr
