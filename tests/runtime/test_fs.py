"""wmg.fs: the same contract over LocalFS, HadoopFS (local Spark, file://) and S3FS (moto server)."""
from __future__ import annotations

import os
import zipfile

import pytest

from wmg.aws import AwsContext
from wmg.errors import NotFound
from wmg.fs import FileSystem, HadoopFS, LocalFS, S3FS, UnsupportedOperation, open_fs, zip_dir


@pytest.fixture(params=["local", "hadoop", "s3"])
def fs_root(request, tmp_path):
    """(fs, root) where root is a folder URL/path without the trailing slash."""
    if request.param == "local":
        return LocalFS(), str(tmp_path)
    if request.param == "hadoop":
        return HadoopFS(request.getfixturevalue("spark")), "file://" + str(tmp_path)
    request.getfixturevalue("moto")
    aws = AwsContext()
    aws.client("s3").create_bucket(Bucket="fsb")
    return S3FS(aws=aws), "s3://fsb/root"


def test_contract(fs_root):
    fs, root = fs_root
    assert isinstance(fs, FileSystem)
    assert not fs.exists(f"{root}/a.txt")
    assert fs.read_text(f"{root}/a.txt", missing_ok=True) == ""
    with pytest.raises(NotFound):
        fs.read_text(f"{root}/a.txt")
    fs.write_text(f"{root}/a.txt", "one\n")
    fs.write_text(f"{root}/sub/b.csv", "x,y")
    fs.write_bytes(f"{root}/sub/deep/c.bin", b"\x00\x01")
    assert fs.exists(f"{root}/a.txt") and fs.read_text(f"{root}/a.txt") == "one\n"
    assert fs.read_bytes(f"{root}/sub/deep/c.bin") == b"\x00\x01"
    fs.write_text(f"{root}/a.txt", "two\n", mode="overwrite")
    assert fs.read_lines(f"{root}/a.txt") == ["two"]
    names = lambda paths: sorted(p.rstrip("/").rsplit("/", 1)[-1] for p in paths)  # noqa: E731
    assert names(fs.list(root)) == ["a.txt"]
    assert names(fs.list(root, kind="dir")) == ["sub"]
    assert names(fs.list(root, kind="any")) == ["a.txt", "sub"]
    assert names(fs.list(root, recursive=True)) == ["a.txt", "b.csv", "c.bin"]
    assert names(fs.list(root, recursive=True, include=["*.csv", "*.bin"], exclude=["c*"])) == ["b.csv"]
    infos = {i.name: i for i in fs.stat_list(root, recursive=True)}
    assert infos["b.csv"].size == 3 and not infos["b.csv"].is_dir and infos["b.csv"].modified is not None
    assert fs.create(f"{root}/new") is True and fs.create(f"{root}/new") is False
    assert fs.read_bytes(f"{root}/new") == b""
    fs.copy(f"{root}/a.txt", f"{root}/copy.txt")
    fs.rename(f"{root}/copy.txt", f"{root}/renamed.txt")
    assert not fs.exists(f"{root}/copy.txt") and fs.read_text(f"{root}/renamed.txt") == "two\n"
    fs.move(f"{root}/renamed.txt", f"{root}/moved.txt")
    assert not fs.exists(f"{root}/renamed.txt") and fs.exists(f"{root}/moved.txt")
    with pytest.raises(NotFound):
        fs.rename(f"{root}/nope", f"{root}/x")
    assert fs.delete(f"{root}/moved.txt") is True and fs.delete(f"{root}/moved.txt") is False
    assert fs.delete(f"{root}/sub/", recursive=True) is True
    assert not fs.exists(f"{root}/sub/b.csv")
    fs.mkdirs(f"{root}/made")


def test_append_local_and_hadoop(tmp_path, spark):
    fs = LocalFS()
    fs.write_text(f"{tmp_path}/log", "a", mode="append")
    fs.write_text(f"{tmp_path}/log", "b", mode="append")
    assert fs.read_text(f"{tmp_path}/log") == "ab"
    with pytest.raises(ValueError):
        fs.write_text(f"{tmp_path}/log", "c", mode="w")
    hfs = HadoopFS(spark)
    hfs.write_text(f"file://{tmp_path}/hlog", "a", mode="append")  # absent: created
    with pytest.raises(UnsupportedOperation, match="append"):  # Hadoop's local FS cannot append
        hfs.write_text(f"file://{tmp_path}/hlog", "b", mode="append")
    assert hfs.read_text(f"file://{tmp_path}/hlog") == "a"


def test_s3fs_append_and_delete_guard(moto):
    aws = AwsContext()
    aws.client("s3").create_bucket(Bucket="fsb")
    fs = S3FS(aws=aws)
    fs.write_text("s3://fsb/log", "a", mode="append")
    fs.write_text("s3://fsb/log", "b", mode="append")
    assert fs.read_text("s3://fsb/log") == "ab"
    with pytest.raises(ValueError):
        fs.delete("s3://fsb/", recursive=False)


def test_local_root_glob_and_errors(tmp_path):
    fs = LocalFS(tmp_path)
    fs.write_text("d/x.csv", "1")
    fs.write_text("d/y.csv", "2")
    fs.write_text("d/z.txt", "3")
    assert fs.list("d/*.csv") == [str(tmp_path / "d/x.csv"), str(tmp_path / "d/y.csv")]
    fs.copy("d/*.csv", "out/")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["x.csv", "y.csv"]
    fs.move("d/*.txt", "moved")
    assert (tmp_path / "moved/z.txt").read_text() == "3"
    assert fs.delete("out/*.csv") is True and fs.list("out") == []
    with pytest.raises(OSError):
        fs.delete("d")  # not empty, not recursive
    with pytest.raises(NotFound):
        fs.list("absent")
    with pytest.raises(NotFound):
        fs.copy("d/*.parquet", "out/")


def test_hadoop_errors_and_glob(spark, tmp_path):
    fs = HadoopFS(spark)
    root = "file://" + str(tmp_path)
    fs.write_text(f"{root}/g/a.csv", "1")
    fs.write_text(f"{root}/g/b.txt", "2")
    assert [p.rsplit("/", 1)[-1] for p in fs.list(f"{root}/g/*.csv")] == ["a.csv"]
    assert fs.exists(f"{root}/g/*.txt") and not fs.exists(f"{root}/g/*.json")
    with pytest.raises(NotFound):
        fs.read_bytes(f"{root}/g/none")
    with pytest.raises(OSError):
        fs.delete(f"{root}/g")  # non-empty directory without recursive
    fs.copy(f"{root}/g", f"{root}/g2")
    assert sorted(p.rsplit("/", 1)[-1] for p in fs.list(f"{root}/g2")) == ["a.csv", "b.txt"]


def test_hadoop_needs_py4j():
    class ConnectLike:  # Spark Connect sessions have no _jvm
        pass

    with pytest.raises(UnsupportedOperation, match="Spark Connect"):
        HadoopFS(ConnectLike())


def test_open_fs(moto, spark):
    assert isinstance(open_fs("/tmp/x"), LocalFS) and isinstance(open_fs("file:///tmp/x"), LocalFS)
    assert isinstance(open_fs("s3://b/k"), S3FS)
    assert isinstance(open_fs("hdfs://nn/x", spark=spark), HadoopFS)
    with pytest.raises(UnsupportedOperation):
        open_fs("s3a://b/k")


def test_zip_dir(tmp_path):
    src = tmp_path / "src"
    (src / "a/b").mkdir(parents=True)
    (src / "empty").mkdir()
    (src / "top.txt").write_text("t")
    (src / "a/b/deep.txt").write_text("d")
    out = zip_dir(src, src / "self.zip")  # inside the folder: never zips itself
    with zipfile.ZipFile(out) as zf:
        assert sorted(zf.namelist()) == ["a/b/deep.txt", "empty/", "top.txt"]
        assert zf.read("a/b/deep.txt") == b"d"
    with pytest.raises(NotFound):
        zip_dir(tmp_path / "missing", tmp_path / "x.zip")


@pytest.mark.spark
def test_hadoopfs_on_s3a_against_moto(spark, moto):
    """The same Hadoop FileSystem API Glue jobs use on s3:// paths, here on s3a:// served by
    moto (scripts/setup.sh fetches hadoop-aws and the AWS SDK bundle for the shared session)."""
    from tests.conftest import S3A_JARS

    assert all(os.path.exists(j) for j in S3A_JARS), "run scripts/setup.sh: the s3a jars are missing"
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    for key, value in {"endpoint": moto, "path.style.access": "true", "connection.ssl.enabled": "false",
                       "access.key": "testing", "secret.key": "testing",
                       "aws.credentials.provider": "org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider",
                       "impl.disable.cache": "true"}.items():
        conf.set(f"fs.s3a.{key}", value)
    AwsContext().client("s3").create_bucket(Bucket="lake")
    fs = HadoopFS(spark)
    fs.write_text("s3a://lake/in/a.txt", "one\ntwo\n")
    assert fs.exists("s3a://lake/in/a.txt") and not fs.exists("s3a://lake/in/missing.txt")
    assert fs.read_lines("s3a://lake/in/a.txt") == ["one", "two"]
    fs.rename("s3a://lake/in/a.txt", "s3a://lake/out/b.txt")
    assert fs.list("s3a://lake/out") == ["s3a://lake/out/b.txt"]
    # A Spark write and read through the same scheme.
    spark.range(5).write.mode("overwrite").parquet("s3a://lake/tbl")
    assert spark.read.parquet("s3a://lake/tbl").count() == 5
    assert fs.delete("s3a://lake/out", recursive=True) and not fs.exists("s3a://lake/out/b.txt")
    with pytest.raises(NotFound):
        fs.read_text("s3a://lake/in/a.txt")
