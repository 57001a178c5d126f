"""wmg.secrets against moto's Secrets Manager and STS over HTTP."""
from __future__ import annotations

import json
import logging
import threading

import pytest

from wmg.aws import AwsContext
from wmg.errors import ConfigError, NotFound
from wmg.secrets import ConnectionInfo, SecretRef, SecretStore

pytestmark = pytest.mark.moto

PW = "s3cr3t-Pa55"


@pytest.fixture
def aws(moto):
    return AwsContext()


def create(aws, name, value):
    body = value if isinstance(value, str) else json.dumps(value)
    return aws.client("secretsmanager").create_secret(Name=name, SecretString=body)["ARN"]


def test_connection_from_secret_and_cache(aws, caplog):
    arn = create(aws, "pg/app", {"username": "etl", "password": PW, "hosturl": "jdbc:postgresql://h:5432/dw",
                                 "jars": "a.jar, b.jar"})
    store = SecretStore(aws)
    with caplog.at_level(logging.DEBUG, logger="wmg"):
        info = store.connection("pg/app", "postgres")
    assert info == ConnectionInfo("postgres", "jdbc:postgresql://h:5432/dw", "etl", PW,
                                  "org.postgresql.Driver", ("a.jar", "b.jar"))
    assert PW not in repr(info) and PW not in repr(store) and PW not in caplog.text
    assert info.spark_options()["password"] == PW
    store.connection("pg/app", "postgres")
    store.json("pg/app")
    assert store.fetches == 1
    assert store.json(arn)["username"] == "etl"  # by ARN too
    with pytest.raises(Exception):
        info.url = "x"  # frozen


def test_url_built_from_rds_layout(aws):
    create(aws, "rds", {"engine": "postgres", "host": "db.local", "port": 6543, "dbname": "sales",
                        "username": "u", "password": PW})
    create(aws, "rs", {"host": "cluster.x", "dbname": "dev", "user": "u", "password": PW})
    store = SecretStore(aws)
    assert store.connection("rds", "redshift").url == "jdbc:postgresql://db.local:6543/sales"
    rs = store.connection("rs", "redshift")
    assert (rs.url, rs.driver) == ("jdbc:redshift://cluster.x:5439/dev", "com.amazon.redshift.jdbc42.Driver")


def test_errors_name_the_secret_never_its_content(aws):
    create(aws, "bad-json", '{"password": "' + PW + '",')
    create(aws, "no-user", {"password": PW, "url": "jdbc:x://h"})
    create(aws, "list", "[1, 2]")
    store = SecretStore(aws)
    for name in ("bad-json", "no-user", "list"):
        with pytest.raises(ConfigError) as ei:
            store.connection(name, "postgres")
        assert name in str(ei.value) and PW not in str(ei.value)
        assert ei.value.__cause__ is None or PW not in str(ei.value.__cause__)
    with pytest.raises(ConfigError, match="username"):
        store.connection("no-user", "postgres")
    with pytest.raises(NotFound, match="missing-one"):
        store.json("missing-one")


def test_connections_preload_and_refs(aws):
    create(aws, "a", {"user": "u1", "password": PW, "url": "jdbc:postgresql://h/a"})
    create(aws, "b", {"user": "u2", "password": PW, "url": "jdbc:redshift://h:5439/b"})
    store = SecretStore(aws)
    got = store.connections([("postgres", "a"), {"dbType": "redshift", "Secret": "b"}])
    assert set(got) == {"POSTGRES_a", "REDSHIFT_b"} and got["REDSHIFT_b"].user == "u2"
    store.preload([SecretRef("postgres", "a")])
    assert store.fetches == 2
    with pytest.raises(NotFound):
        store.preload([("postgres", "nope")])


def test_ttl_refetches_after_rotation(aws):
    create(aws, "rot", {"user": "u", "password": "old", "url": "jdbc:postgresql://h/d"})
    cached, fresh = SecretStore(aws), SecretStore(aws, ttl_s=0)
    assert cached.connection("rot", "postgres").password == "old" == fresh.connection("rot", "postgres").password
    aws.client("secretsmanager").put_secret_value(SecretId="rot", SecretString=json.dumps(
        {"user": "u", "password": "new", "url": "jdbc:postgresql://h/d"}))
    assert cached.connection("rot", "postgres").password == "old"
    assert fresh.connection("rot", "postgres").password == "new"
    cached.invalidate("rot")
    assert cached.connection("rot", "postgres").password == "new"


def test_thread_safe_single_fetch(aws):
    create(aws, "shared", {"user": "u", "password": PW, "url": "jdbc:postgresql://h/d"})
    store = SecretStore(aws)
    results = []
    threads = [threading.Thread(target=lambda: results.append(store.connection("shared", "postgres")))
               for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 8 and len(set(results)) == 1 and store.fetches == 1


def test_cross_account_through_assume_role(aws):
    other = aws.assume_role("arn:aws:iam::111111111111:role/reader", session_name="test")
    assert other.client("sts").get_caller_identity()["Account"] == "111111111111"
    create(other, "x-acct", {"user": "remote", "password": PW, "url": "jdbc:postgresql://r/d"})
    assert SecretStore(other).connection("x-acct", "postgres").user == "remote"
    with pytest.raises(NotFound):  # not visible from the job's own account
        SecretStore(aws).connection("x-acct", "postgres")


def test_connection_info_validate_and_options():
    info = ConnectionInfo("postgres", "jdbc:postgresql://h/d", None, None, options={"fetchsize": "100"})
    with pytest.raises(ConfigError, match="user, password"):
        info.validate()
    assert info.spark_options() == {"url": "jdbc:postgresql://h/d", "fetchsize": "100"}
    assert hash(ConnectionInfo("p", "u", options={"a": "b"})) == hash(ConnectionInfo("p", "u"))
