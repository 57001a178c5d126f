"""`leapc verify`: converted Redshift SQL on PostgreSQL, converted PySpark jobs on the shared
local SparkSession (in-process: one JVM per pytest process)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from leapc.batch import Batch
from leapc.cli import main
from leapc.convert import discover
from leapc.verify import split_sql, to_postgres, verify_pyspark

SCRIPT = """\
CREATE MULTISET TABLE sales.orders (
    id INTEGER NOT NULL,
    amount DECIMAL(10,2),
    region VARCHAR(10)
) PRIMARY INDEX (id);
INSERT INTO sales.orders VALUES (1, 10.50, 'north');
INSERT INTO sales.orders VALUES (2, 20.00, 'south');
CREATE TABLE sales.totals AS (SEL region, SUM(amount) AS total FROM sales.orders GROUP BY region) WITH DATA;
SELECT region, total FROM sales.totals ORDER BY region;
"""
BROKEN = "SELECT a FROM sales.orders_missing;\nSELECT 1;\n"


def _convert(tmp_path: Path, target: str, files: dict[str, str]) -> Path:
    src, out = tmp_path / "src", tmp_path / f"out-{target}"
    src.mkdir(exist_ok=True)
    for name, text in files.items():
        (src / name).write_text(text)
    for r in Batch(target, jobs=1).run(discover([src])):
        for rel, text in r.outputs.items():
            (out / rel).parent.mkdir(parents=True, exist_ok=True)
            (out / rel).write_text(text)
    return out


def test_split_and_adapter():
    text = "-- source: a.sql:3  [S010]\nCREATE TABLE s.t (a INT) DISTKEY(a) SORTKEY(a);\n\n" \
           "-- source: a.sql:9  [S020]\nSELECT ';' AS x -- c;\n FROM s.t;\n"
    parts = split_sql(text)
    assert [(line, src) for line, _, src in parts] == [(2, "a.sql:3"), (5, "a.sql:9")]
    assert "DISTKEY" not in to_postgres(parts[0][1])[0]
    assert parts[1][1].startswith("SELECT ';'")


@pytest.mark.postgres
def test_verify_redshift_on_postgres(tmp_path, pg_database):
    out = _convert(tmp_path, "redshift", {"a_orders.sql": SCRIPT, "b_broken.sql": BROKEN})
    assert "DISTKEY" in (out / "a_orders.sql").read_text()
    report = tmp_path / "verify.json"
    r = CliRunner().invoke(main, ["verify", str(out), "--target", "redshift", "--dsn", pg_database,
                                  "--report", str(report)])
    assert r.exit_code == 1, r.output
    assert "ok    a_orders.sql (5 statements)" in r.output
    assert "FAIL  b_broken.sql (1 of 2 statements failed)" in r.output
    assert "(source b_broken.sql:1)" in r.output and "orders_missing" in r.output
    data = json.loads(report.read_text())
    broken = [f for f in data["files"] if f["path"] == "b_broken.sql"][0]
    assert broken["failures"][0]["id"] == "#1" and not broken["ok"]

    (tmp_path / "again").mkdir()
    out_ok = _convert(tmp_path / "again", "redshift", {"orders.sql": SCRIPT.replace("sales.", "sales2.")})
    r = CliRunner().invoke(main, ["verify", str(out_ok), "-t", "redshift", "--dsn", pg_database])
    assert r.exit_code == 0, r.output


def test_verify_usage_errors(tmp_path):
    (tmp_path / "empty").mkdir()
    assert CliRunner().invoke(main, ["verify", str(tmp_path / "empty"), "-t", "redshift"],
                              env={"LEAPC_DSN": ""}).exit_code == 2
    assert CliRunner().invoke(main, ["verify", str(tmp_path / "empty"), "-t", "pyspark"]).exit_code == 2


@pytest.mark.spark
def test_verify_pyspark_jobs(tmp_path, clean_spark):
    out = _convert(tmp_path, "pyspark", {"a_orders.sql": SCRIPT, "b_broken.sql": BROKEN})
    results = {fv.path: fv for fv in verify_pyspark(out, clean_spark)}
    assert set(results) == {"a_orders.py", "b_broken.py"}
    ok = results["a_orders.py"]
    assert ok.ok and ok.statements == 5, ok
    rows = clean_spark.sql("SELECT region, total FROM sales.totals ORDER BY region").collect()
    assert [(r.region, float(r.total)) for r in rows] == [("north", 10.5), ("south", 20.0)]
    broken = results["b_broken.py"]
    assert not broken.ok and broken.statements == 2
    assert [f.id for f in broken.failures] == ["S010"]
    assert broken.failures[0].source == "b_broken.sql:1" and "orders_missing" in broken.failures[0].error.lower()
    assert broken.failures[0].line and "orders_missing" in broken.failures[0].sql


@pytest.mark.spark
def test_verify_pyspark_import_error(tmp_path, clean_spark):
    (tmp_path / "job.py").write_text("def run(spark, args=None):\n    raise RuntimeError('nope')\n")
    (tmp_path / "syntax.py").write_text("def run(spark, args=None):\n    return (\n")
    results = {fv.path: fv for fv in verify_pyspark(tmp_path, clean_spark)}
    assert results["job.py"].error == "RuntimeError: nope"
    assert results["syntax.py"].error.startswith("cannot import: SyntaxError")
