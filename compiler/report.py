"""The JSON conversion report (schema documented in README.md, "Reading the report").

The schema is versioned by `schema_version`: fields are only ever added within a version; a
renamed or removed field or a changed meaning bumps it."""
from __future__ import annotations

from collections import Counter

from leapc import __version__
from leapc.diagnostics import CODES

SCHEMA_VERSION = 2

STATUSES = ("converted", "converted_with_warnings", "needs_manual_work", "failed")

# Effort estimate (hours of an engineer who knows both platforms), documented in the README:
#   per statement: its status weight + 0.02 h per source line beyond the first 10 for the
#                  statements that need work (long statements take longer to rewrite);
#   per file:      0.25 h to re-test it when any of its statements is not plainly `converted`,
#                  1.0 h more when the whole file failed (nothing was emitted).
STATUS_HOURS = {"converted": 0.0, "converted_with_warnings": 0.1, "needs_manual_work": 0.5, "failed": 1.0}
HOURS_PER_EXTRA_LINE = 0.02
LINES_INCLUDED = 10
FILE_RETEST_HOURS = 0.25
FILE_FAILED_HOURS = 1.0


def statement_hours(stmt: dict) -> float:
    weight = STATUS_HOURS.get(stmt["status"], 0.0)
    if weight and stmt["status"] != "converted_with_warnings":
        weight += HOURS_PER_EXTRA_LINE * max(0, _lines(stmt) - LINES_INCLUDED)
    return weight


def _lines(stmt: dict) -> int:
    return max(1, (stmt.get("end_line") or stmt["line"]) - stmt["line"] + 1)


def file_status(result) -> str:
    if not result.outputs:
        return "failed"
    statuses = {s["status"] for s in result.statements}
    if result.failed:
        # An error not tied to one statement (e.g. control flow) still asks for a human.
        return "failed" if statuses == {"failed"} else "needs_manual_work"
    for status in reversed(STATUSES[1:]):
        if status in statuses:
            return status
    # Warnings on BTEQ commands or the file itself are not tied to a statement.
    return "converted_with_warnings" if any(d.severity.value == "warning" for d in result.diagnostics) \
        else "converted"


def _rate(num: float, den: float) -> float:
    return round(num / den, 4) if den else 1.0


def file_entry(result) -> dict:
    statuses = Counter(s["status"] for s in result.statements)
    codes = Counter(d.code for d in result.diagnostics)
    severities = Counter(d.severity.value for d in result.diagnostics)
    ok = statuses["converted"] + statuses["converted_with_warnings"]
    lines = sum(_lines(s) for s in result.statements)
    ok_lines = sum(_lines(s) for s in result.statements if s["status"] in STATUSES[:2])
    status = file_status(result)
    hours = sum(statement_hours(s) for s in result.statements)
    if status != "converted":
        hours += FILE_RETEST_HOURS
    if status == "failed" and not result.outputs:
        hours += FILE_FAILED_HOURS
    return {
        "source": str(result.source),
        "relative": str(result.relative),
        "outputs": sorted(str(p) for p in result.outputs),
        "status": status,
        "cached": bool(getattr(result, "cached", False)),
        "totals": {
            "source_lines": getattr(result, "source_lines", 0),
            "statements": len(result.statements),
            **{f"statements_{k}": statuses[k] for k in STATUSES},
            "statement_lines": lines,
            "statement_lines_converted": ok_lines,
            "conversion_rate_statements": _rate(ok, len(result.statements)),
            "conversion_rate_lines": _rate(ok_lines, lines),
            "errors": severities["error"],
            "warnings": severities["warning"],
            "infos": severities["info"],
            "effort_hours": round(hours, 2),
        },
        "diagnostics_by_code": dict(sorted(codes.items())),
        "statements": result.statements,
        "diagnostics": [d.to_dict() for d in result.diagnostics],
    }


def build_report(results, target: str, *, options: dict | None = None) -> dict:
    files = [file_entry(r) for r in results]
    codes: Counter = Counter()
    totals: Counter = Counter()
    for f in files:
        codes.update(f["diagnostics_by_code"])
        totals["files"] += 1
        totals[f"files_{f['status']}"] += 1
        for k, v in f["totals"].items():
            if not k.startswith("conversion_rate"):
                totals[k] += v
    ok = totals["statements_converted"] + totals["statements_converted_with_warnings"]
    summary = {
        "files": totals["files"],
        **{f"files_{k}": totals[f"files_{k}"] for k in STATUSES},
        "source_lines": totals["source_lines"],
        "statements": totals["statements"],
        **{f"statements_{k}": totals[f"statements_{k}"] for k in STATUSES},
        "statement_lines": totals["statement_lines"],
        "statement_lines_converted": totals["statement_lines_converted"],
        "conversion_rate_statements": _rate(ok, totals["statements"]),
        "conversion_rate_lines": _rate(totals["statement_lines_converted"], totals["statement_lines"]),
        "errors": totals["errors"],
        "warnings": totals["warnings"],
        "infos": totals["infos"],
        "effort_hours": round(sum(f["totals"]["effort_hours"] for f in files), 2),
    }
    return {
        "schema_version": SCHEMA_VERSION,
        "leapc_version": __version__,
        "target": target,
        "options": options or {},
        "totals": summary,
        "diagnostics_by_code": {c: {"count": n, "meaning": CODES.get(c, "")} for c, n in sorted(codes.items())},
        "effort_model": {
            "status_hours": STATUS_HOURS,
            "hours_per_extra_line": HOURS_PER_EXTRA_LINE,
            "lines_included": LINES_INCLUDED,
            "file_retest_hours": FILE_RETEST_HOURS,
            "file_failed_hours": FILE_FAILED_HOURS,
        },
        "files": files,
    }


# ---------------------------------------------------------------------------------------------
# Baseline comparison (--baseline): only regressions fail.

def regressions(report: dict, baseline: dict, *, fail_on: str = "error") -> list[str]:
    """What got worse since `baseline` (an earlier report): new diagnostics at or above `fail_on`
    (counted per file and code, so moved lines do not count), a lower conversion rate overall or
    for a file present in both, and files that now fail outright."""
    severities = {"error"} if fail_on == "error" else {"error", "warning"}
    problems: list[str] = []
    old_files = {f["relative"]: f for f in baseline.get("files", [])}

    def counts(f: dict) -> Counter:
        return Counter(d["code"] for d in f.get("diagnostics", []) if d["severity"] in severities)

    for f in report["files"]:
        old = old_files.get(f["relative"])
        new_counts = counts(f)
        old_counts = counts(old) if old else Counter()
        for code, n in sorted(new_counts.items()):
            if n > old_counts.get(code, 0):
                examples = [d for d in f["diagnostics"] if d["code"] == code][:1]
                where = f" (e.g. line {examples[0]['line']}: {examples[0]['message']})" if examples else ""
                problems.append(f"{f['relative']}: {code} x{n} (was {old_counts.get(code, 0)}){where}")
        if old is not None:
            before = _file_rate(old)
            after = f["totals"]["conversion_rate_statements"]
            if before is not None and after < before:
                problems.append(f"{f['relative']}: conversion rate {after:.1%} (was {before:.1%})")
            if f["status"] == "failed" and old.get("status") != "failed":
                problems.append(f"{f['relative']}: now fails (was {old.get('status')})")
    before = baseline.get("totals", {}).get("conversion_rate_statements",
                                             baseline.get("totals", {}).get("conversion_rate"))
    after = report["totals"]["conversion_rate_statements"]
    if before is not None and after < before:
        problems.append(f"repository: conversion rate {after:.2%} (was {before:.2%})")
    return problems


def _file_rate(entry: dict) -> float | None:
    totals = entry.get("totals")
    if totals and "conversion_rate_statements" in totals:
        return totals["conversion_rate_statements"]
    counts = entry.get("statement_counts")  # schema_version 1
    if counts is not None:
        n = sum(counts.values())
        return _rate(counts.get("converted", 0) + counts.get("converted_with_warnings", 0), n)
    return None
