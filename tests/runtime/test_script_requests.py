"""DbScript transactions on a real PostgreSQL: BT ... ET and multi-statement requests are all or
nothing whether the DB-API connection autocommits (psycopg's default off, as redshift_connector)."""
from __future__ import annotations

import psycopg
import pytest

from wmg.scripts import DbScript

pytestmark = pytest.mark.postgres


def _rows(dsn):
    with psycopg.connect(dsn, autocommit=True) as conn:
        return [r[0] for r in conn.execute("SELECT v FROM t ORDER BY v")]


@pytest.fixture
def table(pg_database):
    with psycopg.connect(pg_database, autocommit=True) as conn:
        conn.execute("CREATE TABLE t (v INTEGER NOT NULL)")
    return pg_database


@pytest.mark.parametrize("autocommit", [False, True])
def test_failure_inside_bt_et_rolls_back_the_transaction(table, autocommit):
    with psycopg.connect(table, autocommit=autocommit) as conn:
        script = DbScript(conn, raise_errors=False)
        script.sql("S1", "BEGIN")
        script.sql("S2", "INSERT INTO t VALUES (1)")
        script.sql("S3", "INSERT INTO t VALUES (NULL)")
        assert script.error_code != 0
        script.sql("S4", "INSERT INTO t VALUES (2)")
        assert script.error_code == 0
    assert _rows(table) == [2]


@pytest.mark.parametrize("autocommit", [False, True])
def test_multi_statement_request_is_all_or_nothing(table, autocommit):
    with psycopg.connect(table, autocommit=autocommit) as conn:
        script = DbScript(conn, raise_errors=False)
        script.begin_request()
        script.sql("S1", "INSERT INTO t VALUES (1)")
        script.sql("S2", "INSERT INTO t VALUES (NULL)")
        script.end_request()
        failed = script.error_code
        script.begin_request()
        script.sql("S3", "INSERT INTO t VALUES (3)")
        script.sql("S4", "INSERT INTO t VALUES (4)")
        script.end_request()
    assert failed == 3811  # Teradata's NOT NULL error number
    assert _rows(table) == [3, 4]
