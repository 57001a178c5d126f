"""wmg.s3 against moto's server over HTTP."""
from __future__ import annotations

import gzip
import hashlib
import io
import zipfile
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone

import pytest

from wmg import s3 as s3mod
from wmg.aws import AwsContext
from wmg.errors import NotFound
from wmg.s3 import S3, S3Uri

pytestmark = pytest.mark.moto

MIB = 1024 * 1024


@pytest.fixture
def s3(moto):
    s = S3(AwsContext())
    s.client.create_bucket(Bucket="bkt")
    return s


def put(s3, key, body=b"x"):
    s3.client.put_object(Bucket="bkt", Key=key, Body=body)


def keys(objs):
    return [o.key for o in objs]


def test_uri_parse_and_parts():
    u = S3Uri.parse("s3://bkt/a/b/c.csv")
    assert (u.bucket, u.key, u.name, str(u.parent)) == ("bkt", "a/b/c.csv", "c.csv", "s3://bkt/a/b/")
    assert S3Uri.parse("s3a://bkt").key == "" and S3Uri.parse("s3://bkt/").is_folder
    assert str(S3Uri.parse("s3://bkt/a") / "x/y.txt") == "s3://bkt/a/x/y.txt"
    assert S3Uri.parse("s3://bkt/a/*.csv").has_glob
    with pytest.raises(ValueError):
        S3Uri.parse("/tmp/x")


def test_glob_regex_levels():
    rx = s3mod.glob_regex("d/*.csv")
    assert rx.fullmatch("d/a.csv") and not rx.fullmatch("d/sub/a.csv")
    assert s3mod.glob_regex("d/**.csv").fullmatch("d/sub/a.csv")
    assert s3mod.glob_regex("d/[!a]?.txt").fullmatch("d/bc.txt")


def test_list_files_dirs_globs_and_order(s3):
    put(s3, "d/a.csv", b"1")
    put(s3, "d/b.csv", b"333")
    put(s3, "d/c.txt", b"22")
    put(s3, "d/sub/x.csv")
    put(s3, "d/marker/")
    put(s3, "other/z.csv")
    assert keys(s3.list("s3://bkt/d")) == ["d/a.csv", "d/b.csv", "d/c.txt"]
    assert keys(s3.list("s3://bkt/d/", kind="dir")) == ["d/marker/", "d/sub/"]
    assert keys(s3.list("s3://bkt/d/", recursive=True)) == ["d/a.csv", "d/b.csv", "d/c.txt", "d/sub/x.csv"]
    assert keys(s3.list("s3://bkt/d/*.csv")) == ["d/a.csv", "d/b.csv"]
    assert keys(s3.list("s3://bkt/d/**.csv")) == ["d/a.csv", "d/b.csv", "d/sub/x.csv"]
    assert keys(s3.list("s3://bkt/d/s*", kind="dir")) == ["d/sub/"]
    assert keys(s3.list("s3://bkt/d/", include=["*.csv", "*.txt"], exclude=["b*"])) == ["d/a.csv", "d/c.txt"]
    assert keys(s3.list("s3://bkt/d/", order_by="size", descending=True)) == ["d/b.csv", "d/c.txt", "d/a.csv"]
    assert keys(s3.list("s3://bkt/d/", order_by="name", descending=True)) == ["d/c.txt", "d/b.csv", "d/a.csv"]
    assert len(s3.list("s3://bkt/d/", order_by="last_modified")) == 3
    objs = s3.list("s3://bkt/d/*.csv")
    assert objs[1].size == 3 and objs[1].last_modified.tzinfo is not None
    with pytest.raises(ValueError):
        s3.list("s3://bkt/d/", order_by="colour")
    with pytest.raises(ValueError):
        s3.list("s3://bkt/d/", kind="link")
    with pytest.raises(NotFound):
        s3.list("s3://nobucket/x/")


def test_list_paginates_past_1000_keys(s3):
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda i: put(s3, f"many/k{i:05d}", b""), range(1005)))
    found = s3.list("s3://bkt/many/")
    assert len(found) == 1005 and found[-1].key == "many/k01004"
    assert s3.delete("s3://bkt/many/*") == 1005
    assert s3.list("s3://bkt/many/") == []


def test_find_age_filter_with_now(s3):
    put(s3, "f/a.log")
    put(s3, "f/b.csv")
    now = datetime.now(timezone.utc)
    assert keys(s3.find("s3://bkt/f/", age_days=0, now=now)) == ["f/a.log", "f/b.csv"]
    later = now + timedelta(days=3, hours=1)
    assert keys(s3.find("s3://bkt/f/", age_days="+2", now=later)) == ["f/a.log", "f/b.csv"]
    assert s3.find("s3://bkt/f/", age_days="3", now=later, include=["*.log"])[0].key == "f/a.log"
    assert s3.find("s3://bkt/f/", age_days="-3", now=later) == []
    assert s3.delete_matching("s3://bkt/f/", age_days="+2", now=later, include=["*.log"]) == 1
    assert keys(s3.list("s3://bkt/f/")) == ["f/b.csv"]
    with pytest.raises(ValueError):
        s3.find("s3://bkt/f/", age_days="old")


def test_exists_404_false_other_errors_raise(s3):
    put(s3, "e/x")
    assert s3.exists("s3://bkt/e/x") and not s3.exists("s3://bkt/e/y")
    assert s3.exists("s3://bkt/e/") and not s3.exists("s3://bkt/nothing/")
    assert s3.exists("s3://bkt/e/?") and not s3.exists("s3://bkt/e/z*")
    with pytest.raises(NotFound, match="no-such-bucket"):  # a missing bucket is not "object absent"
        s3.exists("s3://no-such-bucket/x")


def test_read_write_touch(s3):
    s3.write_text("s3://bkt/t/a.txt", ["l1", "l2"])
    assert s3.read_text("s3://bkt/t/a.txt") == "l1\nl2"
    s3.write_text("s3://bkt/t/a.txt", "l3", mode="append")
    s3.write_text("s3://bkt/t/new.txt", 42, mode="append")
    assert s3.read_lines("s3://bkt/t/a.txt") == ["l1", "l2", "l3"]
    assert s3.read_bytes("s3://bkt/t/new.txt") == b"42"
    assert s3.read_text("s3://bkt/t/*.txt") == "l1\nl2\nl3\n42"
    s3.write_text("s3://bkt/t/a.txt", "over")
    assert s3.read_text("s3://bkt/t/a.txt") == "over"
    with pytest.raises(NotFound):
        s3.read_text("s3://bkt/t/missing")
    with pytest.raises(NotFound):
        s3.read_text("s3://bkt/t/*.nope")
    with pytest.raises(ValueError):
        s3.write_text("s3://bkt/t/a.txt", "x", mode="w")
    assert s3.touch("s3://bkt/t/empty") is True
    assert s3.touch("s3://bkt/t/a.txt") is False and s3.read_text("s3://bkt/t/a.txt") == "over"
    with pytest.raises(FileExistsError):
        s3.touch("s3://bkt/t/empty", exist_ok=False)
    assert s3.read_bytes("s3://bkt/t/empty") == b""


def test_upload_download_managed_multipart(s3, tmp_path):
    data = bytes(range(256)) * (40 * 1024 * 4 // 4) * 1  # 10 MiB
    src = tmp_path / "big.bin"
    src.write_bytes(data)
    dst = s3.upload(src, "s3://bkt/up/")
    assert str(dst) == "s3://bkt/up/big.bin"
    s3mod_cfg = s3._transfer_config(5 * MIB)
    s3.client.upload_file(str(src), "bkt", "up/parts.bin", Config=s3mod_cfg)
    assert s3.head("s3://bkt/up/parts.bin").etag.endswith("-2")
    out = s3.download("s3://bkt/up/parts.bin", tmp_path / "dl")
    assert out.read_bytes() == data
    (tmp_path / "dir").mkdir()
    assert s3.download(dst, tmp_path / "dir").name == "big.bin"
    with pytest.raises(NotFound):
        s3.upload(tmp_path / "absent", "s3://bkt/up/")


def test_copy_move_rename_delete(s3):
    for k in ("src/a.csv", "src/b.csv", "src/n/c.csv", "src/d.txt"):
        put(s3, k, k.encode())
    assert [str(u) for u in s3.copy("s3://bkt/src/a.csv", "s3://bkt/dst/")] == ["s3://bkt/dst/a.csv"]
    assert [str(u) for u in s3.copy("s3://bkt/src/*.csv", "s3://bkt/g")] == ["s3://bkt/g/a.csv", "s3://bkt/g/b.csv"]
    assert [u.key for u in s3.copy("s3://bkt/src/", "s3://bkt/all/")] == [
        "all/a.csv", "all/b.csv", "all/d.txt", "all/n/c.csv"]
    assert s3.read_text("s3://bkt/all/n/c.csv") == "src/n/c.csv"
    with pytest.raises(ValueError):
        s3.copy("s3://bkt/src/a.csv", "s3://bkt/x/*.csv")
    with pytest.raises(NotFound):
        s3.copy("s3://bkt/src/zzz", "s3://bkt/x/")
    moved = s3.move("s3://bkt/g/*.csv", "s3://bkt/moved/")
    assert [u.key for u in moved] == ["moved/a.csv", "moved/b.csv"] and s3.list("s3://bkt/g/") == []
    assert str(s3.rename("s3://bkt/moved/a.csv", "s3://bkt/moved/z.csv")) == "s3://bkt/moved/z.csv"
    assert not s3.exists("s3://bkt/moved/a.csv") and s3.read_text("s3://bkt/moved/z.csv") == "src/a.csv"
    with pytest.raises(ValueError):
        s3.rename("s3://bkt/moved/*", "s3://bkt/x")
    assert s3.delete("s3://bkt/moved/z.csv") == 1 and s3.delete("s3://bkt/moved/z.csv") == 0
    with pytest.raises(ValueError):
        s3.delete("s3://bkt/all/")
    assert s3.delete("s3://bkt/all/", recursive=True) == 4


def test_large_copy_uses_multipart(s3):
    data = b"z" * (11 * MIB)
    put(s3, "big/src", data)
    s3.client.copy({"Bucket": "bkt", "Key": "big/src"}, "bkt", "big/dst1", Config=s3._transfer_config(5 * MIB))
    assert s3.head("s3://bkt/big/dst1").etag.endswith("-3")
    s3.copy("s3://bkt/big/src", "s3://bkt/big/dst2")
    assert s3.checksum("s3://bkt/big/dst2") == hashlib.md5(data).hexdigest()


def test_checksum(s3):
    put(s3, "c/x", b"hello")
    assert s3.checksum("s3://bkt/c/x") == hashlib.md5(b"hello").hexdigest()
    assert s3.checksum("s3://bkt/c/x", "sha256sum") == hashlib.sha256(b"hello").hexdigest()
    with pytest.raises(ValueError):
        s3.checksum("s3://bkt/c/x", "crc99")


def test_merge_small_and_large(s3, monkeypatch):
    big1, big2 = b"A" * (5 * MIB + 7), b"B" * (5 * MIB + 1)
    put(s3, "m/1", big1)
    put(s3, "m/2", big2)
    put(s3, "m/3", b"tail")
    s3.merge(["s3://bkt/m/1", "s3://bkt/m/2", "s3://bkt/m/3"], "s3://bkt/out/all")
    head = s3.head("s3://bkt/out/all")
    assert head.size == len(big1) + len(big2) + 4 and head.etag.endswith("-3")  # 2 part copies + 1 upload
    assert s3.checksum("s3://bkt/out/all") == hashlib.md5(big1 + big2 + b"tail").hexdigest()
    # only small files: download-and-concatenate, with a separator
    for i in range(3):
        put(s3, f"s/{i}.csv", f"r{i}".encode())
    s3.merge("s3://bkt/s/*.csv", "s3://bkt/out/small.csv", separator="\n")
    assert s3.read_text("s3://bkt/out/small.csv") == "r0\nr1\nr2"
    # small before big: the big one is concatenated too; parts flushed at PART_SIZE
    monkeypatch.setattr(s3mod, "PART_SIZE", 6 * MIB)
    s3.merge(["s3://bkt/s/0.csv", "s3://bkt/m/1", "s3://bkt/m/2"], "s3://bkt/out/mixed")
    assert s3.checksum("s3://bkt/out/mixed") == hashlib.md5(b"r0" + big1 + big2).hexdigest()
    with pytest.raises(ValueError):
        s3.merge(["s3://bkt/s/0.csv"], "s3://bkt/s/0.csv")
    assert s3.client.list_multipart_uploads(Bucket="bkt").get("Uploads", []) == []


def test_gzip_gunzip(s3):
    text = "line\n" * 1000
    put(s3, "z/data.txt", text.encode())
    gz = s3.gzip("s3://bkt/z/data.txt")
    assert str(gz) == "s3://bkt/z/data.txt.gz"
    assert gzip.decompress(s3.read_bytes(gz)).decode() == text
    out = s3.gunzip(gz, "s3://bkt/z/plain/")
    assert str(out) == "s3://bkt/z/plain/data.txt" and s3.read_text(out) == text
    # concatenated gzip members decode as one stream
    put(s3, "z/multi.gz", gzip.compress(b"ab") + gzip.compress(b"cd"))
    assert s3.read_bytes(s3.gunzip("s3://bkt/z/multi.gz")) == b"abcd"
    s3.gzip("s3://bkt/z/data.txt", "s3://bkt/z2/", delete_source=True)
    assert s3.exists("s3://bkt/z2/data.txt.gz") and not s3.exists("s3://bkt/z/data.txt")


def test_zip_unzip(s3):
    put(s3, "in/a.txt", b"A")
    put(s3, "in/sub/b.txt", b"B")
    put(s3, "x/c.csv", b"C")
    z = s3.zip(["s3://bkt/in/", "s3://bkt/x/*.csv"], "s3://bkt/arch/out.zip")
    names = zipfile.ZipFile(io.BytesIO(s3.read_bytes(z))).namelist()
    assert sorted(names) == ["a.txt", "c.csv", "sub/b.txt"]
    s3.zip("s3://bkt/in/", "s3://bkt/arch/one.zip", members=["sub/b.txt"])
    assert zipfile.ZipFile(io.BytesIO(s3.read_bytes("s3://bkt/arch/one.zip"))).namelist() == ["sub/b.txt"]
    with pytest.raises(NotFound):
        s3.zip("s3://bkt/in/", "s3://bkt/arch/bad.zip", members=["nope"])
    got = s3.unzip(z, "s3://bkt/unz")
    assert sorted(u.key for u in got) == ["unz/a.txt", "unz/c.csv", "unz/sub/b.txt"]
    assert s3.read_text("s3://bkt/unz/sub/b.txt") == "B"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("../evil", b"x")
    put(s3, "arch/evil.zip", buf.getvalue())
    with pytest.raises(ValueError):
        s3.unzip("s3://bkt/arch/evil.zip")


def test_download_prefix(s3, tmp_path):
    put(s3, "p/a", b"1")
    put(s3, "p/q/b", b"2")
    got = s3.download_prefix("s3://bkt/p", tmp_path / "out")
    assert sorted(p.relative_to(tmp_path / "out").as_posix() for p in got) == ["a", "q/b"]
    assert (tmp_path / "out/q/b").read_bytes() == b"2"
    assert len(s3.download_prefix("s3://bkt/p/", tmp_path / "flat", recursive=False)) == 1


def test_archive_top_level(s3):
    put(s3, "one/a", b"1")
    put(s3, "two/b", b"2")
    put(s3, "three/c", b"3")
    put(s3, "rootfile", b"r")
    z = s3.archive_top_level("bkt")
    assert str(z) == "s3://bkt/bkt.zip"
    assert sorted(zipfile.ZipFile(io.BytesIO(s3.read_bytes(z))).namelist()) == ["one/a", "three/c", "two/b"]
    z2 = s3.archive_top_level("bkt", include=["one", "two/"], dest="s3://bkt/one/arch.zip")
    assert sorted(zipfile.ZipFile(io.BytesIO(s3.read_bytes(z2))).namelist()) == ["one/a", "two/b"]
    z3 = s3.archive_top_level("bkt", include=["one"], dest="s3://bkt/one/arch.zip")  # never archives itself
    assert zipfile.ZipFile(io.BytesIO(s3.read_bytes(z3))).namelist() == ["one/a"]
    with pytest.raises(NotFound):
        s3.archive_top_level("bkt", include=["nine"])
