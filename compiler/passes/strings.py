"""String semantics: Teradata string functions, SUBSTR start rules, trailing-blank-insensitive
comparison and NOT CASESPECIFIC columns."""
from __future__ import annotations

from sqlglot import exp

from leapc.diagnostics import Severity
from leapc.dialects.teradata.sqlglot_dialect import CaseSpecificity
from leapc.passes.assignment import declared_length
from leapc.passes.manager import PassContext, statement_pass, transform
from leapc.typing import STRING_TYPES, column_def, is_kind, type_of


@statement_pass("string_functions", order=500,
                purpose="INDEX, CHARACTERS, OREPLACE, OTRANSLATE become the targets' POSITION, LENGTH, REPLACE, TRANSLATE",
                triggers=(exp.Anonymous,))
def string_functions(expr: exp.Expression, ctx: PassContext):
    def rewrite(node):
        if not isinstance(node, exp.Anonymous):
            return node
        name, args = node.name.upper(), node.expressions
        if name == "INDEX" and len(args) == 2:
            return exp.StrPosition(this=args[0], substr=args[1])
        if name in {"CHARACTERS", "CHARS", "CHARACTER_LENGTH", "CHAR_LENGTH"} and len(args) == 1:
            return exp.Length(this=args[0])
        if name == "OREPLACE" and len(args) in (2, 3):
            # A literal replacement, never a regular expression.
            return exp.Anonymous(this="REPLACE", expressions=[*args, *([] if len(args) == 3 else [exp.Literal.string("")])])
        if name == "OTRANSLATE" and len(args) == 3:
            return exp.Anonymous(this="TRANSLATE", expressions=args)
        return node
    return transform(expr, rewrite, exp.Anonymous)


@statement_pass("like_any_all", order=505, targets={"redshift"},
                purpose="LIKE ANY/ALL (pattern list) becomes ORs/ANDs of LIKE; Redshift has no quantified LIKE",
                triggers=(exp.Like, exp.ILike))
def like_any_all(expr: exp.Expression, ctx: PassContext):
    def rewrite(node):
        quantified = node.expression
        if not isinstance(quantified, (exp.Any, exp.All)):
            return node
        patterns = quantified.this.expressions if isinstance(quantified.this, exp.Tuple) else [quantified.this]
        if any(isinstance(p, (exp.Query, exp.Subquery)) for p in patterns):
            return node
        likes = [type(node)(this=node.this.copy(), expression=p.copy()) for p in patterns]
        if node.args.get("negate"):
            likes = [exp.Not(this=like) for like in likes]
        join = exp.or_ if isinstance(quantified, exp.Any) else exp.and_
        combined = likes[0]
        for like in likes[1:]:
            combined = join(combined, like, copy=False)
        return exp.paren(combined)
    return transform(expr, rewrite, exp.Like, exp.ILike)


def _char_class(delimiters: str) -> str:
    return "".join("\\" + c if c in "\\]^-[" else c for c in delimiters)


@statement_pass("strtok", order=506,
                purpose="STRTOK(s, delimiters, n): the n-th token between any delimiter characters, NULL when absent",
                triggers=(exp.Strtok,))
def strtok(expr: exp.Expression, ctx: PassContext):
    def rewrite(node):
        delimiters = node.args.get("delimiter")
        index = node.args.get("part_index") or exp.Literal.number(1)
        if not (isinstance(delimiters, exp.Literal) and delimiters.is_string):
            ctx.report("LEAPC-E003", Severity.ERROR, "STRTOK with non-literal delimiters is not translated")
            return node
        chars = _char_class(delimiters.name or " ")
        if ctx.target == "redshift":
            # REGEXP_INSTR (start, and end with option 1) rather than REGEXP_SUBSTR: the same on
            # Redshift, and it survives translation to the PostgreSQL test bed unchanged.
            def instr(*extra):
                return exp.Anonymous(this="REGEXP_INSTR", expressions=[
                    node.this.copy(), exp.Literal.string(f"[^{chars}]+"), exp.Literal.number(1), index.copy(), *extra])
            token = exp.Substring(this=node.this.copy(), start=instr(),
                                  length=exp.Sub(this=instr(exp.Literal.number(1)), expression=instr()))
            return exp.Case(ifs=[exp.If(this=exp.GT(this=instr(), expression=exp.Literal.number(0)), true=token)])
        tokens = exp.Anonymous(this="SPLIT", expressions=[node.this, exp.Literal.string(f"[{chars}]")])
        non_empty = exp.Anonymous(this="FILTER", expressions=[tokens, exp.Lambda(
            this=exp.NEQ(this=exp.column("leapc_tok"), expression=exp.Literal.string("")),
            expressions=[exp.to_identifier("leapc_tok")])])
        # get() is NULL past the end (element_at raises under ANSI mode).
        return exp.Anonymous(this="GET", expressions=[non_empty, exp.Sub(this=index, expression=exp.Literal.number(1))])
    return transform(expr, rewrite, exp.Strtok)


_CHAR_TYPES = (exp.DataType.Type.CHAR, exp.DataType.Type.NCHAR)


def _declared_length(t: exp.DataType) -> int | None:
    # A CHAR without a length is CHAR(1).
    if not t.expressions:
        return 1 if t.this in _CHAR_TYPES else None
    return declared_length(t)


def fixed_char_length(node: exp.Expression, ctx: PassContext) -> int | None:
    """n when `node` is a CHAR(n) value, whose pad blanks Teradata keeps when the value is
    concatenated or measured (a column, a CAST, or a case/null function of such values)."""
    if isinstance(node, exp.Column):
        col = column_def(node, ctx.catalog)
        return _declared_length(col.type) if col is not None and col.type is not None \
            and col.type.this in _CHAR_TYPES else None
    if isinstance(node, exp.Cast):
        return _declared_length(node.to) if node.to.this in _CHAR_TYPES else None
    if isinstance(node, (exp.Upper, exp.Lower, exp.Paren)):
        return fixed_char_length(node.this, ctx)
    if isinstance(node, exp.Coalesce):
        lengths = [fixed_char_length(a, ctx) for a in [node.this, *node.expressions]]
        return None if None in lengths else max(lengths)
    return None


@statement_pass("char_padding", order=507, targets={"redshift"},
                purpose="CHAR(n) values keep their pad blanks in Teradata concatenation and CHARACTERS(); Redshift drops them",
                triggers=(exp.DPipe, exp.Concat, exp.Length, exp.Pad, exp.Substring, exp.StrPosition))
def char_padding(expr: exp.Expression, ctx: PassContext):
    def rewrite(node):
        if isinstance(node, (exp.Pad, exp.Substring, exp.StrPosition)):
            # LPAD/RPAD, SUBSTRING and INDEX/POSITION see the pad blanks of a CHAR(n) value.
            n = fixed_char_length(node.this, ctx)
            if n is not None:
                node.set("this", exp.Anonymous(this="RPAD", expressions=[node.this, exp.Literal.number(n)]))
            return node
        if isinstance(node, exp.Length):
            n = fixed_char_length(node.this, ctx)
            if n is not None:
                return exp.Case(ifs=[exp.If(this=exp.Is(this=node.this.copy(), expression=exp.null()),
                                            true=exp.null())], default=exp.Literal.number(n))
            return node
        operands = [node.this, node.expression] if isinstance(node, exp.DPipe) else list(node.expressions)
        for operand in operands:
            n = fixed_char_length(operand, ctx)
            if n is not None:
                operand.replace(exp.Anonymous(this="RPAD", expressions=[operand.copy(), exp.Literal.number(n)]))
        return node
    return transform(expr, rewrite, exp.DPipe, exp.Concat, exp.Length, exp.Pad, exp.Substring, exp.StrPosition)


@statement_pass("string_cast_lengths", order=508, targets={"pyspark"},
                purpose="CAST(x AS VARCHAR(n)) truncates and CAST(x AS CHAR(n)) also pads; Spark casts both to plain STRING",
                triggers=(exp.Cast,))
def string_cast_lengths(expr: exp.Expression, ctx: PassContext):
    def rewrite(node):
        if not isinstance(node, exp.Cast) or node.to.this not in (*_CHAR_TYPES, exp.DataType.Type.VARCHAR,
                                                                    exp.DataType.Type.NVARCHAR):
            return node
        n = _declared_length(node.to) if node.to.expressions or node.to.this in _CHAR_TYPES else None
        if n is None:
            return node
        text = exp.Substring(this=exp.cast(node.this.copy(), "STRING"), start=exp.Literal.number(1),
                             length=exp.Literal.number(n))
        if node.to.this in _CHAR_TYPES:
            return exp.Anonymous(this="RPAD", expressions=[text, exp.Literal.number(n), exp.Literal.string(" ")])
        return text
    return transform(expr, rewrite, exp.Cast)


@statement_pass("substr_start_rules", order=510, targets={"pyspark"},
                purpose="SUBSTR with start <= 0 counts the missing positions against the length (Spark starts at 1)",
                triggers=(exp.Substring,))
def substr_start_rules(expr: exp.Expression, ctx: PassContext):
    def rewrite(node):
        if not isinstance(node, exp.Substring):
            return node
        start, length = node.args.get("start"), node.args.get("length")
        if isinstance(start, exp.Literal) and start.is_int and int(start.name) >= 1:
            return node
        if isinstance(start, exp.Literal) and start.is_int:
            s = int(start.name)
            node.set("start", exp.Literal.number(1))
            if length is not None:
                if isinstance(length, exp.Literal) and length.is_int:
                    node.set("length", exp.Literal.number(max(int(length.name) + s - 1, 0)))
                else:
                    node.set("length", exp.Greatest(this=exp.Sub(this=length, expression=exp.Literal.number(1 - s)),
                                                    expressions=[exp.Literal.number(0)]))
            return node
        if start is None:
            return node
        real_start = exp.Greatest(this=start.copy(), expressions=[exp.Literal.number(1)])
        node.set("start", real_start)
        if length is not None:
            lost = exp.Sub(this=real_start.copy(), expression=start.copy())
            node.set("length", exp.Greatest(this=exp.Sub(this=length, expression=exp.paren(lost)),
                                            expressions=[exp.Literal.number(0)]))
        return node
    return transform(expr, rewrite, exp.Substring)


# ----------------------------------------------------------------------------- comparisons


def case_blind(col, ctx: PassContext) -> bool:
    """A string column compares case-blind when declared NOT CASESPECIFIC, or undeclared in a
    Teradata-mode session."""
    if col.casespecific is not None:
        return not col.casespecific
    return ctx.options.get("session_mode", "teradata") == "teradata"


def _not_casespecific(node: exp.Expression, ctx: PassContext) -> bool:
    """Does this operand compare case-blind?  Declared NOT CASESPECIFIC, or undeclared in a
    Teradata-mode session (the default; `session_mode: ansi` makes undeclared columns CASESPECIFIC)."""
    if isinstance(node, exp.Column):
        col = column_def(node, ctx.catalog)
        return col is not None and is_kind(col.type, STRING_TYPES) and case_blind(col, ctx)
    if isinstance(node, CaseSpecificity):
        return node.args["blind"]
    if isinstance(node, (exp.Trim, exp.Paren, exp.Substring, exp.Min, exp.Max)):
        return _not_casespecific(node.this, ctx)
    return False


def _blind_operand(node: exp.Expression, ctx: PassContext) -> bool:
    """NOT CASESPECIFIC, counting a string literal as such in a Teradata-mode session."""
    if isinstance(node, exp.Literal) and node.is_string:
        return ctx.options.get("session_mode", "teradata") == "teradata"
    return _not_casespecific(node, ctx)


def _is_string(node: exp.Expression, ctx: PassContext) -> bool:
    return is_kind(type_of(node, ctx.catalog), STRING_TYPES)


def _rtrim(node: exp.Expression) -> exp.Expression:
    if isinstance(node, exp.Literal) and node.is_string:
        return exp.Literal.string(node.name.rstrip(" "))
    return exp.Trim(this=node, position="TRAILING")


def _upper(node: exp.Expression) -> exp.Expression:
    # Upper-cased now unless a job argument fills it at run time.
    if isinstance(node, exp.Literal) and node.is_string and "${" not in node.name:
        return exp.Literal.string(node.name.upper())
    return exp.Upper(this=node)


def comparable(node: exp.Expression, blind: bool) -> exp.Expression:
    """The form of a string operand that compares as Teradata compares it: without trailing
    blanks, and upper-cased when the comparison is case-blind."""
    trimmed = _rtrim(node)
    return _upper(trimmed) if blind else trimmed


_COMPARISONS = (exp.EQ, exp.NEQ, exp.GT, exp.GTE, exp.LT, exp.LTE)


@statement_pass("string_comparison_rules", order=700,
                purpose="String comparison ignores trailing blanks; NOT CASESPECIFIC (Teradata-mode default) compares, groups and counts case-blind",
                triggers=(*_COMPARISONS, exp.Like, exp.Count, exp.Group, exp.In, exp.Between, exp.Distinct, exp.Union,
                          exp.Ordered, exp.Window, exp.Case, exp.Nullif, exp.Except, exp.Intersect,
                          exp.StrPosition))
def string_comparison_rules(expr: exp.Expression, ctx: PassContext):
    def rewrite(node):
        # SET a = b inside UPDATE is an assignment, not a comparison.
        if isinstance(node, _COMPARISONS) and not isinstance(node.parent, exp.Update):
            left, right = node.this, node.expression
            numeric_side = _numeric_against_string(left, right, ctx)
            if numeric_side is not None:
                # Teradata compares character data with numbers as numbers (FLOAT).
                key = "this" if numeric_side == "right" else "expression"
                node.set(key, exp.cast(node.args[key], "DOUBLE"))
                return node
            if _is_string(left, ctx) and _is_string(right, ctx) \
                    and not (isinstance(left, exp.Literal) and isinstance(right, exp.Literal)):
                blind = _not_casespecific(left, ctx) or _not_casespecific(right, ctx)
                node.set("this", comparable(left, blind))
                node.set("expression", comparable(right, blind))
        elif isinstance(node, exp.In) and node.args.get("query") is not None and _is_string(node.this, ctx):
            query = node.args["query"]
            inner = query.this if isinstance(query, exp.Subquery) else query
            if isinstance(inner, exp.Select) and len(inner.expressions) == 1:
                item = inner.expressions[0]
                value = item.this if isinstance(item, exp.Alias) else item
                blind = _not_casespecific(node.this, ctx) or _not_casespecific(value, ctx)
                node.set("this", comparable(node.this, blind))
                value.replace(comparable(value.copy(), blind))
        elif isinstance(node, exp.In) and node.expressions and _is_string(node.this, ctx) \
                and all(_numeric_against_string(node.this, v, ctx) == "right" for v in node.expressions):
            # Character data compared with numbers compares as numbers (FLOAT).
            node.set("this", exp.cast(node.this, "DOUBLE"))
        elif isinstance(node, exp.In) and node.expressions and _is_string(node.this, ctx):
            blind = _not_casespecific(node.this, ctx)
            node.set("this", comparable(node.this, blind))
            node.set("expressions", [comparable(v, blind) if _is_string(v, ctx) else v for v in node.expressions])
        elif isinstance(node, exp.Between) and _is_string(node.this, ctx):
            blind = _not_casespecific(node.this, ctx)
            for key in ("this", "low", "high"):
                node.set(key, comparable(node.args[key], blind))
        elif isinstance(node, (exp.Like, exp.ILike)) and _not_casespecific(node.this, ctx) \
                and not isinstance(node.expression, (exp.Any, exp.All)):
            # LIKE keeps trailing blanks significant; only the case rule applies.  Redshift's
            # UPPER of a CHAR(n) value drops its pad blanks, so they are put back.
            n = fixed_char_length(node.this, ctx) if ctx.target == "redshift" else None
            upper = _upper(node.this)
            node.set("this", exp.Anonymous(this="RPAD", expressions=[upper, exp.Literal.number(n)]) if n else upper)
            node.set("expression", _upper(node.expression))
        elif isinstance(node, exp.Case) and node.this is not None and _is_string(node.this, ctx):
            # CASE x WHEN v ... compares x = v.
            values = [i.this for i in node.args.get("ifs") or []]
            blind = _not_casespecific(node.this, ctx) or any(_not_casespecific(v, ctx) for v in values)
            node.set("this", comparable(node.this, blind))
            for branch in node.args.get("ifs") or []:
                if _is_string(branch.this, ctx):
                    branch.set("this", comparable(branch.this, blind))
        elif isinstance(node, exp.StrPosition) and node.args.get("substr") is not None \
                and all(_blind_operand(a, ctx) for a in (node.this, node.args["substr"])):
            # INDEX/POSITION upper-case both strings when neither is CASESPECIFIC; pad blanks
            # still count, so no RTRIM.
            node.set("this", _upper(node.this))
            node.set("substr", _upper(node.args["substr"]))
        elif isinstance(node, exp.Nullif) and _is_string(node.this, ctx) and _is_string(node.expression, ctx):
            blind = _not_casespecific(node.this, ctx) or _not_casespecific(node.expression, ctx)
            equal = exp.EQ(this=comparable(node.this.copy(), blind), expression=comparable(node.expression, blind))
            return exp.Case(ifs=[exp.If(this=equal, true=exp.null())], default=node.this)
        elif isinstance(node, exp.Ordered) and _not_casespecific(node.this, ctx):
            # NOT CASESPECIFIC values sort case-blind, and pad blanks never order them.
            node.set("this", comparable(node.this, True))
        elif isinstance(node, exp.Window) and node.args.get("partition_by"):
            node.set("partition_by", [comparable(p, _not_casespecific(p, ctx)) if _is_string(p, ctx) else p
                                      for p in node.args["partition_by"]])
        elif isinstance(node, exp.Count) and isinstance(node.this, exp.Distinct):
            distinct = node.this
            distinct.set("expressions", [comparable(e, _not_casespecific(e, ctx)) if _is_string(e, ctx) else e
                                         for e in distinct.expressions])
        return node

    expr = transform(expr, rewrite, *_COMPARISONS, exp.In, exp.Between, exp.Like, exp.ILike, exp.Count,
                     exp.Ordered, exp.Window, exp.Case, exp.Nullif, exp.StrPosition)
    for setop in [s for s in expr.find_all(exp.Except, exp.Intersect) if s.args.get("distinct") is not False
                  and not isinstance(s.this, exp.SetOperation) and not isinstance(s.expression, exp.SetOperation)]:
        replacement = except_intersect(setop, ctx)
        if replacement is not None:
            if setop is expr:
                expr = replacement
            else:
                setop.replace(replacement)
    for union in [u for u in expr.find_all(exp.Union) if u.args.get("distinct") is not False
                  and not isinstance(u.parent, exp.Union)]:
        replacement = _union_as_group(union, ctx)
        if replacement is not None:
            if union is expr:
                expr = replacement
            else:
                union.replace(replacement)
    for select in list(expr.find_all(exp.Select)):
        _distinct_as_group(select, ctx)
        _group_keys(select, ctx)
    return expr


def _numeric_against_string(left, right, ctx: PassContext) -> str | None:
    """'right' when the left side is a string compared with a number, 'left' for the opposite."""
    from leapc.typing import DECIMAL_TYPES, FLOAT_TYPES, INTEGER_TYPES

    numeric = INTEGER_TYPES | DECIMAL_TYPES | FLOAT_TYPES
    lt, rt = type_of(left, ctx.catalog), type_of(right, ctx.catalog)
    if is_kind(lt, STRING_TYPES) and is_kind(rt, numeric):
        return "right"
    if is_kind(rt, STRING_TYPES) and is_kind(lt, numeric):
        return "left"
    return None


def _resolve_ordinal(select: exp.Select, key: exp.Expression) -> exp.Expression:
    if isinstance(key, exp.Literal) and key.is_int and 1 <= int(key.name) <= len(select.expressions):
        item = select.expressions[int(key.name) - 1]
        return item.this if isinstance(item, exp.Alias) else item
    return key


def _group_keys(select: exp.Select, ctx: PassContext) -> None:
    """GROUP BY on string values groups values equal under Teradata's rules together
    (trailing blanks, and case for NOT CASESPECIFIC); the select list then shows one of them."""
    group = select.args.get("group")
    if group is None:
        return
    rewritten: dict[str, exp.Expression] = {}
    keys = []
    for g in group.expressions:
        target = _resolve_ordinal(select, g)
        if not isinstance(target, exp.Literal) and _is_string(target, ctx):
            rewritten[target.sql()] = target
            keys.append(comparable(target.copy(), _not_casespecific(target, ctx)))
        else:
            keys.append(g)
    if not rewritten:
        return
    group.set("expressions", keys)
    kinds = tuple({type(k) for k in rewritten.values()})

    def representative(node):
        if node.sql() in rewritten and not node.find_ancestor(exp.AggFunc) \
                and node.find_ancestor(exp.Select) is select:
            return _representative(node.copy())
        return node

    for i, projection in enumerate(select.expressions):
        if projection.sql() in rewritten:
            name = projection.name if isinstance(projection, exp.Column) else f"col_{i + 1}"
            select.expressions[i].replace(exp.alias_(_representative(projection.copy()), name))
        else:
            transform(projection, representative, *kinds)
    for key in ("having", "order"):
        clause = select.args.get(key)
        if clause is not None:
            transform(clause, representative, *kinds)


def _representative(column: exp.Expression) -> exp.Expression:
    """One value of a group of values equal under Teradata's rules (which one is unspecified)."""
    rep = exp.Min(this=column)
    rep.meta["leapc_representative"] = True
    return rep


def _distinct_as_group(select: exp.Select, ctx: PassContext) -> None:
    """SELECT DISTINCT over string columns: the same rule as GROUP BY, so it becomes one."""
    distinct = select.args.get("distinct")
    if distinct is None or distinct.args.get("on") or select.args.get("group") \
            or any(p.find(exp.AggFunc) for p in select.expressions):
        return
    items = [p.this if isinstance(p, exp.Alias) else p for p in select.expressions]
    if any(isinstance(i, exp.Star) or (isinstance(i, exp.Column) and i.is_star) for i in items):
        return
    if not any(not isinstance(i, exp.Literal) and _is_string(i, ctx) for i in items):
        return
    select.set("distinct", None)
    select.set("group", exp.Group(expressions=[i.copy() for i in items]))


def _union_as_group(union: exp.Union, ctx: PassContext) -> exp.Expression | None:
    """UNION (distinct) over string columns: duplicates are decided by Teradata's comparison
    rules, so the branches are combined with UNION ALL and grouped like a DISTINCT."""
    from leapc.typing import infer_query_columns

    columns = infer_query_columns(union.this, ctx.catalog)
    if not columns or not any(is_kind(t, STRING_TYPES) for _, t in columns):
        return None
    if union.find(exp.Order, exp.Limit) is not None and union.args.get("order"):
        return None
    node = union
    while isinstance(node, exp.Union):
        if node.args.get("distinct") is False:
            return None  # mixed UNION / UNION ALL chains keep their own meaning
        node = node.this
    names = [f"leapc_u{i + 1}" for i in range(len(columns))]
    all_union = union.copy()
    for u in all_union.find_all(exp.Union):
        u.set("distinct", False)
    derived = exp.Subquery(this=all_union, alias=exp.TableAlias(
        this=exp.to_identifier(ctx.fresh("leapc_union")), columns=[exp.to_identifier(n) for n in names]))
    blind_first = [_first_branch_blind(union, i, ctx) for i in range(len(columns))]
    projections, keys = [], []
    for (name, t), alias, blind in zip(columns, names, blind_first):
        col = exp.column(alias)
        out_name = name if not name.startswith("col_") else alias
        if is_kind(t, STRING_TYPES):
            projections.append(exp.alias_(_representative(col.copy()), out_name))
            keys.append(comparable(col.copy(), blind))
        else:
            projections.append(exp.alias_(col.copy(), out_name))
            keys.append(col.copy())
    return exp.Select(expressions=projections, from_=exp.From(this=derived), group=exp.Group(expressions=keys))


def _first_branch_blind(setop: exp.Expression, index: int, ctx: PassContext, side: str = "this") -> bool:
    """Is output column `index` of the leftmost (or, with side="expression", the right) branch
    NOT CASESPECIFIC?"""
    node = setop.args[side]
    while isinstance(node, exp.SetOperation):
        node = node.this
    while isinstance(node, exp.Subquery):
        node = node.this
    if isinstance(node, exp.Select) and index < len(node.expressions):
        item = node.expressions[index]
        return _not_casespecific(item.this if isinstance(item, exp.Alias) else item, ctx)
    return False


@statement_pass("casespecific_modifiers", order=705,
                purpose="x (CASESPECIFIC) / x (NOT CASESPECIFIC) only changes how x compares: the modifier is removed after use",
                triggers=(CaseSpecificity,))
def casespecific_modifiers(expr: exp.Expression, ctx: PassContext):
    return transform(expr, lambda node: node.this, CaseSpecificity)


def except_intersect(setop: exp.Expression, ctx: PassContext) -> exp.Expression | None:
    """EXCEPT / INTERSECT (MINUS) over string columns, with Teradata's equality: the left rows
    grouped by their comparison keys, kept when a right row has (or has no) equal keys."""
    from leapc.typing import infer_query_columns

    columns = infer_query_columns(setop.this, ctx.catalog)
    if not columns or not any(is_kind(t, STRING_TYPES) for _, t in columns):
        return None
    names = [f"leapc_s{i + 1}" for i in range(len(columns))]
    blind = [_first_branch_blind(setop, i, ctx) or _first_branch_blind(setop, i, ctx, side="expression")
             for i in range(len(columns))]

    def keyed(query, alias):
        return exp.Subquery(this=query.copy(), alias=exp.TableAlias(
            this=exp.to_identifier(alias), columns=[exp.to_identifier(n) for n in names]))

    left_alias, right_alias = ctx.fresh("leapc_l"), ctx.fresh("leapc_r")
    keys = [comparable(exp.column(n, table=left_alias), b) if is_kind(t, STRING_TYPES)
            else exp.column(n, table=left_alias) for n, (_, t), b in zip(names, columns, blind)]
    projections = [exp.alias_(_representative(exp.column(n, table=left_alias)) if is_kind(t, STRING_TYPES)
                              else exp.column(n, table=left_alias), n) for n, (_, t) in zip(names, columns)]
    grouped = exp.Select(expressions=[*projections, *[exp.alias_(k, f"{n}_key") for k, n in zip(keys, names)]],
                         from_=exp.From(this=keyed(setop.this, left_alias)), group=exp.Group(expressions=keys))
    g = ctx.fresh("leapc_g")
    matches = []
    for n, (_, t), b in zip(names, columns, blind):
        right_key = comparable(exp.column(n, table=right_alias), b) if is_kind(t, STRING_TYPES) \
            else exp.column(n, table=right_alias)
        left_key = exp.column(f"{n}_key", table=g)
        matches.append(exp.or_(exp.EQ(this=right_key.copy(), expression=left_key.copy()),
                               exp.and_(exp.Is(this=right_key, expression=exp.null()),
                                        exp.Is(this=left_key, expression=exp.null()))))
    condition = matches[0]
    for m in matches[1:]:
        condition = exp.and_(condition, m)
    exists = exp.Exists(this=exp.Select(expressions=[exp.Literal.number(1)],
                                        from_=exp.From(this=keyed(setop.expression, right_alias)),
                                        where=exp.Where(this=condition)))
    keep = exp.not_(exists) if isinstance(setop, exp.Except) else exists
    out_names = [name if not name.startswith("col_") else n for (name, _), n in zip(columns, names)]
    return exp.Select(expressions=[exp.alias_(exp.column(n, table=g), out) for n, out in zip(names, out_names)],
                      from_=exp.From(this=exp.Subquery(this=grouped, alias=exp.TableAlias(this=exp.to_identifier(g)))),
                      where=exp.Where(this=keep))


@statement_pass("casespecific_extremes", order=710,
                purpose="MIN/MAX of NOT CASESPECIFIC strings pick the case-blind extreme value",
                triggers=(exp.Min, exp.Max))
def casespecific_extremes(expr: exp.Expression, ctx: PassContext):
    def rewrite(node):
        if node.meta.get("leapc_representative") or not isinstance(node.this, exp.Column) \
                or not _not_casespecific(node.this, ctx) or node.find_ancestor(exp.Window):
            return node
        key = comparable(node.this.copy(), True)
        if ctx.target == "pyspark":
            return exp.Anonymous(this="MIN_BY" if isinstance(node, exp.Min) else "MAX_BY",
                                 expressions=[node.this.copy(), key])
        # The key, a separator below every character, then the value: the extreme of these is
        # the extreme by key, and the value follows the separator.
        tagged = exp.DPipe(this=exp.DPipe(this=key, expression=exp.Anonymous(this="CHR", expressions=[exp.Literal.number(1)])),
                           expression=node.this.copy())
        extreme = type(node)(this=tagged)
        at = exp.StrPosition(this=extreme.copy(), substr=exp.Anonymous(this="CHR", expressions=[exp.Literal.number(1)]))
        return exp.Substring(this=extreme, start=exp.Add(this=at, expression=exp.Literal.number(1)))
    return transform(expr, rewrite, exp.Min, exp.Max)
