"""The bundled example repository (README's first command) converts without errors and its
outputs run: DDL then the BTEQ load then the report, on PostgreSQL and on Spark."""
from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from click.testing import CliRunner

from leapc.cli import main
from tests.corpus_support import load_module
from tests.infra.redshift_on_postgres import PostgresConnection, split_statements, to_postgres

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "teradata_repo"
ORDER = ["ddl/customers", "etl/load_customers", "etl/monthly_report"]


def _convert(tmp_path, target):
    out = tmp_path / target
    result = CliRunner().invoke(main, ["convert", str(EXAMPLE), "--target", target, "--out", str(out),
                                       "--no-cache", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.postgres
def test_example_runs_on_postgres(tmp_path, pg_database):
    out = _convert(tmp_path, "redshift")
    with psycopg.connect(pg_database, autocommit=True) as conn:
        conn.execute("CREATE SCHEMA edw; CREATE SCHEMA stage")
        conn.execute("SET search_path TO public")
        for name in ORDER:
            runner = out / f"{name}.py"
            if runner.exists():
                with pytest.raises(SystemExit) as ended:
                    load_module(runner).run(PostgresConnection(conn))
                assert ended.value.code == 0
            else:
                for stmt in split_statements((out / f"{name}.sql").read_text()):
                    for pg in to_postgres(stmt):
                        conn.execute(pg)
        assert conn.execute("SELECT COUNT(*) FROM edw.dim_customer").fetchone() == (0,)


@pytest.mark.spark
def test_example_runs_on_spark(tmp_path, clean_spark):
    out = _convert(tmp_path, "pyspark")
    clean_spark.sql("CREATE DATABASE edw")
    clean_spark.sql("CREATE DATABASE stage")
    for name in ORDER:
        try:
            load_module(out / f"{name}.py").run(clean_spark)
        except SystemExit as ended:
            assert ended.code == 0
    assert clean_spark.table("edw.dim_customer").count() == 0
