"""Pass registry and manager.

A pass is a small named function with the set of targets that need it and an order.  Statement
passes take (expression, context) and return the rewritten expression; script passes take
(script, context) and rewrite the node list (a macro call becomes its body, an upsert two
statements).  The manager runs, in order, the passes the target needs.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

from sqlglot import exp

from leapc.catalog import Catalog
from leapc.diagnostics import DiagnosticSink, Severity, Span
from leapc.ir import BteqCommand, Script, Statement

ALL_TARGETS = frozenset({"redshift", "pyspark"})


@dataclass
class PassContext:
    target: str
    catalog: Catalog
    sink: DiagnosticSink
    options: dict = field(default_factory=dict)
    span: Span | None = None
    counter: int = 0
    # The script has BTEQ commands: its statements run one request at a time through a runner
    # that keeps ERRORCODE, so a statement may fail the way Teradata's does and the script go on.
    bteq: bool = False

    def report(self, code: str, severity: Severity, message: str, behaviour_changed: bool = False) -> None:
        self.sink.add(code, severity, message, self.span, behaviour_changed)

    def fresh(self, prefix: str) -> str:
        """A name no Teradata script uses, for helper columns and derived tables."""
        self.counter += 1
        return f"{prefix}_{self.counter}"


@dataclass(frozen=True)
class Pass:
    name: str
    purpose: str
    targets: frozenset[str]
    order: int
    fn: Callable
    scope: str  # "script" or "statement"
    # Node classes the pass acts on: it is skipped for statements containing none of them.
    triggers: tuple = ()
    # Whether the pass has anything to do in this conversion at all (options, catalog).
    enabled: Callable | None = None


REGISTRY: dict[str, Pass] = {}


def _register(scope: str, name: str, purpose: str, order: int, targets=ALL_TARGETS, triggers=(), enabled=None):
    def wrap(fn):
        if name in REGISTRY:
            raise ValueError(f"pass {name} registered twice")
        REGISTRY[name] = Pass(name, purpose, frozenset(targets), order, fn, scope, tuple(triggers), enabled)
        return fn
    return wrap


def statement_pass(name: str, purpose: str, order: int, targets=ALL_TARGETS, triggers=(), enabled=None):
    return _register("statement", name, purpose, order, targets, triggers, enabled)


def script_pass(name: str, purpose: str, order: int, targets=ALL_TARGETS):
    return _register("script", name, purpose, order, targets)


def passes_for(target: str) -> list[Pass]:
    _load_builtin_passes()
    return sorted((p for p in REGISTRY.values() if target in p.targets), key=lambda p: (p.order, p.name))


def _load_builtin_passes() -> None:
    # Importing the modules registers their passes.
    from leapc.passes import (  # noqa: F401
        assignment, dml, formats, set_operations, functions, macros, naming, numeric, dates, session, strings, queries, tables, types_ddl, nulls, variables,
    )


def run_passes(script: Script, target: str, options: dict | None = None,
               extra: list[Pass] = ()) -> PassContext:
    """Run every pass `target` needs over `script`, in order; returns the context (catalog,
    diagnostics) for the emitter."""
    from leapc.typing import infer_query_columns

    ctx = PassContext(target, Catalog(), script.diagnostics, dict(options or {}))
    ctx.bteq = any(isinstance(n, BteqCommand) for n in script.nodes)
    _seed_catalog(ctx)
    chosen = sorted([*passes_for(target), *extra], key=lambda p: (p.order, p.name))
    for p in (p for p in chosen if p.scope == "script"):
        p.fn(script, ctx)
    statement_passes = [p for p in chosen if p.scope == "statement"]
    for node in script.nodes:
        if not isinstance(node, Statement) or node.expr is None:
            continue
        ctx.span = node.span
        # Learned from the Teradata form, before passes rewrite it (types and attributes).
        ctx.catalog.learn(node.expr, infer=lambda q: _created_columns(q, ctx))
        try:
            expr = node.expr
            kinds = _node_kinds(expr)
            for p in statement_passes:
                if p.triggers and not any(issubclass(k, p.triggers) for k in kinds):
                    continue
                if p.enabled is not None and not p.enabled(ctx):
                    continue
                expr = p.fn(expr, ctx) or expr
                kinds = _node_kinds(expr)
                ctx.catalog.source_cache.clear()
            node.expr = expr
        except Exception as e:  # noqa: BLE001 - one statement never stops the file
            ctx.report("LEAPC-E004", Severity.ERROR, f"internal error in conversion: {type(e).__name__}: {e}")
            node.expr = None
    return ctx


def _created_columns(query: exp.Expression, ctx: PassContext) -> list:
    """The columns CREATE TABLE/VIEW ... AS (query) makes: a character column computed from
    literals ('N' AS flag, CASE ... THEN 'YES' ...) is as long as its longest value, so later
    writes are truncated to that length as in Teradata."""
    from leapc.catalog import ColumnDef
    from leapc.passes.assignment import max_string_length
    from leapc.typing import STRING_TYPES, infer_column_defs, is_kind

    columns = infer_column_defs(query, ctx.catalog)
    first = query
    while isinstance(first, (exp.SetOperation, exp.Subquery)):
        first = first.this
    items = first.expressions if isinstance(first, exp.Select) else []
    if len(items) != len(columns):
        return columns
    out = []
    for col, item in zip(columns, items):
        if is_kind(col.type, STRING_TYPES) and not col.type.expressions:
            length = max_string_length(item.this if isinstance(item, exp.Alias) else item, ctx)
            if length:
                col = ColumnDef(col.name, exp.DataType.build(f"VARCHAR({length})"), col.casespecific, col.not_null)
        out.append(col)
    return out


def _seed_catalog(ctx: PassContext) -> None:
    """Tables defined outside the file (`schema_ddl` option: Teradata DDL text, e.g. the DDL
    files of the same repository), so type-dependent rewrites also work on scripts that only
    read them."""
    text = ctx.options.get("schema_ddl")
    if not text:
        return
    ctx.catalog.tables.update(_seed_tables(text))


@lru_cache(maxsize=4)
def _seed_tables(text: str) -> dict:
    """Parsed once per process for a batch: every file of a repository shares the same DDL."""
    from leapc.dialects.teradata.script import parse_script
    from leapc.typing import infer_column_defs

    catalog = Catalog()
    for node in parse_script(text, "<schema>").statements:
        if node.expr is not None:
            catalog.learn(node.expr, infer=lambda q: infer_column_defs(q, catalog))
    return dict(catalog.tables)


def _node_kinds(expr: exp.Expression) -> set[type]:
    """Classes of every node in the tree (a plain stack walk: sqlglot's walk() is several
    times slower, and this runs after every pass)."""
    kinds: set[type] = set()
    stack = [expr]
    while stack:
        node = stack.pop()
        kinds.add(node.__class__)
        for value in node.args.values():
            if isinstance(value, exp.Expr):
                stack.append(value)
            elif type(value) is list:
                stack.extend(v for v in value if isinstance(v, exp.Expr))
    return kinds


def transform(expr: exp.Expression, fn, *types) -> exp.Expression:
    """Apply `fn` to the nodes of the given classes, deepest first, replacing each by what `fn`
    returns; with no classes, to every node (sqlglot's transform).  Trees are rewritten in
    place: passes own them."""
    if not types:
        return expr.transform(fn, copy=False)
    for node in reversed(list(expr.find_all(*types))):
        # Where the node sits, taken before `fn` runs: fn may wrap the node in a new parent.
        parent, key, index = node.parent, node.arg_key, node.index
        new = fn(node)
        if new is None or new is node:
            continue
        if node is expr:
            expr = new
        else:
            parent.set(key, new, index=index)
    return expr
