"""SARIF 2.1.0 output of a conversion report, for code-scanning tools (GitHub code scanning,
Azure DevOps, IDE viewers).  One run; one rule per diagnostic code; one result per diagnostic,
located in the source file relative to the folder that was converted (uriBaseId SRCROOT)."""
from __future__ import annotations

from leapc import __version__
from leapc.diagnostics import CODES

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def to_sarif(report: dict) -> dict:
    codes = sorted(set(CODES) | set(report.get("diagnostics_by_code", {})))
    rule_index = {code: i for i, code in enumerate(codes)}
    rules = [{
        "id": code,
        "name": code.replace("-", ""),
        "shortDescription": {"text": CODES.get(code, code)},
        "defaultConfiguration": {"level": {"E": "error", "W": "warning", "I": "note"}.get(code.split("-")[-1][:1],
                                                                                          "warning")},
    } for code in codes]
    results = []
    artifacts = []
    for f in report["files"]:
        uri = f["relative"].replace("\\", "/")
        artifacts.append({"location": {"uri": uri, "uriBaseId": "SRCROOT"}})
        for d in f["diagnostics"]:
            region = {"startLine": max(1, d.get("line") or 1), "startColumn": max(1, d.get("column") or 1)}
            result = {
                "ruleId": d["code"],
                "level": LEVELS.get(d["severity"], "warning"),
                "message": {"text": d["message"]},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": uri, "uriBaseId": "SRCROOT", "index": len(artifacts) - 1},
                    "region": region,
                }}],
                "properties": {"behaviourChanged": bool(d.get("behaviour_changed"))},
            }
            if d["code"] in rule_index:
                result["ruleIndex"] = rule_index[d["code"]]
            results.append(result)
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "leapc",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": rules,
            }},
            "originalUriBaseIds": {"SRCROOT": {"description": {"text": "the folder that was converted"}}},
            "artifacts": artifacts,
            "results": results,
            "properties": {"target": report.get("target"), "totals": report.get("totals", {})},
        }],
    }
