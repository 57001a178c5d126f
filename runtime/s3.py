"""Amazon S3 helpers: listing with globs, reads/writes, managed copies, merges and archives.

Every helper raises (NotFound, AwsError, ValueError, PartialFailure); none returns a success flag.
Large objects are streamed through spooled temporary files, never held whole in memory.
"""
from __future__ import annotations

import builtins
import fnmatch
import gzip as _gzip
import hashlib
import logging
import os
import posixpath
import re
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from wmg._awscall import aws_call, error_code
from wmg.errors import AwsError, NotFound, PartialFailure

log = logging.getLogger("wmg.s3")

MIB = 1024 * 1024
MIN_PART = 5 * MIB            # S3's minimum size of every multipart part but the last
PART_SIZE = 100 * MIB         # part size of streamed archives and merges
MAX_COPY_PART = 5 * 1024 * MIB  # UploadPartCopy's maximum range
SPOOL_MAX = 32 * MIB          # spooled temp files stay in memory up to this size
CHUNK = 1 * MIB
_GLOB_CHARS = "*?["
ORDER_KEYS = ("name", "size", "last_modified")
KINDS = ("file", "dir", "any")


# --------------------------------------------------------------------------------------------
# Value types

@dataclass(frozen=True, order=True)
class S3Uri:
    """`s3://bucket/key`.  A key ending in `/` (or empty) denotes a folder."""

    bucket: str
    key: str = ""

    @classmethod
    def parse(cls, uri: "str | S3Uri") -> "S3Uri":
        if isinstance(uri, S3Uri):
            return uri
        m = re.match(r"^s3[an]?://([^/]+)/?(.*)$", str(uri))
        if not m:
            raise ValueError(f"not an S3 URI: {uri!r} (expected s3://bucket/key)")
        return cls(m.group(1), m.group(2))

    def __str__(self) -> str:
        return f"s3://{self.bucket}/{self.key}"

    @property
    def is_folder(self) -> bool:
        return self.key == "" or self.key.endswith("/")

    @property
    def has_glob(self) -> bool:
        return any(c in self.key for c in _GLOB_CHARS)

    @property
    def name(self) -> str:
        return posixpath.basename(self.key.rstrip("/"))

    @property
    def parent(self) -> "S3Uri":
        head = posixpath.dirname(self.key.rstrip("/"))
        return S3Uri(self.bucket, head + "/" if head else "")

    def folder(self) -> "S3Uri":
        """This URI as a folder (trailing `/` added)."""
        return self if self.is_folder else S3Uri(self.bucket, self.key + "/")

    def join(self, *parts: str) -> "S3Uri":
        key = self.folder().key + "/".join(p.strip("/") for p in parts if p)
        if parts and parts[-1].endswith("/"):
            key += "/"
        return S3Uri(self.bucket, key)

    __truediv__ = join


@dataclass(frozen=True)
class S3Object:
    """A listed object (or a folder, when `is_dir`; folders have size 0 and no time)."""

    uri: S3Uri
    size: int = 0
    last_modified: datetime | None = None
    etag: str | None = None
    is_dir: bool = False

    @property
    def key(self) -> str:
        return self.uri.key

    @property
    def name(self) -> str:
        return self.uri.name

    def __str__(self) -> str:
        return str(self.uri)


# --------------------------------------------------------------------------------------------
# Glob helpers

def glob_regex(pattern: str) -> re.Pattern:
    """A key glob as a regex: `*` and `?` stay inside one folder level, `**` crosses levels."""
    out, i, n = [], 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "*":
            if pattern.startswith("**", i):
                out.append(".*")
                i += 2
                continue
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            j = pattern.find("]", i + 2)
            if j < 0:
                out.append(re.escape(c))
            else:
                body = pattern[i + 1:j]
                if body.startswith("!"):
                    body = "^" + body[1:]
                out.append("[" + body.replace("\\", "\\\\") + "]")
                i = j + 1
                continue
        else:
            out.append(re.escape(c))
        i += 1
    return re.compile("".join(out), re.DOTALL)


def _literal_prefix(key: str) -> str:
    idx = min((key.find(c) for c in _GLOB_CHARS if c in key), default=len(key))
    return key[:idx]


def _name_ok(name: str, include: Sequence[str], exclude: Sequence[str]) -> bool:
    if include and not any(fnmatch.fnmatchcase(name, p) for p in include):
        return False
    return not any(fnmatch.fnmatchcase(name, p) for p in exclude)


def _as_tuple(value) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(value)


def _parse_age(age) -> tuple[str, int]:
    text = str(age).strip()
    m = re.fullmatch(r"([+-]?)(\d+)", text)
    if not m:
        raise ValueError(f"age_days must be N, +N or -N (days), got {age!r}")
    return {"": "==", "+": ">", "-": "<"}[m.group(1)], int(m.group(2))


def _relative(key: str, base: str) -> str:
    return key[len(base):] if key.startswith(base) else posixpath.basename(key)


# --------------------------------------------------------------------------------------------

class S3:
    """S3 operations through one `AwsContext` (default: a context from the environment)."""

    def __init__(self, aws=None) -> None:
        if aws is None:
            from wmg.aws import AwsContext

            aws = AwsContext()
        self.aws = aws

    @property
    def client(self):
        return self.aws.client("s3")

    def _transfer_config(self, part_size: int = PART_SIZE):
        from boto3.s3.transfer import TransferConfig

        return TransferConfig(multipart_threshold=part_size, multipart_chunksize=part_size)

    # ---------------------------------------------------------------- listing
    def _pages(self, bucket: str, prefix: str, delimiter: str | None) -> Iterator[dict]:
        kwargs = {"Bucket": bucket, "Prefix": prefix}
        if delimiter:
            kwargs["Delimiter"] = delimiter
        paginator = self.client.get_paginator("list_objects_v2")
        with aws_call("s3", "ListObjectsV2", f"s3://{bucket}/{prefix}"):
            yield from paginator.paginate(**kwargs)

    def _objects(self, bucket: str, prefix: str) -> Iterator[S3Object]:
        for page in self._pages(bucket, prefix, None):
            for o in page.get("Contents", ()):
                yield S3Object(S3Uri(bucket, o["Key"]), o["Size"], o["LastModified"],
                               o.get("ETag", "").strip('"') or None)

    def list(self, uri, *, include: Sequence[str] = (), exclude: Sequence[str] = (), kind: str = "file",
             recursive: bool = False, order_by: str | None = None, descending: bool = False) -> list[S3Object]:
        """Objects (kind="file"), folders (kind="dir") or both under a folder URI or matching a glob.

        A URI without wildcards is a folder (a `/` is added).  With wildcards, the key text before
        the first wildcard is the listing prefix and the whole key must match the glob (`*` does
        not cross `/`; `**` does).  `include`/`exclude` are globs on the object's name.
        Folder markers (zero-byte keys ending in `/`) are reported as folders, never as files."""
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, got {kind!r}")
        if order_by is not None and order_by not in ORDER_KEYS:
            raise ValueError(f"order_by must be one of {ORDER_KEYS} or None, got {order_by!r}")
        u = S3Uri.parse(uri)
        include, exclude = _as_tuple(include), _as_tuple(exclude)
        files: dict[str, S3Object] = {}
        dirs: dict[str, S3Object] = {}

        def add_dir(key: str) -> None:
            dirs.setdefault(key, S3Object(S3Uri(u.bucket, key), is_dir=True))

        if u.has_glob:
            rx = glob_regex(u.key.rstrip("/"))
            prefix = _literal_prefix(u.key)
            base = prefix[: prefix.rfind("/") + 1]
            for o in self._objects(u.bucket, prefix):
                if not o.key.endswith("/") and rx.fullmatch(o.key):
                    files[o.key] = o
                pos = o.key.find("/", len(base))
                while pos >= 0:
                    if rx.fullmatch(o.key[:pos]):
                        add_dir(o.key[: pos + 1])
                    pos = o.key.find("/", pos + 1)
        else:
            folder = u.folder().key
            if recursive:
                for o in self._objects(u.bucket, folder):
                    if o.key != folder and not o.key.endswith("/"):
                        files[o.key] = o
                    pos = o.key.find("/", len(folder))
                    while pos >= 0:
                        add_dir(o.key[: pos + 1])
                        pos = o.key.find("/", pos + 1)
            else:
                for page in self._pages(u.bucket, folder, "/"):
                    for o in page.get("Contents", ()):
                        if o["Key"] == folder:
                            continue
                        if o["Key"].endswith("/"):
                            add_dir(o["Key"])
                        else:
                            files[o["Key"]] = S3Object(S3Uri(u.bucket, o["Key"]), o["Size"], o["LastModified"],
                                                       o.get("ETag", "").strip('"') or None)
                    for p in page.get("CommonPrefixes", ()):
                        add_dir(p["Prefix"])
        chosen = ([*files.values()] if kind in ("file", "any") else []) + \
                 ([*dirs.values()] if kind in ("dir", "any") else [])
        chosen = [o for o in chosen if _name_ok(o.name, include, exclude)]
        if order_by is None:
            chosen.sort(key=lambda o: o.key, reverse=descending)
        elif order_by == "name":
            chosen.sort(key=lambda o: (o.name, o.key), reverse=descending)
        elif order_by == "size":
            chosen.sort(key=lambda o: (o.size, o.key), reverse=descending)
        else:
            epoch = datetime.min.replace(tzinfo=timezone.utc)
            chosen.sort(key=lambda o: (o.last_modified or epoch, o.key), reverse=descending)
        return chosen

    def _expand(self, uri) -> tuple[list[S3Object], str]:
        """The objects a source URI stands for (glob, folder or single key) and their base folder."""
        u = S3Uri.parse(uri)
        if u.has_glob:
            prefix = _literal_prefix(u.key)
            return self.list(u), prefix[: prefix.rfind("/") + 1]
        if u.is_folder:
            return self.list(u, recursive=True), u.key
        head = self.head(u)
        return [head], u.parent.key

    def find(self, uri, *, include: Sequence[str] = (), exclude: Sequence[str] = (), age_days=None,
             now: datetime | None = None) -> list[S3Object]:
        """Files under `uri` (recursive; or matching its glob) filtered by name and age.

        `age_days` follows find(1)'s -mtime: `N` is exactly N whole days old, `+N` more than N,
        `-N` less than N (UTC; `now` defaults to the current time)."""
        u = S3Uri.parse(uri)
        found = self.list(u, include=include, exclude=exclude, recursive=not u.has_glob)
        if age_days is None:
            return found
        op, n = _parse_age(age_days)
        now = now or datetime.now(timezone.utc)
        if now.tzinfo is None:
            now = now.replace(tzinfo=timezone.utc)
        out = []
        for o in found:
            age = (now - o.last_modified) // timedelta(days=1)
            if (op == "==" and age == n) or (op == ">" and age > n) or (op == "<" and age < n):
                out.append(o)
        return out

    def delete_matching(self, uri, **filters) -> int:
        """Delete what `find(uri, **filters)` returns; the number deleted."""
        return self._delete_keys(S3Uri.parse(uri).bucket, [o.key for o in self.find(uri, **filters)])

    # ---------------------------------------------------------------- single objects
    def head(self, uri) -> S3Object:
        u = S3Uri.parse(uri)
        with aws_call("s3", "HeadObject", str(u)):
            r = self.client.head_object(Bucket=u.bucket, Key=u.key)
        return S3Object(u, r["ContentLength"], r.get("LastModified"), r.get("ETag", "").strip('"') or None)

    def exists(self, uri) -> bool:
        """True if the object (or, for a folder or glob URI, anything under/matching it) exists.
        Only "not found" answers read as False; every other error raises."""
        u = S3Uri.parse(uri)
        if u.has_glob:
            return bool(self.list(u, kind="any"))
        if u.is_folder:
            with aws_call("s3", "ListObjectsV2", str(u)):
                r = self.client.list_objects_v2(Bucket=u.bucket, Prefix=u.key, MaxKeys=1)
            return r.get("KeyCount", 0) > 0
        from botocore.exceptions import ClientError

        try:
            self.client.head_object(Bucket=u.bucket, Key=u.key)
            return True
        except ClientError as exc:
            if error_code(exc) not in ("404", "NoSuchKey", "NotFound"):
                with aws_call("s3", "HeadObject", str(u)):
                    raise
        # HEAD answers a bare 404 for a missing bucket too; a typo in the bucket is not "absent".
        with aws_call("s3", "HeadBucket", f"bucket s3://{u.bucket}"):
            self.client.head_bucket(Bucket=u.bucket)
        return False

    def _body(self, u: S3Uri):
        with aws_call("s3", "GetObject", str(u)):
            return self.client.get_object(Bucket=u.bucket, Key=u.key)["Body"]

    def read_bytes(self, uri) -> bytes:
        u = S3Uri.parse(uri)
        if u.has_glob or u.is_folder:
            raise ValueError(f"read_bytes needs one object, got {u}")
        return self._body(u).read()

    def read_text(self, uri, *, encoding: str = "utf-8") -> str:
        """An object's text; a glob URI reads every match (in key order) joined by newlines."""
        u = S3Uri.parse(uri)
        if u.has_glob:
            matches = self.list(u)
            if not matches:
                raise NotFound(f"no object matches {u}")
            return "\n".join(self._body(o.uri).read().decode(encoding) for o in matches)
        return self.read_bytes(u).decode(encoding)

    def read_lines(self, uri, *, encoding: str = "utf-8") -> list[str]:
        return self.read_text(uri, encoding=encoding).splitlines()

    def write_bytes(self, uri, data: bytes, **extra) -> S3Uri:
        u = S3Uri.parse(uri)
        if u.has_glob or u.is_folder:
            raise ValueError(f"cannot write to {u}: not a single object key")
        with aws_call("s3", "PutObject", str(u)):
            self.client.put_object(Bucket=u.bucket, Key=u.key, Body=data, **extra)
        return u

    def write_text(self, uri, content, *, mode: str = "overwrite", encoding: str = "utf-8") -> S3Uri:
        """Write `content` (str, number, or a list/tuple joined by newlines).

        mode="append" reads the object, adds a newline if it lacks one, then the new text, and
        writes it back with a conditional PUT (IfMatch on the ETag read; retried 5 times), so a
        concurrent writer is detected rather than silently overwritten.  S3 has no real append."""
        if mode not in ("overwrite", "append"):
            raise ValueError(f"mode must be 'overwrite' or 'append', got {mode!r}")
        if isinstance(content, (list, tuple)):
            text = "\n".join(str(x) for x in content)
        else:
            text = str(content)
        u = S3Uri.parse(uri)
        if mode == "overwrite":
            return self.write_bytes(u, text.encode(encoding))
        from botocore.exceptions import ClientError

        for _ in range(5):
            try:
                with aws_call("s3", "GetObject", str(u)):
                    r = self.client.get_object(Bucket=u.bucket, Key=u.key)
                old, cond = r["Body"].read().decode(encoding), {"IfMatch": r["ETag"]}
            except NotFound:
                old, cond = "", {"IfNoneMatch": "*"}
            joined = old + ("\n" if old and not old.endswith("\n") else "") + text
            try:
                self.client.put_object(Bucket=u.bucket, Key=u.key, Body=joined.encode(encoding), **cond)
                return u
            except ClientError as exc:
                if error_code(exc) not in ("PreconditionFailed", "ConditionalRequestConflict"):
                    with aws_call("s3", "PutObject", str(u)):
                        raise
                log.info("append to %s raced with another writer; retrying", u)
        raise AwsError("s3", "PutObject", "PreconditionFailed", f"{u} kept changing during append")

    def touch(self, uri, *, exist_ok: bool = True) -> bool:
        """Create a zero-byte object if absent (conditional PUT).  Returns True if it was created.
        An existing object is left untouched (its content is never truncated); with
        exist_ok=False it raises FileExistsError."""
        u = S3Uri.parse(uri)
        from botocore.exceptions import ClientError

        try:
            self.client.put_object(Bucket=u.bucket, Key=u.key, Body=b"", IfNoneMatch="*")
            return True
        except ClientError as exc:
            if error_code(exc) in ("PreconditionFailed", "ConditionalRequestConflict"):
                if exist_ok:
                    return False
                raise FileExistsError(str(u)) from exc
            with aws_call("s3", "PutObject", str(u)):
                raise

    # ---------------------------------------------------------------- transfers
    def upload(self, local_path, uri) -> S3Uri:
        """Managed (multipart when large) upload; a destination folder keeps the file name."""
        src = Path(local_path)
        u = S3Uri.parse(uri)
        if u.is_folder:
            u = u.join(src.name)
        if not src.is_file():
            raise NotFound(f"local file {src} not found")
        with aws_call("s3", "PutObject", str(u)):
            self.client.upload_file(str(src), u.bucket, u.key, Config=self._transfer_config())
        return u

    def download(self, uri, local_path) -> Path:
        """Managed download; a local directory keeps the object name.  Parents are created."""
        u = S3Uri.parse(uri)
        dst = Path(local_path)
        if dst.is_dir() or str(local_path).endswith(os.sep):
            dst = dst / u.name
        dst.parent.mkdir(parents=True, exist_ok=True)
        with aws_call("s3", "GetObject", str(u)):
            self.client.download_file(u.bucket, u.key, str(dst), Config=self._transfer_config())
        return dst

    def download_prefix(self, uri, local_dir, *, recursive: bool = True) -> list[Path]:
        """Every object under a folder (or matching a glob) into `local_dir`, keeping relative paths."""
        u = S3Uri.parse(uri)
        if u.has_glob:
            objs, base = self._expand(u)
        else:
            objs, base = self.list(u, recursive=recursive), u.folder().key
        root = Path(local_dir).resolve()
        out = []
        for o in objs:
            target = (root / _relative(o.key, base)).resolve()
            if root not in target.parents:
                raise ValueError(f"{o.uri} would be written outside {root}")
            out.append(self.download(o.uri, target))
        return out

    def _copy_one(self, src: S3Uri, dst: S3Uri) -> None:
        if src == dst:
            raise ValueError(f"cannot copy {src} onto itself")
        with aws_call("s3", "CopyObject", str(src)):
            self.client.copy({"Bucket": src.bucket, "Key": src.key}, dst.bucket, dst.key,
                             Config=self._transfer_config(PART_SIZE))

    def copy(self, src, dst) -> list[S3Uri]:
        """Copy one object, a folder (recursive) or a glob's matches; managed (UploadPartCopy for
        large objects).  A destination ending in `/` is a folder; several sources need a folder.
        Returns the destination URIs."""
        d = S3Uri.parse(dst)
        if d.has_glob:
            raise ValueError(f"wildcards are not allowed in a copy destination: {d}")
        s = S3Uri.parse(src)
        if not (s.has_glob or s.is_folder):
            target = d.join(s.name) if d.is_folder else d
            self._copy_one(s, target)
            return [target]
        objs, base = self._expand(s)
        out = []
        for o in objs:
            target = d.folder().join(_relative(o.key, base))
            self._copy_one(o.uri, target)
            out.append(target)
        return out

    def move(self, src, dst) -> list[S3Uri]:
        """copy, then delete the sources (only after every copy succeeded)."""
        s = S3Uri.parse(src)
        sources = [s] if not (s.has_glob or s.is_folder) else [o.uri for o in self._expand(s)[0]]
        out = self.copy(s, dst)
        for b in {u.bucket for u in sources}:
            self._delete_keys(b, [u.key for u in sources if u.bucket == b])
        return out

    def rename(self, src, dst) -> S3Uri:
        s, d = S3Uri.parse(src), S3Uri.parse(dst)
        if s.has_glob or s.is_folder:
            raise ValueError(f"rename takes one object, got {s}; use move for globs and folders")
        return self.move(s, d)[0]

    def _delete_keys(self, bucket: str, keys: list[str]) -> int:
        errors, done = [], []
        for i in range(0, len(keys), 1000):
            chunk = keys[i:i + 1000]
            with aws_call("s3", "DeleteObjects", f"s3://{bucket}"):
                r = self.client.delete_objects(Bucket=bucket,
                                               Delete={"Objects": [{"Key": k} for k in chunk], "Quiet": True})
            failed = {e["Key"]: e for e in r.get("Errors", ())}
            errors += [AwsError("s3", "DeleteObjects", e.get("Code", ""), f"s3://{bucket}/{k}: {e.get('Message', '')}")
                       for k, e in failed.items()]
            done += [S3Uri(bucket, k) for k in chunk if k not in failed]
        if errors:
            raise PartialFailure(f"{len(errors)} of {len(keys)} deletes failed in s3://{bucket}", errors, done)
        log.info("deleted %d object(s) in s3://%s", len(done), bucket)
        return len(done)

    def delete(self, uri, *, recursive: bool = False) -> int:
        """Delete one object, every glob match, or (recursive=True) everything under a folder.
        Returns how many objects were deleted (0 if a single object was absent)."""
        u = S3Uri.parse(uri)
        if u.has_glob:
            return self._delete_keys(u.bucket, [o.key for o in self.list(u)])
        if u.is_folder:
            if not recursive:
                raise ValueError(f"{u} is a folder: pass recursive=True to delete everything under it")
            return self._delete_keys(u.bucket, [o.key for o in self._objects(u.bucket, u.key)])
        if not self.exists(u):
            return 0
        with aws_call("s3", "DeleteObject", str(u)):
            self.client.delete_object(Bucket=u.bucket, Key=u.key)
        return 1

    def checksum(self, uri, algo: str = "md5") -> str:
        """Hex digest of an object, streamed (`md5`, `sha1`, `sha256`, `sha512`; WMG's `md5sum` etc. accepted)."""
        name = algo.lower().removesuffix("sum")
        if name not in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512"):
            raise ValueError(f"unsupported checksum algorithm {algo!r}")
        h = hashlib.new(name)
        for chunk in self._body(S3Uri.parse(uri)).iter_chunks(CHUNK):
            h.update(chunk)
        return h.hexdigest()

    # ---------------------------------------------------------------- merge
    def merge(self, sources, dst, *, separator: bytes | str = b"") -> S3Uri:
        """Concatenate objects (a list of URIs, or one glob/folder URI, in key order) into `dst`.

        Server-side UploadPartCopy is used for every source of at least 5 MiB that starts a part;
        small sources are downloaded and concatenated into parts (S3 rejects non-final parts under
        5 MiB).  Returns `dst`."""
        d = S3Uri.parse(dst)
        if isinstance(separator, str):
            separator = separator.encode()
        if isinstance(sources, (str, S3Uri)):
            objs = self._expand(sources)[0]
        else:
            objs = [self.head(s) for s in sources]
        if any(o.uri == d for o in objs):
            raise ValueError(f"merge destination {d} is also a source")
        c = self.client
        parts: list[dict] = []
        upload_id = None

        def start() -> str:
            nonlocal upload_id
            if upload_id is None:
                with aws_call("s3", "CreateMultipartUpload", str(d)):
                    upload_id = c.create_multipart_upload(Bucket=d.bucket, Key=d.key)["UploadId"]
            return upload_id

        with tempfile.SpooledTemporaryFile(max_size=SPOOL_MAX) as buf:
            def flush() -> None:
                size = buf.tell()
                buf.seek(0)
                data = buf.read(size)  # one part: at most PART_SIZE + one chunk
                with aws_call("s3", "UploadPart", str(d)):
                    r = c.upload_part(Bucket=d.bucket, Key=d.key, UploadId=start(), PartNumber=len(parts) + 1,
                                      Body=data)
                parts.append({"PartNumber": len(parts) + 1, "ETag": r["ETag"]})
                buf.seek(0)
                buf.truncate()

            try:
                for i, o in enumerate(objs):
                    if i and separator:
                        buf.write(separator)
                    if o.size >= MIN_PART and (buf.tell() == 0 or buf.tell() >= MIN_PART):
                        if buf.tell():
                            flush()
                        for lo in range(0, o.size, MAX_COPY_PART):
                            hi = min(o.size, lo + MAX_COPY_PART) - 1
                            with aws_call("s3", "UploadPartCopy", str(o.uri)):
                                r = c.upload_part_copy(Bucket=d.bucket, Key=d.key, UploadId=start(),
                                                       PartNumber=len(parts) + 1,
                                                       CopySource={"Bucket": o.uri.bucket, "Key": o.uri.key},
                                                       CopySourceRange=f"bytes={lo}-{hi}")
                            parts.append({"PartNumber": len(parts) + 1, "ETag": r["CopyPartResult"]["ETag"]})
                    else:
                        for chunk in self._body(o.uri).iter_chunks(CHUNK):
                            buf.write(chunk)
                            if buf.tell() >= PART_SIZE:
                                flush()
                if upload_id is None:
                    buf.seek(0)
                    with aws_call("s3", "PutObject", str(d)):
                        c.put_object(Bucket=d.bucket, Key=d.key, Body=buf.read())
                    return d
                if buf.tell():
                    flush()
                with aws_call("s3", "CompleteMultipartUpload", str(d)):
                    c.complete_multipart_upload(Bucket=d.bucket, Key=d.key, UploadId=upload_id,
                                                MultipartUpload={"Parts": parts})
            except BaseException:
                if upload_id is not None:
                    try:
                        c.abort_multipart_upload(Bucket=d.bucket, Key=d.key, UploadId=upload_id)
                    except Exception:  # the original error matters more
                        log.warning("could not abort multipart upload of %s", d)
                raise
        log.info("merged %d object(s) into %s (%d part(s))", len(objs), d, len(parts) or 1)
        return d

    # ---------------------------------------------------------------- compression and archives
    def _upload_spooled(self, tmp, u: S3Uri) -> None:
        tmp.seek(0)
        with aws_call("s3", "PutObject", str(u)):
            self.client.upload_fileobj(tmp, u.bucket, u.key, Config=self._transfer_config())

    def gzip(self, src, dst=None, *, delete_source: bool = False, compresslevel: int = 6) -> S3Uri:
        """gzip one object to `dst` (default: `src` + ".gz"; a folder keeps the name)."""
        s = S3Uri.parse(src)
        if s.has_glob or s.is_folder:
            raise ValueError(f"gzip takes one object, got {s}")
        d = S3Uri.parse(dst) if dst else S3Uri(s.bucket, s.key + ".gz")
        if d.is_folder:
            d = d.join(s.name + ".gz")
        with tempfile.SpooledTemporaryFile(max_size=SPOOL_MAX) as tmp:
            with _gzip.GzipFile(filename=s.name, mode="wb", fileobj=tmp, compresslevel=compresslevel, mtime=0) as gz:
                for chunk in self._body(s).iter_chunks(CHUNK):
                    gz.write(chunk)
            self._upload_spooled(tmp, d)
        if delete_source:
            self.delete(s)
        return d

    def gunzip(self, src, dst=None, *, delete_source: bool = False) -> S3Uri:
        """Decompress a gzip object (multi-member files too) to `dst` (default: without ".gz")."""
        s = S3Uri.parse(src)
        if dst:
            d = S3Uri.parse(dst)
            if d.is_folder:
                d = d.join(s.name.removesuffix(".gz"))
        else:
            if not s.key.endswith(".gz"):
                raise ValueError(f"{s} does not end in .gz: pass dst")
            d = S3Uri(s.bucket, s.key[:-3])
        with tempfile.SpooledTemporaryFile(max_size=SPOOL_MAX) as tmp:
            dec = zlib.decompressobj(wbits=31)
            for chunk in self._body(s).iter_chunks(CHUNK):
                while chunk:
                    tmp.write(dec.decompress(chunk))
                    if dec.eof:
                        chunk, dec = dec.unused_data, zlib.decompressobj(wbits=31)
                    else:
                        chunk = b""
            tmp.write(dec.flush())
            self._upload_spooled(tmp, d)
        if delete_source:
            self.delete(s)
        return d

    def _zip_objects(self, entries: list[tuple[S3Object, str]], d: S3Uri) -> S3Uri:
        with tempfile.SpooledTemporaryFile(max_size=SPOOL_MAX) as tmp:
            with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as zf:
                for o, arcname in entries:
                    info = zipfile.ZipInfo(arcname, date_time=_zip_time(o.last_modified))
                    info.compress_type = zipfile.ZIP_DEFLATED
                    with zf.open(info, "w", force_zip64=o.size > 2 * 1024 * MIB) as member:
                        for chunk in self._body(o.uri).iter_chunks(CHUNK):
                            member.write(chunk)
            self._upload_spooled(tmp, d)
        log.info("zipped %d object(s) into %s", len(entries), d)
        return d

    def zip(self, sources, dst, *, members: Iterable[str] | None = None) -> S3Uri:
        """Zip objects into `dst`.  `sources`: one URI or a list (folders recurse, globs expand);
        entry names are relative to the folder (or the glob's literal folder).  `members`, if given,
        keeps only those entry names (each must exist)."""
        d = S3Uri.parse(dst)
        srcs = [sources] if isinstance(sources, (str, S3Uri)) else builtins.list(sources)
        entries: list[tuple[S3Object, str]] = []
        for s in srcs:
            objs, base = self._expand(s)
            entries += [(o, _relative(o.key, base)) for o in objs if o.uri != d]
        if members is not None:
            wanted = builtins.list(members)
            missing = [m for m in wanted if m not in {a for _, a in entries}]
            if missing:
                raise NotFound(f"not among the zip sources: {missing}")
            entries = [(o, a) for o, a in entries if a in set(wanted)]
        return self._zip_objects(entries, d)

    def unzip(self, src, dst_prefix=None) -> list[S3Uri]:
        """Extract every file of a zip object under `dst_prefix` (default: the zip's folder)."""
        s = S3Uri.parse(src)
        dest = S3Uri.parse(dst_prefix).folder() if dst_prefix else s.parent
        out = []
        with tempfile.SpooledTemporaryFile(max_size=SPOOL_MAX) as tmp:
            for chunk in self._body(s).iter_chunks(CHUNK):
                tmp.write(chunk)
            tmp.seek(0)
            with zipfile.ZipFile(tmp) as zf:
                for info in zf.infolist():
                    if info.is_dir():
                        continue
                    name = posixpath.normpath(info.filename)
                    if name.startswith(("../", "/")) or name == "..":
                        raise ValueError(f"unsafe member name {info.filename!r} in {s}")
                    target = dest.join(name)
                    with zf.open(info) as member:
                        with aws_call("s3", "PutObject", str(target)):
                            self.client.upload_fileobj(member, target.bucket, target.key,
                                                       Config=self._transfer_config())
                    out.append(target)
        return out

    def excel_to_text(self, src, dst_prefix, *, delimiter: str = ",", quote_char: str | None = '"',
                      sheets: Iterable[str] | None = None, suffix: str = ".csv",
                      line_terminator: str = "\n", encoding: str = "utf-8") -> list[S3Uri]:
        """One delimited text object per worksheet of an .xlsx/.xlsm workbook (WMG's
        convert_excel_to_csv): `{dst_prefix}/{workbook stem}_{sheet}{suffix}`, in sheet order.

        openpyxl is imported here (it is an extra).  Values: empty cell -> "", booleans TRUE/FALSE,
        dates ISO (a datetime at midnight as a date), numbers as Python prints them; formulas give
        the value Excel cached (empty for a file no spreadsheet program has recalculated).
        `quote_char=None` writes without quoting (delimiters escaped with a backslash).
        `sheets` limits the output to those names (a missing one raises NotFound)."""
        import csv
        import io

        try:
            import openpyxl
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError("excel_to_text needs openpyxl (pip install openpyxl)") from exc
        s = S3Uri.parse(src)
        if s.has_glob or s.is_folder:
            raise ValueError(f"excel_to_text takes one object, got {s}")
        if s.name.lower().endswith(".xls"):
            raise ValueError(f"{s}: the old binary .xls format is not supported (openpyxl reads .xlsx/.xlsm)")
        dest = S3Uri.parse(dst_prefix).folder()
        stem = s.name.rsplit(".", 1)[0] if "." in s.name else s.name
        out: list[S3Uri] = []
        with tempfile.SpooledTemporaryFile(max_size=SPOOL_MAX) as book:
            for chunk in self._body(s).iter_chunks(CHUNK):
                book.write(chunk)
            book.seek(0)
            wb = openpyxl.load_workbook(book, read_only=True, data_only=True)
            try:
                wanted = ([sheets] if isinstance(sheets, str) else list(sheets)) if sheets is not None \
                    else wb.sheetnames
                missing = [n for n in wanted if n not in wb.sheetnames]
                if missing:
                    raise NotFound(f"{s}: no sheet named {missing} (sheets: {wb.sheetnames})")
                for name in wanted:
                    target = dest.join(f"{stem}_{_safe_name(name)}{suffix}")
                    with tempfile.SpooledTemporaryFile(max_size=SPOOL_MAX) as tmp:
                        text = io.TextIOWrapper(tmp, encoding=encoding, newline="")
                        if quote_char:
                            writer = csv.writer(text, delimiter=delimiter, quotechar=quote_char,
                                                quoting=csv.QUOTE_MINIMAL, lineterminator=line_terminator)
                        else:
                            writer = csv.writer(text, delimiter=delimiter, quoting=csv.QUOTE_NONE,
                                                escapechar="\\", lineterminator=line_terminator)
                        for row in wb[name].iter_rows(values_only=True):
                            writer.writerow([_cell_text(v) for v in row])
                        text.flush()
                        text.detach()
                        self._upload_spooled(tmp, target)
                    out.append(target)
            finally:
                wb.close()
        log.info("converted %s into %d text file(s) under %s", s, len(out), dest)
        return out

    def archive_top_level(self, bucket: str, *, include: Iterable[str] | None = None, dest=None) -> S3Uri:
        """Zip every top-level folder of `bucket` (or only those named in `include`) into `dest`
        (default `s3://bucket/{bucket}.zip`); entry names are the full keys.  The archive itself is
        never included, so re-running does not re-archive its output."""
        d = S3Uri.parse(dest) if dest else S3Uri(bucket, f"{bucket}.zip")
        tops = [o.name for o in self.list(S3Uri(bucket, ""), kind="dir")]
        if include is not None:
            wanted = [x.strip("/") for x in include]
            missing = [w for w in wanted if w not in tops]
            if missing:
                raise NotFound(f"top-level folders not found in s3://{bucket}: {missing}")
            tops = [t for t in tops if t in wanted]
        entries = []
        for t in tops:
            entries += [(o, o.key) for o in self._objects(bucket, t + "/")
                        if not o.key.endswith("/") and o.uri != d]
        return self._zip_objects(entries, d)


def _zip_time(ts: datetime | None) -> tuple:
    ts = ts or datetime(1980, 1, 1, tzinfo=timezone.utc)
    return (max(ts.year, 1980), ts.month, ts.day, ts.hour, ts.minute, ts.second)


def _safe_name(name: str) -> str:
    """A sheet name usable in a key: '/', '\\' and control characters become '_'."""
    return re.sub(r"[/\\\x00-\x1f]", "_", name).strip() or "sheet"


def _cell_text(value) -> str:
    from datetime import date, time as _time

    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        if value.time() == _time(0) and value.tzinfo is None:
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, (date, _time)):
        return value.isoformat()
    return str(value)
