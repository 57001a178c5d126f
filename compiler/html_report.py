"""A self-contained HTML summary of a conversion report (one file, inline CSS, no scripts or
external resources) that a lead can open in a browser or attach to a ticket."""
from __future__ import annotations

from html import escape

STATUS_LABEL = {
    "converted": "converted",
    "converted_with_warnings": "converted with warnings",
    "needs_manual_work": "needs manual work",
    "failed": "failed",
}

CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2em;color:#222;max-width:1200px}
h1{font-size:1.6em;margin-bottom:.2em} h2{margin-top:1.6em;border-bottom:1px solid #ddd}
table{border-collapse:collapse;width:100%;margin:.5em 0} th,td{padding:4px 8px;border-bottom:1px solid #eee;
text-align:left;vertical-align:top} th{background:#f6f6f6} td.n{text-align:right;font-variant-numeric:tabular-nums}
.cards{display:flex;gap:1em;flex-wrap:wrap}.card{border:1px solid #ddd;border-radius:6px;padding:.7em 1.2em}
.card b{display:block;font-size:1.6em}.s-converted{color:#17702a}.s-converted_with_warnings{color:#8a6d00}
.s-needs_manual_work{color:#b35c00}.s-failed{color:#b00020}.bar{height:10px;background:#eee;border-radius:5px;
overflow:hidden;display:flex}.bar span{display:block;height:100%}.muted{color:#777}
details{margin:.3em 0} pre{background:#f8f8f8;padding:.5em;overflow:auto;font-size:12px}
"""
COLOURS = {"converted": "#3c9d4e", "converted_with_warnings": "#e3b505", "needs_manual_work": "#f08c00",
           "failed": "#d62839"}


def _pct(x: float) -> str:
    return f"{x * 100:.1f}%"


def _bar(totals: dict) -> str:
    n = totals.get("statements") or 0
    if not n:
        return ""
    parts = "".join(
        f'<span title="{escape(STATUS_LABEL[k])}: {totals.get("statements_" + k, 0)}" '
        f'style="width:{100 * totals.get("statements_" + k, 0) / n:.2f}%;background:{COLOURS[k]}"></span>'
        for k in STATUS_LABEL)
    return f'<div class="bar">{parts}</div>'


def to_html(report: dict, *, max_files: int = 500) -> str:
    t = report["totals"]
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>leapc conversion report ({escape(str(report.get('target')))})</title>",
        f"<style>{CSS}</style></head><body>",
        f"<h1>leapc conversion report</h1>",
        f"<p class=muted>Target <b>{escape(str(report.get('target')))}</b> · leapc "
        f"{escape(str(report.get('leapc_version')))} · report schema {report.get('schema_version')}</p>",
        '<div class="cards">',
        f'<div class="card"><b>{t["files"]}</b>files</div>',
        f'<div class="card"><b>{t["statements"]}</b>statements</div>',
        f'<div class="card"><b>{_pct(t["conversion_rate_statements"])}</b>converted (statements)</div>',
        f'<div class="card"><b>{_pct(t["conversion_rate_lines"])}</b>converted (lines)</div>',
        f'<div class="card"><b>{t["errors"]}</b>errors · {t["warnings"]} warnings</div>',
        f'<div class="card"><b>{t["effort_hours"]:.1f} h</b>estimated manual effort</div>',
        "</div>",
        _bar(t),
        "<h2>Statements by status</h2><table><tr><th>status</th><th>statements</th><th>files</th></tr>",
    ]
    for k, label in STATUS_LABEL.items():
        out.append(f'<tr><td class="s-{k}">{escape(label)}</td><td class=n>{t.get("statements_" + k, 0)}</td>'
                   f'<td class=n>{t.get("files_" + k, 0)}</td></tr>')
    out.append("</table>")

    out.append("<h2>Diagnostics by code</h2><table><tr><th>code</th><th>count</th><th>meaning</th></tr>")
    for code, info in sorted(report.get("diagnostics_by_code", {}).items(), key=lambda kv: -kv[1]["count"]):
        out.append(f"<tr><td>{escape(code)}</td><td class=n>{info['count']}</td><td>{escape(info['meaning'])}</td></tr>")
    out.append("</table>")

    files = sorted(report["files"], key=lambda f: (-f["totals"]["effort_hours"], f["relative"]))
    out.append(f"<h2>Files by estimated effort</h2>")
    if len(files) > max_files:
        out.append(f"<p class=muted>The {max_files} files needing the most work of {len(files)}; "
                   "the JSON report has all.</p>")
    out.append("<table><tr><th>file</th><th>status</th><th>statements</th><th>converted</th>"
               "<th>errors</th><th>warnings</th><th>effort (h)</th></tr>")
    for f in files[:max_files]:
        ft = f["totals"]
        problems = [s for s in f["statements"] if s["status"] in ("needs_manual_work", "failed")]
        detail = ""
        if problems or (f["status"] == "failed" and f["diagnostics"]):
            items = "".join(
                f"<li>line {s['line']} ({escape(s['kind'])}, {escape(STATUS_LABEL[s['status']])}): "
                + "; ".join(escape(f"{d['code']}: {d['message']}") for d in s["diagnostics"]) + "</li>"
                for s in problems[:50])
            if not problems:
                items = "".join(f"<li>{escape(d['code'])}: {escape(d['message'])}</li>" for d in f["diagnostics"][:20])
            detail = f"<details><summary>{len(problems) or len(f['diagnostics'])} to look at</summary><ul>{items}</ul></details>"
        out.append(
            f"<tr><td>{escape(f['relative'])}{detail}</td><td class=\"s-{f['status']}\">"
            f"{escape(STATUS_LABEL.get(f['status'], f['status']))}</td><td class=n>{ft['statements']}</td>"
            f"<td class=n>{_pct(ft['conversion_rate_statements'])}</td><td class=n>{ft['errors']}</td>"
            f"<td class=n>{ft['warnings']}</td><td class=n>{ft['effort_hours']:.2f}</td></tr>")
    out.append("</table>")
    m = report.get("effort_model", {})
    if m:
        out.append("<h2>How effort is estimated</h2><p class=muted>Per statement: "
                   + ", ".join(f"{escape(STATUS_LABEL[k])} {v} h" for k, v in m["status_hours"].items())
                   + f"; plus {m['hours_per_extra_line']} h per line beyond {m['lines_included']} for statements "
                   f"needing manual work or failing. Per file: {m['file_retest_hours']} h to re-test a file that is "
                   f"not fully converted, {m['file_failed_hours']} h more when nothing could be emitted.</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"
