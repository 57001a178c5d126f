"""Session-wide real services: PostgreSQL, moto's server and one local SparkSession.

Each is started lazily, the first time a test asks for it, unless `.ci/run` already started it and
exported its address (LEAPC_TEST_PG_DSN, AWS_ENDPOINT_URL).
"""
from __future__ import annotations

import os
import tempfile

import pytest

from tests.infra.services import MotoServer, ThrowawayPostgres, fresh_database

# Debian's libpostgresql-jdbc-java (scripts/setup.sh installs it); the same path as wmg.jdbc.POSTGRES_JAR.
POSTGRES_JAR = "/usr/share/java/postgresql.jar"


def pytest_addoption(parser):
    parser.addoption("--update-goldens", action="store_true",
                     help="rewrite corpus golden files from the current output (review the diff)")


@pytest.fixture(scope="session")
def pg_dsn():
    dsn = os.environ.get("LEAPC_TEST_PG_DSN")
    if dsn:
        yield dsn
        return
    pg = ThrowawayPostgres()
    try:
        yield pg.dsn
    finally:
        pg.stop()


@pytest.fixture
def pg_database(pg_dsn):
    """A fresh, empty database for one test; dropped afterwards.  Yields its DSN."""
    with fresh_database(pg_dsn) as dsn:
        yield dsn


@pytest.fixture(scope="session")
def moto_endpoint():
    os.environ.setdefault("AWS_ACCESS_KEY_ID", "testing")
    os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "testing")
    os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
    endpoint = os.environ.get("AWS_ENDPOINT_URL")
    if endpoint:
        yield endpoint
        return
    server = MotoServer()
    os.environ["AWS_ENDPOINT_URL"] = server.endpoint
    try:
        yield server.endpoint
    finally:
        os.environ.pop("AWS_ENDPOINT_URL", None)
        server.stop()


@pytest.fixture
def moto(moto_endpoint):
    """moto's server with all state reset before the test."""
    import urllib.request

    urllib.request.urlopen(urllib.request.Request(f"{moto_endpoint}/moto-api/reset", method="POST"),
                           timeout=10).read()
    return moto_endpoint


_SPARK = None

S3A_JARS = [os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "jars", "s3a", name)
            for name in ("hadoop-aws-3.3.1.jar", "aws-java-sdk-bundle-1.11.901.jar")]


@pytest.fixture(scope="session")
def spark():
    """One local SparkSession for the whole test process (a JVM per test would not fit in CI).

    LEAPC_TEST_SPARK_ANSI=true runs it with ANSI mode on, as Spark 4 does by default."""
    global _SPARK
    from pyspark.sql import SparkSession

    warehouse = tempfile.mkdtemp(prefix="leapc-wh-")
    builder = (SparkSession.builder.master("local[2]").appName("leapc-tests")
               .config("spark.sql.warehouse.dir", warehouse)
               .config("spark.sql.catalogImplementation", "in-memory")
               .config("spark.sql.legacy.createHiveTableByDefault", "false")
               .config("spark.sql.session.timeZone", "UTC")
               .config("spark.ui.enabled", "false")
               .config("spark.driver.host", "127.0.0.1")
               .config("spark.driver.bindAddress", "127.0.0.1")
               .config("spark.sql.shuffle.partitions", "2")
               .config("spark.driver.memory", "1g"))
    jars = [POSTGRES_JAR] if os.path.exists(POSTGRES_JAR) else []  # Spark JDBC tests reach PostgreSQL
    import pyspark
    if pyspark.__version__.startswith("3.") and all(os.path.exists(j) for j in S3A_JARS):
        jars += S3A_JARS                 # s3a:// against moto (hadoop-aws 3.3.1 matches Spark 3.5's Hadoop)
    if jars:
        builder = builder.config("spark.jars", ",".join(jars))
    if os.environ.get("LEAPC_TEST_SPARK_ANSI"):
        builder = builder.config("spark.sql.ansi.enabled", os.environ["LEAPC_TEST_SPARK_ANSI"])
    _SPARK = builder.getOrCreate()
    _SPARK.sparkContext.setLogLevel("ERROR")
    yield _SPARK
    _SPARK.stop()


@pytest.fixture
def clean_spark(spark):
    """The shared SparkSession with every non-default database and temp view dropped."""
    for db in spark.catalog.listDatabases():
        if db.name != "default":
            spark.sql(f"DROP DATABASE IF EXISTS `{db.name}` CASCADE")
    for t in spark.catalog.listTables("default"):
        if t.isTemporary:
            spark.catalog.dropTempView(t.name)
        else:
            spark.sql(f"DROP TABLE IF EXISTS default.`{t.name}`")
    spark.catalog.clearCache()
    return spark
