"""wmg.jdbc: connections from connection details; JDBC through JayDeBeApi + Debian's PostgreSQL jar."""
from __future__ import annotations

import datetime as dt
import json
import os
import time
from decimal import Decimal

import pytest

from wmg import jdbc
from wmg.errors import ConfigError, NotFound
from wmg.executor import ObjectNotFound, QueryTimeout, SqlExecutor, SqlSyntaxError

needs_jar = pytest.mark.skipif(not os.path.exists(jdbc.POSTGRES_JAR),
                               reason="apt-get install libpostgresql-jdbc-java")


def _parts(dsn):
    rest = dsn.split("://", 1)[1]
    hostport, db = rest.split("/", 1)
    return hostport.split("@")[-1], db


def test_jdbc_url_to_dsn():
    assert jdbc.jdbc_url_to_dsn("jdbc:redshift://c.x.us-east-1.redshift.amazonaws.com:5439/dev", "u", "p@ss:/") == \
        "postgresql://u:p%40ss%3A%2F@c.x.us-east-1.redshift.amazonaws.com:5439/dev"
    assert jdbc.jdbc_url_to_dsn("jdbc:postgresql://h:5432/db?user=a&password=b&ssl=true&tcpKeepAlive=true") == \
        "postgresql://a:b@h:5432/db?sslmode=require"
    assert jdbc.jdbc_url_to_dsn("postgresql://x@h/db") == "postgresql://x@h/db"
    with pytest.raises(ConfigError) as info:
        jdbc.jdbc_url_to_dsn("jdbc:teradata://h/password=secret")
    assert "secret" not in str(info.value)
    assert "pw" not in repr(jdbc.JdbcInfo("jdbc:postgresql://h/d", "u", "pw"))


def test_connect_picks_psycopg_for_postgres_and_redshift_urls(pg_database):
    hostport, db = _parts(pg_database)
    for scheme in ("postgresql", "redshift"):
        conn = jdbc.connect(jdbc.JdbcInfo(f"jdbc:{scheme}://{hostport}/{db}", "postgres"))
        assert type(conn).__module__.startswith("psycopg")
        r = jdbc.execute(conn, "select current_database()")
        assert r.rows == [(db,)]
        conn.close()
    with jdbc.connect_dsn(f"jdbc:postgresql://{hostport}/{db}?user=postgres", autocommit=True) as conn:
        assert [r.activity_count for r in jdbc.execute_script(conn, "create table a(x int); insert into a values (1),(2)")] \
            == [0, 2]


@needs_jar
def test_jaydebeapi_typed_results_errors_and_transactions(pg_database):
    import psycopg

    with psycopg.connect(pg_database, autocommit=True) as c:
        c.execute("create table m (id bigint, amount numeric(12,2), d date, ts timestamp, t time, s text, "
                  "f double precision, b boolean)")
        c.execute("insert into m values (9007199254740993, 74999250.02, '2024-02-29', '2024-01-01 02:00:07.616133', "
                  "'13:14:15', 'x', 1.5, true), (2, null, null, null, null, null, null, null)")
    hostport, db = _parts(pg_database)
    info = jdbc.JdbcInfo(f"jdbc:postgresql://{hostport}/{db}", "postgres", "")
    t0 = time.monotonic()
    conn = jdbc.connect(info, backend="jdbc", autocommit=True)
    connect_s = time.monotonic() - t0
    try:
        ex = SqlExecutor(conn, engine="postgres", close_connection=False)
        r = ex.execute("select * from m order by id desc")
        assert r.columns == ("id", "amount", "d", "ts", "t", "s", "f", "b")
        assert r.rows[0] == (9007199254740993, Decimal("74999250.02"), dt.date(2024, 2, 29),
                             dt.datetime(2024, 1, 1, 2, 0, 7, 616133), dt.time(13, 14, 15), "x", 1.5, True)
        assert r.rows[1] == (2, None, None, None, None, None, None, None)
        assert r.activity_count == 2
        assert ex.execute("update m set s = 'y'").activity_count == 2
        assert ex.execute("select * from m where id = ?", (2,)).rows[0][0] == 2

        with pytest.raises(ObjectNotFound) as e:
            ex.execute("select * from missing")
        assert e.value.sqlstate == "42P01"
        with pytest.raises(SqlSyntaxError):
            ex.execute("selec 1")
        with pytest.raises(QueryTimeout):
            ex.execute("select pg_sleep(5)", timeout_s=0.3)

        ex.commit()                              # autocommit on: a no-op instead of JDBC's error
        with pytest.raises(RuntimeError):
            with jdbc.transaction(conn):
                ex.execute("delete from m")
                raise RuntimeError("abort")
        assert conn.jconn.getAutoCommit()       # restored
        assert ex.execute("select count(*) from m").rows == [(2,)]
        with jdbc.transaction(conn):
            ex.execute("delete from m where id = 2")
        assert ex.execute("select count(*) from m").rows == [(1,)]
    finally:
        conn.close()
    assert connect_s < 15


def test_connection_from_secret(moto):
    import boto3

    sm = boto3.client("secretsmanager")
    sm.create_secret(Name="pg/app", SecretString=json.dumps(
        {"username": "etl", "password": "pw", "engine": "postgres", "host": "db.local", "port": 5433, "dbname": "dw"}))
    info = jdbc.connection_from_secret("pg/app", db_type="postgres")
    assert (info.url, info.user, info.password) == ("jdbc:postgresql://db.local:5433/dw", "etl", "pw")
    assert jdbc.jdbc_url_to_dsn(info.url, info.user, info.password) == "postgresql://etl:pw@db.local:5433/dw"
    with pytest.raises(NotFound):
        jdbc.connection_from_secret("nope")
