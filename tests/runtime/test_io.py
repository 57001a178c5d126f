"""wmg.io on the shared local SparkSession: files, single files, catalog tables, Spark JDBC to the
throwaway PostgreSQL (Debian's JDBC jar on spark.jars), and ConnectionResolver on moto's server."""
from __future__ import annotations

import io
import os
from datetime import date
from decimal import Decimal
from urllib.parse import urlsplit

import psycopg
import pytest

from wmg import io as wio
from wmg.errors import ConfigError, NotFound, QueryError
from wmg.executor import ObjectNotFound
from wmg.secrets import ConnectionInfo

POSTGRES_JAR = "/usr/share/java/postgresql.jar"
needs_jar = pytest.mark.skipif(not os.path.exists(POSTGRES_JAR), reason="apt-get install libpostgresql-jdbc-java")


def pg_connection_info(dsn: str) -> ConnectionInfo:
    """The JDBC ConnectionInfo for a test database DSN (trust auth: no password)."""
    u = urlsplit(dsn)
    return ConnectionInfo("postgres", f"jdbc:postgresql://{u.hostname}:{u.port}{u.path}", u.username or "postgres")


def rows(df, *columns):
    return sorted(tuple(r) for r in df.select(*columns).collect()) if columns else sorted(tuple(r) for r in df.collect())


# ============================================================================================ files

@pytest.mark.spark
def test_csv_read_with_options_and_view(spark, tmp_path):
    (tmp_path / "in.csv").write_text("id|name\n1|ann\n2|bob\n")
    df = wio.read(spark, "CSV", str(tmp_path / "in.csv"), view="people",
                  options={"header": "true", "sep": "|", "inferSchema": "true"})
    assert df.dtypes == [("id", "int"), ("name", "string")]
    assert rows(spark.sql("SELECT name FROM people WHERE id = 2")) == [("bob",)]


@pytest.mark.spark
def test_columnar_and_line_formats_round_trip(spark, tmp_path):
    df = spark.createDataFrame([(1, "a"), (2, None)], "id INT, name STRING")
    for fmt in ("parquet", "orc", "json"):
        wio.write(df, fmt, str(tmp_path / fmt))
        assert rows(wio.read(spark, fmt, str(tmp_path / fmt)), "id", "name") == [(1, "a"), (2, None)], fmt
    wio.write(df.selectExpr("concat(id, ':', coalesce(name, '-')) AS value"), "txt", str(tmp_path / "text"))
    assert rows(wio.read(spark, "text", str(tmp_path / "text"))) == [("1:a",), ("2:-",)]


@pytest.mark.spark
def test_write_modes_and_partitions(spark, tmp_path):
    df = spark.createDataFrame([(1, "x"), (2, "y")], "id INT, part STRING")
    target = str(tmp_path / "out")
    wio.write(df, "parquet", target, partition_by=["part"])
    assert sorted(p.name for p in (tmp_path / "out").iterdir() if p.is_dir()) == ["part=x", "part=y"]
    with pytest.raises(Exception, match="already exists"):      # the default mode is "error"
        wio.write(df, "parquet", target)
    wio.write(df, "parquet", target, mode="append", partition_by=["part"])
    assert wio.read(spark, "parquet", target).count() == 4
    with pytest.raises(ConfigError, match="mode"):
        wio.write(df, "parquet", target, mode="replace")
    with pytest.raises(ConfigError, match="unknown file format"):
        wio.write(df, "avro2", target)
    with pytest.raises(ConfigError, match="excel"):
        wio.write(df, "xlsx", target)


@pytest.mark.spark
def test_fixed_width_round_trip(spark, tmp_path):
    layout = [("id", 4, "int"), ("name", 6), ("day", 10, "date"), ("amount", 8, "decimal(8,2)")]
    df = spark.createDataFrame([(1, "ann", date(2024, 1, 31), Decimal("12.50")),
                                (22, "bartholomew", None, Decimal("-3.00"))],
                               "id INT, name STRING, day DATE, amount DECIMAL(8,2)")
    wio.write(df, "fixedwidth", str(tmp_path / "fw"), fixed_width=layout)
    lines = sorted(line for f in (tmp_path / "fw").glob("part-*") for line in f.read_text().splitlines())
    # Every field padded (or cut: "bartholomew") to its width; NULL written as blanks.
    assert lines == ["1   ann   2024-01-3112.50   ", "22  bartho          -3.00   "]
    back = wio.read(spark, "fwf", str(tmp_path / "fw"), fixed_width=layout)
    assert back.dtypes == [("id", "int"), ("name", "string"), ("day", "date"), ("amount", "decimal(8,2)")]
    assert rows(back) == [(1, "ann", date(2024, 1, 31), Decimal("12.50")), (22, "bartho", None, Decimal("-3.00"))]
    raw = wio.read(spark, "fixed_width", str(tmp_path / "fw"), fixed_width=[("id", 4)], options={"trim": "false"})
    assert rows(raw) == [("1   ",), ("22  ",)]


@pytest.mark.spark
def test_fixed_width_layout_errors(spark, tmp_path):
    df = spark.createDataFrame([(1,)], "id INT")
    with pytest.raises(ConfigError, match="fixed_width"):
        wio.write(df, "fwf", str(tmp_path / "a"))
    with pytest.raises(ConfigError, match=r"entry 1.*entry 2"):
        wio.write(df, "fwf", str(tmp_path / "b"), fixed_width=[("id", 3), ("x", 0), ("y",)])
    with pytest.raises(ConfigError, match=r"\['nope'\]"):
        wio.write(df, "fwf", str(tmp_path / "c"), fixed_width=[("id", 3), ("nope", 2)])


@pytest.mark.spark
def test_xml_needs_spark_4(spark, tmp_path):
    (tmp_path / "a.xml").write_text("<rows><row><id>1</id><name>ann</name></row></rows>")
    if int(spark.version.split(".")[0]) < 4:
        with pytest.raises(ConfigError, match="xml needs Spark 4"):
            wio.read(spark, "xml", str(tmp_path / "a.xml"), options={"rowTag": "row"})
        return
    df = wio.read(spark, "xml", str(tmp_path / "a.xml"), options={"rowTag": "row"})
    assert rows(df, "id", "name") == [(1, "ann")]
    wio.write(df, "xml", str(tmp_path / "out"), options={"rowTag": "r", "rootTag": "rs"})
    assert rows(wio.read(spark, "xml", str(tmp_path / "out"), options={"rowTag": "r"}), "id", "name") == [(1, "ann")]
    with pytest.raises(ConfigError, match="rowTag"):
        wio.read(spark, "xml", str(tmp_path / "a.xml"))


# ============================================================================================ excel

def _workbook() -> bytes:
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    wb.active.title = "Cover"
    wb.active.append(["not", "this"])
    ws = wb.create_sheet("Data")
    ws.append(["id", "name", None, "id", "day"])
    ws.append([1, "ann", "x", 10, date(2024, 1, 31)])
    ws.append([2, None, None, 20])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@pytest.mark.spark
def test_excel_read_from_s3(spark, moto):
    import boto3

    boto3.client("s3").create_bucket(Bucket="inbox")
    boto3.client("s3").put_object(Bucket="inbox", Key="book.xlsx", Body=_workbook())
    df = wio.read(spark, "xlsx", "s3://inbox/book.xlsx", options={"sheet": "Data"})
    # A blank header cell is _c{i}; a repeated name gets its position, as Spark's CSV reader does.
    assert df.columns == ["id0", "name", "_c2", "id3", "day"]
    assert rows(df) == [("1", "ann", "x", "10", "2024-01-31"), ("2", None, None, "20", None)]
    first = wio.read(spark, "excel", "s3://inbox/book.xlsx", options={"header": "false"})
    assert rows(first) == [("not", "this")]
    with pytest.raises(NotFound, match="Nope"):
        wio.read(spark, "excel", "s3://inbox/book.xlsx", options={"sheet": "Nope"})
    with pytest.raises(ConfigError, match=".xls format"):
        wio.read(spark, "xls", "s3://inbox/old.xls")


# ============================================================================================ write_single

@pytest.mark.spark
def test_write_single_csv_overwrite_then_append_without_repeated_header(spark, tmp_path):
    target = str(tmp_path / "out" / "report.csv")
    first = spark.createDataFrame([(1, "a"), (2, "b")], "id INT, v STRING").repartition(2)
    assert wio.write_single(first, "csv", target, options={"header": "true"}) == target
    assert sorted(os.listdir(tmp_path / "out")) == ["report.csv"]          # no staging folder left
    assert sorted(open(target).read().splitlines()) == ["1,a", "2,b", "id,v"]
    assert open(target).read().splitlines()[0] == "id,v"
    spark.createDataFrame([(3, "c")], "id INT, v STRING").createOrReplaceTempView("more_rows")
    wio.write_single("more_rows", "csv", target, mode="append", options={"header": "true"})
    lines = open(target).read().splitlines()
    assert lines[0] == "id,v" and lines[-1] == "3,c" and len(lines) == 4
    wio.write_single(first.limit(0), "csv", target, mode="overwrite")
    assert open(target).read() == ""


@pytest.mark.spark
def test_write_single_modes_and_errors(spark, tmp_path):
    df = spark.createDataFrame([(1,), (2,), (3,)], "id INT")
    target = str(tmp_path / "one.json")
    wio.write_single(df, "json", target)
    before = open(target).read()
    with pytest.raises(FileExistsError):
        wio.write_single(df, "json", target, mode="error")
    wio.write_single(df.limit(1), "json", target, mode="ignore")
    assert open(target).read() == before
    with pytest.raises(ConfigError, match="cannot append to a parquet"):
        wio.write_single(df, "parquet", target, mode="append")
    with pytest.raises(ConfigError, match="Spark wrote 3"):
        wio.write_single(df, "csv", str(tmp_path / "split.csv"), options={"maxRecordsPerFile": 1})
    assert sorted(os.listdir(tmp_path)) == ["one.json"]      # the failed write left nothing behind


@pytest.mark.spark
def test_write_single_fixed_width_append(spark, tmp_path):
    target = str(tmp_path / "f.txt")
    df = spark.createDataFrame([("a", 1)], "code STRING, n INT")
    wio.write_single(df, "fixed_width", target, fixed_width=[("code", 3), ("n", 2)])
    (tmp_path / "stage").mkdir()
    (tmp_path / "stage" / "keep.txt").write_text("not ours")
    wio.write_single(df, "fixed_width", target, mode="append", fixed_width=[("code", 3), ("n", 2)],
                     staging=str(tmp_path / "stage"))
    assert open(target).read() == "a  1 \na  1 \n"
    assert os.listdir(tmp_path / "stage") == ["keep.txt"]     # only its own subfolder was removed


# ============================================================================================ catalog tables

@pytest.mark.spark
def test_save_table_creates_then_keeps_the_definition(clean_spark):
    spark = clean_spark
    df = spark.createDataFrame([(1, "x", "p1"), (2, "y", "p2")], "id INT, v STRING, part STRING")
    wio.save_table(df, "io_t", mode="overwrite", fmt="parquet", partition_by=["part"])
    assert spark.table("io_t").count() == 2
    # Columns in another order are matched by name; the table stays partitioned.
    wio.save_table(df.select("v", "part", "id").limit(1), "io_t", mode="append")
    assert rows(spark.table("io_t"), "id", "v") == [(1, "x"), (1, "x"), (2, "y")]
    spark.createDataFrame([(9, "z", "p9")], "id INT, v STRING, part STRING").createOrReplaceTempView("new_rows")
    wio.save_table("new_rows", "io_t", mode="overwrite")
    assert rows(spark.table("io_t")) == [(9, "z", "p9")]
    assert "part" in [c.name for c in spark.catalog.listColumns("io_t") if c.isPartition]
    with pytest.raises(ConfigError, match=r"missing \['part'\], not in the table \['extra'\]"):
        wio.save_table(df.selectExpr("id", "v", "part AS extra"), "io_t", mode="append")


# ============================================================================================ JDBC

@pytest.fixture
def pg(pg_database):
    with psycopg.connect(pg_database, autocommit=True) as conn:
        conn.execute("CREATE TABLE src (id int PRIMARY KEY, name text, amount numeric(10,2))")
        conn.execute("INSERT INTO src VALUES (1, 'ann', 1.50), (2, 'bob', NULL), (3, 'cy', 3.25)")
        conn.execute("CREATE TABLE tgt (id int PRIMARY KEY, name text NOT NULL DEFAULT 'none', "
                     "amount numeric(10,2))")
        conn.execute("INSERT INTO tgt VALUES (100, 'old', 0)")
    return pg_database


def _pg(dsn, sql):
    with psycopg.connect(dsn) as conn:
        return conn.execute(sql).fetchall()


def _primary_key(dsn, table):
    return _pg(dsn, f"SELECT conname FROM pg_constraint WHERE conrelid = '{table}'::regclass AND contype = 'p'")


@needs_jar
@pytest.mark.spark
@pytest.mark.postgres
def test_jdbc_read_and_overwrite_keeps_the_primary_key(spark, pg):
    info = pg_connection_info(pg)
    df = wio.spark_read_jdbc(spark, info, "SELECT id, name, amount FROM src WHERE id <= 2")
    assert rows(df) == [(1, "ann", Decimal("1.50")), (2, "bob", None)]
    wio.spark_write_jdbc(df, info, "tgt", mode="overwrite")
    assert _pg(pg, "SELECT id, name FROM tgt ORDER BY id") == [(1, "ann"), (2, "bob")]
    assert _primary_key(pg, "tgt") == [("tgt_pkey",)]              # truncated, not dropped
    assert _pg(pg, "SELECT column_default FROM information_schema.columns "
                   "WHERE table_name = 'tgt' AND column_name = 'name'") == [("'none'::text",)]
    wio.spark_write_jdbc(wio.spark_read_jdbc(spark, info, "SELECT * FROM src WHERE id = 3"), info, "tgt",
                         mode="append")
    assert _pg(pg, "SELECT count(*) FROM tgt") == [(3,)]
    with pytest.raises(QueryError, match="duplicate key"):       # the key is really there
        wio.spark_write_jdbc(df, info, "tgt", mode="append")


@needs_jar
@pytest.mark.spark
@pytest.mark.postgres
def test_jdbc_errors_are_query_errors(spark, pg):
    info = pg_connection_info(pg)
    with pytest.raises(ObjectNotFound, match='relation "missing" does not exist') as caught:
        wio.spark_read_jdbc(spark, info, "SELECT * FROM missing")
    assert caught.value.sqlstate == "42P01" and caught.value.sql == "SELECT * FROM missing"


@needs_jar
@pytest.mark.spark
@pytest.mark.postgres
def test_overwrite_truncates_itself_where_spark_would_drop(spark, pg, monkeypatch):
    """For URLs whose Spark dialect would drop and re-create the table (Redshift), spark_write_jdbc
    truncates through wmg.jdbc and appends.  PostgreSQL stands in: the dialect check is forced."""
    assert wio._spark_truncates(spark, "jdbc:postgresql://h/d") is True
    assert wio._spark_truncates(spark, "jdbc:redshift://h:5439/d") is False
    monkeypatch.setattr(wio, "_spark_truncates", lambda spark, url: False)
    info = pg_connection_info(pg)
    df = wio.spark_read_jdbc(spark, info, "SELECT * FROM src")
    wio.spark_write_jdbc(df, info, "tgt", mode="overwrite")
    assert _pg(pg, "SELECT id FROM tgt ORDER BY id") == [(1,), (2,), (3,)]
    assert _primary_key(pg, "tgt") == [("tgt_pkey",)]
    wio.spark_write_jdbc(df, info, "fresh", mode="overwrite")      # a missing table is created by Spark
    assert _pg(pg, "SELECT count(*) FROM fresh") == [(3,)]


# ============================================================================================ connections

@pytest.fixture
def resolver(moto):
    import boto3

    from wmg.aws import AwsContext

    aws = AwsContext()
    boto3.client("secretsmanager").create_secret(Name="pg/etl", SecretString=(
        '{"username": "etl", "password": "s3cret", "engine": "postgres", "host": "db.local", "dbname": "dw"}'))
    glue = boto3.client("glue")
    for name, url in (("pg-conn", "jdbc:postgresql://glue.local:5432/dw"),
                      ("rs-conn", "jdbc:redshift://cluster.local:5439/dev")):
        glue.create_connection(ConnectionInput={"Name": name, "ConnectionType": "JDBC", "ConnectionProperties": {
            "JDBC_CONNECTION_URL": url, "USERNAME": "glue_user", "PASSWORD": "pw"}})
    glue.create_connection(ConnectionInput={"Name": "vpc", "ConnectionType": "NETWORK", "ConnectionProperties": {}})
    glue.create_job(Name="job1", Role="arn:aws:iam::123456789012:role/glue",
                    Command={"Name": "glueetl", "ScriptLocation": "s3://code/job.py"},
                    Connections={"Connections": ["vpc", "pg-conn", "rs-conn"]})
    return wio.ConnectionResolver(aws, job_name="job1",
                                  named={"local": ConnectionInfo("postgres", "jdbc:postgresql://x/y", "u", "p")})


@pytest.mark.moto
def test_resolver_order_secret_glue_explicit_attached(resolver):
    from_secret = resolver.resolve("postgres", secret="pg/etl", connection_name="pg-conn", url="jdbc:x://ignored")
    assert (from_secret.url, from_secret.user, from_secret.password) == ("jdbc:postgresql://db.local:5432/dw",
                                                                          "etl", "s3cret")
    from_glue = resolver.resolve("postgres", connection_name="rs-conn", url="jdbc:x://ignored")
    assert (from_glue.db_type, from_glue.user) == ("redshift", "glue_user")
    explicit = resolver.resolve("mysql", url="jdbc:mysql://h/db", user="me", password="pw",
                                options={"fetchsize": "500"})
    assert (explicit.url, explicit.user, explicit.options["fetchsize"]) == ("jdbc:mysql://h/db", "me", "500")
    attached = resolver.resolve("redshift")
    assert attached.url == "jdbc:redshift://cluster.local:5439/dev"
    assert resolver.resolve("postgresql").url == "jdbc:postgresql://glue.local:5432/dw"
    with pytest.raises(NotFound, match="attached mysql"):
        resolver.resolve("mysql")


@pytest.mark.moto
def test_resolver_iam_token_for_postgres_without_password(resolver):
    info = resolver.resolve("postgres", url="jdbc:postgresql://db.example:6543/dw", user="iam_user")
    assert info.password.startswith("db.example:6543/?") and "Action=connect" in info.password
    assert "DBUser=iam_user" in info.password
    assert resolver.resolve("mysql", url="jdbc:mysql://h/d", user="u").password is None


@pytest.mark.moto
def test_resolver_by_name(resolver):
    assert resolver("postgres", "pg/etl").user == "etl"                 # a secret
    assert resolver("redshift", "rs-conn").user == "glue_user"          # a Glue connection
    assert resolver("postgres", "local").url == "jdbc:postgresql://x/y"  # a named entry
    assert resolver("redshift", None).url.startswith("jdbc:redshift:")  # the attached one
    with pytest.raises(NotFound, match="'nowhere'"):
        resolver("postgres", "nowhere")


@pytest.mark.moto
def test_resolver_two_attached_of_one_type(moto):
    import boto3

    glue = boto3.client("glue")
    for name in ("a", "b"):
        glue.create_connection(ConnectionInput={"Name": name, "ConnectionType": "JDBC", "ConnectionProperties": {
            "JDBC_CONNECTION_URL": f"jdbc:postgresql://{name}/d", "USERNAME": "u", "PASSWORD": "p"}})
    glue.create_job(Name="j2", Role="r", Command={"Name": "glueetl", "ScriptLocation": "s3://c/j.py"},
                    Connections={"Connections": ["a", "b"]})
    with pytest.raises(ConfigError, match=r"exactly one attached postgres connection, found \['a', 'b'\]"):
        wio.ConnectionResolver(job_name="j2").resolve("postgres")


@needs_jar
@pytest.mark.spark
@pytest.mark.postgres
@pytest.mark.moto
def test_secret_to_spark_read(spark, pg, moto):
    """The whole path a Glue job takes: a secret names the database, Spark reads from it."""
    import boto3

    boto3.client("secretsmanager").create_secret(Name="src-db", SecretString=(
        f'{{"username": "postgres", "password": "", "url": "{pg_connection_info(pg).url}"}}'))
    with pytest.raises(ConfigError, match="password"):      # an empty password is a broken secret
        wio.ConnectionResolver().resolve("postgres", secret="src-db")
    boto3.client("secretsmanager").put_secret_value(SecretId="src-db", SecretString=(
        f'{{"username": "postgres", "password": "unused-trust-auth", "url": "{pg_connection_info(pg).url}"}}'))
    info = wio.ConnectionResolver().resolve("postgres", secret="src-db")
    assert wio.spark_read_jdbc(spark, info, "SELECT count(*) AS n FROM src").first()["n"] == 3
