"""The script IR: an ordered list of nodes with source spans.

SQL statements hold a sqlglot expression (the IR for SQL is sqlglot's tree, extended with a few
Teradata node classes); BTEQ dot-commands and macro definitions are script-level nodes.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union

from sqlglot import exp

from leapc.diagnostics import DiagnosticSink, Span


@dataclass
class Statement:
    """One SQL statement.  `expr` is None when it did not parse (a diagnostic says why)."""

    expr: exp.Expression | None
    span: Span
    source: str
    comments: list[str] = field(default_factory=list)
    # BTEQ `USING (name type, ...)` before the statement: its :name parameters come from the
    # records of the current .IMPORT.
    using: list[tuple[str, str]] | None = None
    # The next statement belongs to the same request (a BTEQ multi-statement request, or a
    # macro's body): Teradata runs them as one transaction, all or nothing.
    continues_request: bool = False


@dataclass
class BteqCommand:
    """A BTEQ dot-command line.  `name` is upper-case without the dot (IF, GOTO, QUIT, ...)."""

    name: str
    args: dict
    span: Span
    source: str


@dataclass
class MacroDef:
    """CREATE/REPLACE MACRO: kept as a definition; EXEC expands its body."""

    name: str
    params: list[tuple[str, str]]
    body: list["Node"]
    span: Span
    source: str


@dataclass
class Note:
    """A source statement with no effect on the target (COLLECT STATISTICS, HELP, SET
    QUERY_BAND, ...), kept as a comment where it stood."""

    text: str
    span: Span
    source: str


Node = Union[Statement, BteqCommand, MacroDef, Note]


@dataclass
class Script:
    path: str
    nodes: list[Node]
    diagnostics: DiagnosticSink = field(default_factory=DiagnosticSink)

    @property
    def statements(self) -> list[Statement]:
        return [n for n in self.nodes if isinstance(n, Statement)]

    @property
    def has_control_flow(self) -> bool:
        return any(isinstance(n, BteqCommand) and n.name in {"IF", "GOTO", "LABEL", "QUIT", "EXIT"}
                   for n in self.nodes)
