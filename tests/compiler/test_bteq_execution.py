"""BTEQ scripts converted to both targets and run for real: .IMPORT VARTEXT with USING,
.EXPORT REPORT, ERRORCODE/ACTIVITYCOUNT branches, ERRORLEVEL severities, .QUIT codes and
job arguments bound at run time."""
from __future__ import annotations

import psycopg
import pytest

from leapc.convert import convert_text
from tests.corpus_support import load_module
from tests.infra.redshift_on_postgres import PostgresConnection

SCRIPT = """\
.LOGON tdp/etl,secret;
.SET SEPARATOR '|'
CREATE MULTISET TABLE stg.people (id INTEGER, name VARCHAR(20), city VARCHAR(20)) PRIMARY INDEX (id);
.IMPORT VARTEXT ',' FILE=${IN_FILE} SKIP=1
.REPEAT *
USING (id VARCHAR(10), name VARCHAR(20), city VARCHAR(20))
INSERT INTO stg.people VALUES (:id, :name, :city);
.IF ACTIVITYCOUNT <> 3 THEN .QUIT 12
CREATE MULTISET TABLE stg.log (step INTEGER, msg VARCHAR(40), n INTEGER) PRIMARY INDEX (step);
DROP TABLE stg.does_not_exist;
.IF ERRORCODE = 3807 THEN .GOTO NO_TABLE
INSERT INTO stg.log VALUES (1, 'table existed', NULL);
.LABEL NO_TABLE
INSERT INTO stg.log SELECT 2, 'people in ${CITY}', COUNT(*) FROM stg.people WHERE city = '${CITY}';
.EXPORT REPORT FILE=${OUT_FILE}
SELECT id, name, city FROM stg.people ORDER BY id;
.EXPORT RESET
.QUIT 0
"""


def _write_input(tmp_path):
    data = tmp_path / "people.csv"
    data.write_text("id,name,city\n1,Ann,Paris\n2,Bob,\n3,Cy,Paris\n")
    return data


def _check_export(path):
    lines = path.read_text().splitlines()
    assert lines[0].split("|")[0].strip() == "id" and set(lines[1]) <= {"-", "|"}
    assert [line.split("|")[1].strip() for line in lines[2:]] == ["Ann", "Bob", "Cy"]
    assert lines[3].split("|")[2].strip() == "?"  # NULL prints as '?'


@pytest.mark.postgres
def test_bteq_script_on_redshift_runner(tmp_path, pg_database):
    outputs, script = convert_text(SCRIPT, "load.bteq", "redshift")
    assert "secret" not in outputs[".sql"] + outputs[".py"]
    runner = tmp_path / "load.py"
    runner.write_text(outputs[".py"])
    data, out = _write_input(tmp_path), tmp_path / "people.txt"
    args = {"IN_FILE": str(data), "OUT_FILE": str(out), "CITY": "Paris"}
    with psycopg.connect(pg_database, autocommit=True) as conn:
        conn.execute("CREATE SCHEMA stg")
        with pytest.raises(SystemExit) as ended:
            load_module(runner).run(PostgresConnection(conn), args)
        assert ended.value.code == 0
        log = conn.execute("SELECT step, msg, n FROM stg.log ORDER BY step").fetchall()
    assert log == [(2, "people in Paris", 2)]
    _check_export(out)


@pytest.mark.spark
def test_bteq_script_on_spark(tmp_path, clean_spark):
    outputs, _ = convert_text(SCRIPT, "load.bteq", "pyspark")
    job = tmp_path / "load.py"
    job.write_text(outputs[".py"])
    data, out = _write_input(tmp_path), tmp_path / "people.txt"
    clean_spark.sql("CREATE DATABASE stg")
    with pytest.raises(SystemExit) as ended:
        load_module(job).run(clean_spark, {"--IN_FILE": str(data), "--OUT_FILE": str(out), "--CITY": "Paris"})
    assert ended.value.code == 0
    log = [tuple(r) for r in clean_spark.sql("SELECT step, msg, n FROM stg.log ORDER BY step").collect()]
    assert log == [(2, "people in Paris", 2)]
    _check_export(out)


@pytest.mark.postgres
def test_quit_code_and_errorlevel_end_the_job(tmp_path, pg_database):
    text = (".SET ERRORLEVEL 3807 SEVERITY 4\nDROP TABLE nowhere.t;\n"
            ".IF ERRORCODE <> 0 THEN .QUIT ERRORLEVEL\nSEL 1;\n")
    outputs, _ = convert_text(text, "q.bteq", "redshift")
    runner = tmp_path / "q.py"
    runner.write_text(outputs[".py"])
    with psycopg.connect(pg_database, autocommit=True) as conn:
        with pytest.raises(SystemExit) as ended:
            load_module(runner).run(PostgresConnection(conn))
    assert ended.value.code == 4


@pytest.mark.postgres
def test_failed_statement_without_if_sets_the_final_status(tmp_path, pg_database):
    outputs, _ = convert_text("SELECT 1/0;\nSEL 2;\n.REMARK 'done'\n", "f.bteq", "redshift")
    runner = tmp_path / "f.py"
    runner.write_text(outputs[".py"])
    with psycopg.connect(pg_database, autocommit=True) as conn:
        with pytest.raises(SystemExit) as ended:
            load_module(runner).run(PostgresConnection(conn))
    assert ended.value.code == 8  # BTEQ's default severity of a failed request


def test_backward_goto_is_reported():
    _, script = convert_text(".LABEL TOP\nSEL 1;\n.GOTO TOP\n", "b.bteq", "pyspark")
    assert any(d.code == "LEAPC-E003" and "forward" in d.message for d in script.diagnostics.items)
