"""Converting files and folders: discover, parse, run passes, emit, write atomically.

One bad file never stops the batch: its problems become diagnostics and the others convert."""
from __future__ import annotations

import ast
import os
import re
import tempfile
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from leapc import registry
from leapc.diagnostics import Diagnostic, DiagnosticSink, Severity, Span
from leapc.ir import Script, Statement
from leapc.passes.manager import run_passes

SOURCE_SUFFIXES = (".sql", ".bteq", ".btq", ".ksh", ".sh")


@dataclass
class FileResult:
    source: Path
    relative: Path
    outputs: dict[Path, str] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    statements: list[dict] = field(default_factory=list)
    source_lines: int = 0
    cached: bool = False
    seconds: float = 0.0

    @property
    def failed(self) -> bool:
        return any(d.severity is Severity.ERROR for d in self.diagnostics)


def discover(paths: list[Path]) -> list[tuple[Path, Path]]:
    """(file, path relative to the folder it was found under); explicit files keep their name."""
    found: list[tuple[Path, Path]] = []
    for path in paths:
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                if f.is_file() and f.suffix.lower() in SOURCE_SUFFIXES:
                    found.append((f, f.relative_to(path)))
        else:
            found.append((path, Path(path.name)))
    return found


def convert_text(text: str, path: str, target: str, options: dict | None = None,
                 source: str = "teradata") -> tuple[dict[str, str], Script]:
    """Convert one script's text; returns ({output suffix: text}, the converted script IR)."""
    script = registry.load(source).parse(text, path)
    ctx = run_passes(script, target, options)
    outputs = registry.load(target).emit(script, ctx)
    return outputs, script


def convert_file(source: Path, relative: Path, target: str, options: dict | None = None) -> FileResult:
    result = FileResult(source, relative)
    try:
        text = source.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        text = source.read_text(encoding="latin-1")
    except OSError as e:
        result.diagnostics.append(Diagnostic("LEAPC-E002", Severity.ERROR, f"cannot read file: {e}",
                                             Span(str(source), 1, 1)))
        return result
    display = str(relative)
    result.source_lines = text.count("\n") + (0 if text.endswith("\n") or not text else 1)
    try:
        outputs, script = convert_text(text, display, target, options)
    except Exception as e:  # noqa: BLE001 - a crash in one file is a diagnostic for that file
        last = traceback.extract_tb(e.__traceback__)[-1]
        result.diagnostics.append(Diagnostic(
            "LEAPC-E004", Severity.ERROR,
            f"internal error: {type(e).__name__}: {e} (at {Path(last.filename).name}:{last.lineno})",
            Span(display, 1, 1)))
        return result
    result.diagnostics = list(script.diagnostics.items)
    for suffix, body in outputs.items():
        result.outputs[relative.with_suffix(suffix)] = body
    result.statements = _statement_records(script, target_texts(target, outputs))
    return result


_SQL_BLOCK = re.compile(r"^-- source: [^\n]*\[(S\d+)\]\n(.*?)(?=\n\n|\Z)", re.S | re.M)


def target_texts(target: str, outputs: dict[str, str]) -> dict[str, str]:
    """{statement id: the target SQL leapc emitted for it}, read back from the emitted files:
    the `-- source: ... [S010]` blocks of a Redshift .sql file, the `S010 = "..."` constants of a
    PySpark module (the Spark SQL each statement runs).  Never raises."""
    found: dict[str, str] = {}
    try:
        if target == "redshift" and ".sql" in outputs:
            for m in _SQL_BLOCK.finditer(outputs[".sql"]):
                body = m.group(2).strip()
                if body and not body.startswith("-- NOT CONVERTED"):
                    found[m.group(1)] = body
        elif ".py" in outputs:
            tree = ast.parse(outputs[".py"])
            for node in tree.body:
                if isinstance(node, ast.Assign) and len(node.targets) == 1 \
                        and isinstance(node.targets[0], ast.Name) and re.fullmatch(r"S\d+", node.targets[0].id) \
                        and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
                    found[node.targets[0].id] = node.value.value.strip()
    except (SyntaxError, ValueError):
        pass
    return found


def _statement_records(script: Script, texts: dict[str, str] | None = None) -> list[dict]:
    by_line: dict[int, list[Diagnostic]] = {}
    for d in script.diagnostics.items:
        if d.span:
            by_line.setdefault(d.span.line, []).append(d)
    records = []
    n = 0
    for node in script.nodes:
        if not isinstance(node, Statement):
            continue
        n += 10
        sid = f"S{n:03d}"   # the ids the emitters give (leapc.emit.statement_ids)
        diags = [d for line in range(node.span.line, (node.span.end_line or node.span.line) + 1)
                 for d in by_line.get(line, [])]
        if node.expr is None or any(d.severity is Severity.ERROR for d in diags):
            status = "failed" if node.expr is None else "needs_manual_work"
        elif any(d.severity is Severity.WARNING for d in diags):
            status = "converted_with_warnings"
        else:
            status = "converted"
        records.append({
            "id": sid,
            "file": node.span.file, "line": node.span.line, "column": node.span.column,
            "end_line": node.span.end_line or node.span.line + node.source.strip("\n").count("\n"),
            "kind": type(node.expr).__name__.lower() if node.expr is not None else "unparsed",
            "status": status, "diagnostics": [d.to_dict() for d in diags],
            "target_text": (texts or {}).get(sid),
        })
    return records


def write_atomically(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, then rename: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def sink_of(results: list[FileResult]) -> DiagnosticSink:
    sink = DiagnosticSink()
    for r in results:
        sink.items.extend(r.diagnostics)
    return sink
