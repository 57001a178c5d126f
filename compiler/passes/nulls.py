"""NULL functions: ZEROIFNULL, NULLIFZERO, NVL, and GREATEST/LEAST's NULL rule."""
from __future__ import annotations

from functools import reduce

from sqlglot import exp

from leapc.passes.manager import PassContext, statement_pass, transform


@statement_pass("null_functions", order=600,
                purpose="ZEROIFNULL(x) -> COALESCE(x, 0); NULLIFZERO(x) -> NULLIF(x, 0); NVL -> COALESCE",
                triggers=(exp.Anonymous,))
def null_functions(expr: exp.Expression, ctx: PassContext):
    def rewrite(node):
        if isinstance(node, exp.Anonymous):
            name, args = node.name.upper(), node.expressions
            if name == "ZEROIFNULL" and len(args) == 1:
                return exp.Coalesce(this=args[0], expressions=[exp.Literal.number(0)])
            if name == "NULLIFZERO" and len(args) == 1:
                return exp.Nullif(this=args[0], expression=exp.Literal.number(0))
            if name == "NVL" and len(args) == 2:
                return exp.Coalesce(this=args[0], expressions=[args[1]])
        return node
    return transform(expr, rewrite, exp.Anonymous)


@statement_pass("greatest_least_nulls", order=610,
                purpose="GREATEST/LEAST are NULL when any argument is NULL in Teradata; the targets skip NULLs",
                triggers=(exp.Greatest, exp.Least))
def greatest_least_nulls(expr: exp.Expression, ctx: PassContext):
    def rewrite(node):
        if isinstance(node, (exp.Greatest, exp.Least)) and not node.meta.get("leapc_null_guarded"):
            args = [node.this, *node.expressions]
            if all(isinstance(a, exp.Literal) for a in args):
                return node
            any_null = reduce(lambda a, b: exp.or_(a, b, copy=False),
                              [exp.Is(this=a.copy(), expression=exp.null()) for a in args])
            node.meta["leapc_null_guarded"] = True
            return exp.Case(ifs=[exp.If(this=any_null, true=exp.null())], default=node)
        return node
    return transform(expr, rewrite, exp.Greatest, exp.Least)
