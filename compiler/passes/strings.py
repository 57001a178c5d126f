"""String semantics: Teradata string functions, SUBSTR start rules, trailing-blank-insensitive
comparison and NOT CASESPECIFIC columns."""
from __future__ import annotations

from sqlglot import exp

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


def _not_casespecific(node: exp.Expression, ctx: PassContext) -> bool:
    if isinstance(node, exp.Column):
        col = column_def(node, ctx.catalog)
        return col is not None and col.casespecific is False
    if isinstance(node, (exp.Trim, exp.Paren)):
        return _not_casespecific(node.this, ctx)
    return False


def _is_string(node: exp.Expression, ctx: PassContext) -> bool:
    return is_kind(type_of(node, ctx.catalog), STRING_TYPES)


def _rtrim(node: exp.Expression) -> exp.Expression:
    if isinstance(node, exp.Literal) and node.is_string:
        return exp.Literal.string(node.name.rstrip(" "))
    return exp.Trim(this=node, position="TRAILING")


@statement_pass("string_comparison_rules", order=700,
                purpose="String '=' ignores trailing blanks; NOT CASESPECIFIC columns compare, group and count case-blind",
                triggers=(exp.EQ, exp.NEQ, exp.GT, exp.GTE, exp.LT, exp.LTE, exp.Like, exp.Count, exp.Group))
def string_comparison_rules(expr: exp.Expression, ctx: PassContext):
    comparisons = (exp.EQ, exp.NEQ, exp.GT, exp.GTE, exp.LT, exp.LTE)

    def rewrite(node):
        # SET a = b inside UPDATE is an assignment, not a comparison.
        if isinstance(node, comparisons) and not isinstance(node.parent, exp.Update):
            left, right = node.this, node.expression
            if _is_string(left, ctx) and _is_string(right, ctx):
                blind = _not_casespecific(left, ctx) or _not_casespecific(right, ctx)
                if not (isinstance(left, exp.Literal) and isinstance(right, exp.Literal)):
                    left, right = _rtrim(left), _rtrim(right)
                if blind:
                    left, right = exp.Upper(this=left), exp.Upper(this=right)
                node.set("this", left)
                node.set("expression", right)
        elif isinstance(node, exp.Like) and _not_casespecific(node.this, ctx):
            node.set("this", exp.Upper(this=node.this))
            node.set("expression", exp.Upper(this=node.expression))
        elif isinstance(node, exp.Count) and isinstance(node.this, exp.Distinct):
            distinct = node.this
            distinct.set("expressions", [exp.Upper(this=e) if _not_casespecific(e, ctx) else e
                                         for e in distinct.expressions])
        return node

    expr = transform(expr, rewrite, exp.EQ, exp.NEQ, exp.GT, exp.GTE, exp.LT, exp.LTE, exp.Like, exp.Count)
    for select in expr.find_all(exp.Select):
        group = select.args.get("group")
        if group is None:
            continue
        blind = [g for g in group.expressions if _not_casespecific(g, ctx)]
        if not blind:
            continue
        keys = {g.name.lower() for g in blind if isinstance(g, exp.Column)}
        group.set("expressions", [exp.Upper(this=g.copy()) if g in blind else g for g in group.expressions])
        # A bare grouped column in the select list needs one representative of its case variants.
        for projection in select.expressions:
            for col in list(projection.find_all(exp.Column)):
                if col.name.lower() in keys and not col.find_ancestor(exp.AggFunc, exp.Upper) \
                        and col.find_ancestor(exp.Select) is select:
                    col.replace(exp.Min(this=col.copy()))
    return expr

