"""Text and JSON renderings of diff and validation results (stable: tests compare goldens)."""
from __future__ import annotations

import json

from .comparator import Difference, summarize
from .validator import Finding

_ORDER = {"error": 0, "warning": 1, "info": 2}


def diff_to_json(diffs: list[Difference], left: dict, right: dict) -> str:
    doc = {"left": left, "right": right, "summary": summarize(diffs),
           "differences": [d.to_dict() for d in diffs]}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def diff_to_text(diffs: list[Difference], left: dict, right: dict) -> str:
    lines = [f"left:  {left['source']} ({left['dialect']}, {left['tables']} tables)",
             f"right: {right['source']} ({right['dialect']}, {right['tables']} tables)", ""]
    for d in diffs:
        where = d.table + (f".{d.column}" if d.column else "")
        rule = f" [{d.rule}]" if d.rule else ""
        lines.append(f"{d.severity.upper():<8}{d.kind:<15}{where}: {d.message}{rule}")
    s = summarize(diffs)
    if not diffs:
        lines.append("no differences")
    lines += ["", f"{s['error']} error(s), {s['warning']} warning(s), {s['info']} info"]
    return "\n".join(lines) + "\n"


def findings_to_text(findings: list[Finding], source: str, dialect: str, tables: int) -> str:
    lines = [f"{source} ({dialect}, {tables} tables)", ""]
    for f in findings:
        where = f.table + (f".{f.column}" if f.column else "")
        lines.append(f"{f.code:<10}{f.severity.upper():<8}{where}: {f.message}")
    if not findings:
        lines.append("no findings")
    n = {s: sum(1 for f in findings if f.severity == s) for s in _ORDER}
    lines += ["", f"{n['error']} error(s), {n['warning']} warning(s), {n['info']} info"]
    return "\n".join(lines) + "\n"


def findings_to_json(findings: list[Finding], source: str, dialect: str, tables: int) -> str:
    n = {s: sum(1 for f in findings if f.severity == s) for s in _ORDER}
    doc = {"source": source, "dialect": dialect, "tables": tables, "summary": n,
           "findings": [f.to_dict() for f in findings]}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
