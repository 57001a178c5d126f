"""Diagnostics are data: a stable code, a severity, a message and the source span they concern.

The report, the exit code and every output format read the same records.  Codes never change
meaning once published; retire a code rather than reuse it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"      # not converted, or converted code would not return Teradata's rows
    WARNING = "warning"  # converted, but a human should look (behaviour may differ at the edges)
    INFO = "info"        # converted with a deliberate rewrite worth knowing about


@dataclass(frozen=True, order=True)
class Span:
    """Where a node came from: 1-based line and column of its first character."""

    file: str
    line: int
    column: int
    end_line: int | None = None

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Diagnostic:
    code: str
    severity: Severity
    message: str
    span: Span | None = None
    behaviour_changed: bool = False

    def __str__(self) -> str:
        where = f"{self.span}: " if self.span else ""
        return f"{where}{self.severity.value} {self.code}: {self.message}"

    def to_dict(self) -> dict:
        return {
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message,
            "file": self.span.file if self.span else None,
            "line": self.span.line if self.span else None,
            "column": self.span.column if self.span else None,
            "behaviour_changed": self.behaviour_changed,
        }


# Every code leapc emits, with a one-line meaning (README's report section lists these).
CODES: dict[str, str] = {
    "LEAPC-E001": "statement does not parse as Teradata SQL",
    "LEAPC-E002": "file cannot be read (encoding or I/O error)",
    "LEAPC-E003": "construct has no faithful translation for this target",
    "LEAPC-E004": "internal error while converting a statement (the batch goes on)",
    "LEAPC-E005": "EXEC of a macro whose definition was not seen",
    "LEAPC-E006": "converting the file took longer than the per-file timeout (--timeout); the batch goes on",
    "LEAPC-E007": "the process converting the file crashed; the batch goes on",
    "LEAPC-W001": "unknown BTEQ command carried as a comment",
    "LEAPC-W002": "column types unknown: a type-dependent rewrite was skipped",
    "LEAPC-W003": "single-row INSERT into a SET table outside a BTEQ script: a duplicate is skipped instead of raising error 2802",
    "LEAPC-W004": "statement kept as a comment: it has no effect on the target (e.g. COLLECT STATISTICS)",
    "LEAPC-W005": "Teradata-only physical option dropped",
    "LEAPC-W006": "BTEQ command has no effect on the target and is kept as a comment",
    "LEAPC-W007": "identity column on a target that cannot generate its values",
    "LEAPC-W008": "function translated with a known difference at the edges (see the message)",
    "LEAPC-I001": "SET table semantics emulated: duplicate rows are discarded on INSERT ... SELECT",
    "LEAPC-I002": "PRIMARY INDEX mapped to DISTKEY/SORTKEY",
    "LEAPC-I003": "macro expanded inline at its EXEC",
    "LEAPC-I004": "volatile table mapped to a session-scoped table",
    "LEAPC-I006": "session table with ON COMMIT DELETE ROWS emptied after the request that filled it",
    "LEAPC-I005": "UPDATE/DELETE/MERGE run as a table rewrite on Spark (plain catalog tables)",
}


@dataclass
class DiagnosticSink:
    """Collects diagnostics for one file; passes add to it through their context."""

    items: list[Diagnostic] = field(default_factory=list)

    def add(self, code: str, severity: Severity, message: str, span: Span | None = None,
            behaviour_changed: bool = False) -> None:
        assert code in CODES, f"unregistered diagnostic code {code}"
        self.items.append(Diagnostic(code, severity, message, span, behaviour_changed))

    @property
    def has_errors(self) -> bool:
        return any(d.severity is Severity.ERROR for d in self.items)
