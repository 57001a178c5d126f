"""The JSON conversion report (schema documented in README.md, "Reading the report")."""
from __future__ import annotations

from collections import Counter

from leapc import __version__

SCHEMA_VERSION = 1


def build_report(results, target: str) -> dict:
    files = []
    codes: Counter = Counter()
    totals = Counter()
    for r in results:
        statuses = Counter(s["status"] for s in r.statements)
        for d in r.diagnostics:
            codes[d.code] += 1
        totals["files"] += 1
        totals["files_failed"] += r.failed
        totals["statements"] += len(r.statements)
        totals["statements_converted"] += statuses["converted"] + statuses["converted_with_warnings"]
        files.append({
            "source": str(r.source),
            "relative": str(r.relative),
            "outputs": sorted(str(p) for p in r.outputs),
            "status": "failed" if r.failed else "converted",
            "statement_counts": dict(statuses),
            "statements": r.statements,
            "diagnostics": [d.to_dict() for d in r.diagnostics],
        })
    rate = totals["statements_converted"] / totals["statements"] if totals["statements"] else 1.0
    return {
        "schema_version": SCHEMA_VERSION,
        "leapc_version": __version__,
        "target": target,
        "totals": {**totals, "conversion_rate": round(rate, 4)},
        "diagnostics_by_code": dict(sorted(codes.items())),
        "files": files,
    }
