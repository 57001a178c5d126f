"""One file-system interface over local files (`LocalFS`), S3 (`S3FS`, through wmg.s3) and
Hadoop-compatible file systems (`HadoopFS`, through a classic SparkSession's JVM: file://, s3a://,
hdfs://, ...).  `open_fs(url)` picks one by scheme.  Paths are strings; results are strings or
`FileInfo`s; failures raise (NotFound, FileExistsError, OSError, UnsupportedOperation)."""
from __future__ import annotations

import fnmatch
import glob as _glob
import logging
import os
import shutil
import zipfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Protocol, Sequence, runtime_checkable

from wmg.errors import NotFound, WmgError

log = logging.getLogger("wmg.fs")

KINDS = ("file", "dir", "any")


class UnsupportedOperation(WmgError):
    """The file system cannot do this (e.g. append on S3, HadoopFS without py4j)."""


@dataclass(frozen=True)
class FileInfo:
    path: str
    size: int
    modified: datetime | None
    is_dir: bool

    @property
    def name(self) -> str:
        return self.path.rstrip("/").rsplit("/", 1)[-1]


@runtime_checkable
class FileSystem(Protocol):
    def exists(self, path: str) -> bool: ...
    def list(self, path: str, *, kind: str = "file", recursive: bool = False,
             include: Sequence[str] = (), exclude: Sequence[str] = ()) -> list[str]: ...
    def stat_list(self, path: str, *, recursive: bool = False) -> list[FileInfo]: ...
    def read_bytes(self, path: str) -> bytes: ...
    def read_text(self, path: str, *, missing_ok: bool = False, encoding: str = "utf-8") -> str: ...
    def write_bytes(self, path: str, data: bytes) -> None: ...
    def write_text(self, path: str, text: str, *, mode: str = "overwrite", encoding: str = "utf-8") -> None: ...
    def create(self, path: str) -> bool: ...
    def delete(self, path: str, *, recursive: bool = False) -> bool: ...
    def rename(self, src: str, dst: str) -> None: ...
    def copy(self, src: str, dst: str) -> None: ...
    def move(self, src: str, dst: str) -> None: ...
    def mkdirs(self, path: str) -> None: ...


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, got {kind!r}")


def _check_mode(mode: str) -> None:
    if mode not in ("overwrite", "append"):
        raise ValueError(f"mode must be 'overwrite' or 'append', got {mode!r}")


def _filter(infos: list[FileInfo], kind: str, include: Sequence[str], exclude: Sequence[str]) -> list[str]:
    include = (include,) if isinstance(include, str) else tuple(include or ())
    exclude = (exclude,) if isinstance(exclude, str) else tuple(exclude or ())
    out = []
    for i in infos:
        if (kind == "file" and i.is_dir) or (kind == "dir" and not i.is_dir):
            continue
        if include and not any(fnmatch.fnmatchcase(i.name, p) for p in include):
            continue
        if any(fnmatch.fnmatchcase(i.name, p) for p in exclude):
            continue
        out.append(i.path)
    return sorted(out)


# ============================================================================================ local

class LocalFS:
    """Local files.  Relative paths resolve against `root` (default: the process cwd at call
    time); `root` replaces WMG's change_dir, which changed the cwd of every concurrent step."""

    def __init__(self, root: str | os.PathLike | None = None) -> None:
        self.root = Path(root) if root is not None else None

    def _p(self, path: str | os.PathLike) -> Path:
        text = os.fspath(path)
        if text.startswith("file://"):
            text = text[len("file://"):]
        p = Path(text)
        return p if p.is_absolute() or self.root is None else self.root / p

    def _info(self, p: Path) -> FileInfo:
        st = p.stat()
        return FileInfo(str(p), 0 if p.is_dir() else st.st_size,
                        datetime.fromtimestamp(st.st_mtime, timezone.utc), p.is_dir())

    def exists(self, path) -> bool:
        p = self._p(path)
        return bool(_glob.glob(str(p))) if _glob.has_magic(str(p)) else p.exists()

    def stat_list(self, path, *, recursive: bool = False) -> list[FileInfo]:
        p = self._p(path)
        if _glob.has_magic(str(p)):
            entries = [Path(x) for x in _glob.glob(str(p), recursive=True)]
        elif p.is_file():
            entries = [p]
        elif p.is_dir():
            entries = list(p.rglob("*") if recursive else p.iterdir())
        else:
            raise NotFound(f"{p} not found")
        return sorted((self._info(e) for e in entries), key=lambda i: i.path)

    def list(self, path, *, kind: str = "file", recursive: bool = False,
             include: Sequence[str] = (), exclude: Sequence[str] = ()) -> list[str]:
        _check_kind(kind)
        return _filter(self.stat_list(path, recursive=recursive), kind, include, exclude)

    def read_bytes(self, path) -> bytes:
        p = self._p(path)
        if not p.is_file():
            raise NotFound(f"{p} not found")
        return p.read_bytes()

    def read_text(self, path, *, missing_ok: bool = False, encoding: str = "utf-8") -> str:
        try:
            return self.read_bytes(path).decode(encoding)
        except NotFound:
            if missing_ok:
                return ""
            raise

    def read_lines(self, path, *, encoding: str = "utf-8") -> list[str]:
        return self.read_text(path, encoding=encoding).splitlines()

    def write_bytes(self, path, data: bytes) -> None:
        p = self._p(path)
        p.parent.mkdir(parents=True, exist_ok=True)
        tmp = p.with_name(f".{p.name}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, p)  # readers never see a half-written file

    def write_text(self, path, text: str, *, mode: str = "overwrite", encoding: str = "utf-8") -> None:
        _check_mode(mode)
        if mode == "overwrite":
            self.write_bytes(path, text.encode(encoding))
            return
        p = self._p(path)
        p.parent.mkdir(parents=True, exist_ok=True)
        with open(p, "a", encoding=encoding) as f:
            f.write(text)

    def create(self, path) -> bool:
        p = self._p(path)
        p.parent.mkdir(parents=True, exist_ok=True)
        try:
            with open(p, "x"):
                return True
        except FileExistsError:
            return False

    def delete(self, path, *, recursive: bool = False) -> bool:
        """Delete a file, an empty directory, or (recursive=True) a tree, or glob matches.
        Returns False if nothing was there."""
        p = self._p(path)
        if _glob.has_magic(str(p)):
            hits = _glob.glob(str(p))
            for h in hits:
                self.delete(h, recursive=recursive)
            return bool(hits)
        if p.is_dir() and not p.is_symlink():
            if recursive:
                shutil.rmtree(p)
            else:
                p.rmdir()  # OSError if not empty
            return True
        if p.exists() or p.is_symlink():
            p.unlink()
            return True
        return False

    def rename(self, src, dst) -> None:
        s, d = self._p(src), self._p(dst)
        if not s.exists():
            raise NotFound(f"{s} not found")
        d.parent.mkdir(parents=True, exist_ok=True)
        os.replace(s, d)

    def _targets(self, src, dst) -> list[tuple[Path, Path]]:
        s, d = self._p(src), self._p(dst)
        if _glob.has_magic(str(s)):
            hits = [Path(h) for h in sorted(_glob.glob(str(s)))]
            if not hits:
                raise NotFound(f"nothing matches {s}")
            d.mkdir(parents=True, exist_ok=True)
            return [(h, d / h.name) for h in hits]
        if not s.exists():
            raise NotFound(f"{s} not found")
        if d.is_dir() or os.fspath(dst).endswith("/"):
            d.mkdir(parents=True, exist_ok=True)
            d = d / s.name
        d.parent.mkdir(parents=True, exist_ok=True)
        return [(s, d)]

    def copy(self, src, dst) -> None:
        """Copy a file, a tree or glob matches; an existing directory (or a `/`-ending dst) receives them."""
        for s, d in self._targets(src, dst):
            if s.is_dir():
                shutil.copytree(s, d, dirs_exist_ok=True)
            else:
                shutil.copy2(s, d)

    def move(self, src, dst) -> None:
        for s, d in self._targets(src, dst):
            shutil.move(s, d)

    def mkdirs(self, path) -> None:
        self._p(path).mkdir(parents=True, exist_ok=True)


# ============================================================================================ S3

class S3FS:
    """S3 through wmg.s3 (folders are key prefixes; append is read-modify-write with IfMatch)."""

    def __init__(self, s3=None, *, aws=None) -> None:
        if s3 is None:
            from wmg.s3 import S3

            s3 = S3(aws)
        self.s3 = s3

    def exists(self, path) -> bool:
        return self.s3.exists(path)

    def stat_list(self, path, *, recursive: bool = False) -> list[FileInfo]:
        objs = self.s3.list(path, kind="any", recursive=recursive)
        return [FileInfo(str(o.uri), o.size, o.last_modified, o.is_dir) for o in objs]

    def list(self, path, *, kind: str = "file", recursive: bool = False,
             include: Sequence[str] = (), exclude: Sequence[str] = ()) -> list[str]:
        _check_kind(kind)
        return [str(o.uri) for o in self.s3.list(path, kind=kind, recursive=recursive,
                                                 include=include, exclude=exclude)]

    def read_bytes(self, path) -> bytes:
        return self.s3.read_bytes(path)

    def read_text(self, path, *, missing_ok: bool = False, encoding: str = "utf-8") -> str:
        try:
            return self.s3.read_text(path, encoding=encoding)
        except NotFound:
            if missing_ok:
                return ""
            raise

    def read_lines(self, path, *, encoding: str = "utf-8") -> list[str]:
        return self.read_text(path, encoding=encoding).splitlines()

    def write_bytes(self, path, data: bytes) -> None:
        self.s3.write_bytes(path, data)

    def write_text(self, path, text: str, *, mode: str = "overwrite", encoding: str = "utf-8") -> None:
        """Append concatenates exactly (no newline added), like the other file systems."""
        _check_mode(mode)
        if mode == "append":
            old = self.read_text(path, missing_ok=True, encoding=encoding)
            text = old + text
        self.s3.write_bytes(path, text.encode(encoding))

    def create(self, path) -> bool:
        return self.s3.touch(path)

    def delete(self, path, *, recursive: bool = False) -> bool:
        return self.s3.delete(path, recursive=recursive) > 0

    def rename(self, src, dst) -> None:
        self.s3.rename(src, dst)

    def copy(self, src, dst) -> None:
        self.s3.copy(src, dst)

    def move(self, src, dst) -> None:
        self.s3.move(src, dst)

    def mkdirs(self, path) -> None:
        """No-op: S3 folders exist as soon as a key is under them."""


# ============================================================================================ Hadoop

class HadoopFS:
    """Hadoop FileSystem API through py4j: any scheme the session's Hadoop configuration serves
    (file://, s3a://, hdfs://, ...).  Needs a classic SparkSession (not Spark Connect)."""

    def __init__(self, spark) -> None:
        jvm = getattr(spark, "_jvm", None)
        jsc = getattr(spark, "_jsc", None)
        if jvm is None or jsc is None:
            raise UnsupportedOperation("HadoopFS needs a classic SparkSession with py4j (Spark Connect has no JVM)")
        self._jvm = jvm
        self._conf = jsc.hadoopConfiguration()

    def _path(self, path: str):
        p = self._jvm.org.apache.hadoop.fs.Path(str(path))
        return p, p.getFileSystem(self._conf)

    def _call(self, what: str, fn, *args):
        """Run a JVM call; Java exceptions (raw Py4JJavaError, or PySpark's converted ones) become
        NotFound / FileExistsError / UnsupportedOperation / OSError."""
        try:
            return fn(*args)
        except Exception as exc:
            jexc = getattr(exc, "java_exception", None) or getattr(exc, "_origin", None)
            if jexc is None:
                raise
            jcls = jexc.getClass().getName()
            msg = f"{what}: {jexc.getMessage()}"
            if jcls == "java.io.FileNotFoundException":
                raise NotFound(msg) from exc
            if jcls == "org.apache.hadoop.fs.FileAlreadyExistsException":
                raise FileExistsError(msg) from exc
            if jcls == "java.lang.UnsupportedOperationException":
                raise UnsupportedOperation(msg) from exc
            raise OSError(f"{msg} ({jcls})") from exc

    def _info(self, st) -> FileInfo:
        return FileInfo(st.getPath().toString(), 0 if st.isDirectory() else st.getLen(),
                        datetime.fromtimestamp(st.getModificationTime() / 1000, timezone.utc), st.isDirectory())

    def exists(self, path) -> bool:
        p, fs = self._path(path)
        if any(c in str(path) for c in "*?["):
            hits = self._call(f"glob {path}", fs.globStatus, p)
            return bool(hits)
        return bool(self._call(f"exists {path}", fs.exists, p))

    def stat_list(self, path, *, recursive: bool = False) -> list[FileInfo]:
        p, fs = self._path(path)
        if any(c in str(path) for c in "*?["):
            statuses = list(self._call(f"glob {path}", fs.globStatus, p) or [])
        else:
            statuses = list(self._call(f"list {path}", fs.listStatus, p))
        out = []
        while statuses:
            st = statuses.pop(0)
            out.append(self._info(st))
            if recursive and st.isDirectory():
                statuses += list(self._call(f"list {st.getPath()}", fs.listStatus, st.getPath()))
        return sorted(out, key=lambda i: i.path)

    def list(self, path, *, kind: str = "file", recursive: bool = False,
             include: Sequence[str] = (), exclude: Sequence[str] = ()) -> list[str]:
        _check_kind(kind)
        return _filter(self.stat_list(path, recursive=recursive), kind, include, exclude)

    def read_bytes(self, path) -> bytes:
        p, fs = self._path(path)
        stream = self._call(f"open {path}", fs.open, p)
        try:
            return bytes(self._jvm.org.apache.commons.io.IOUtils.toByteArray(stream))
        finally:
            stream.close()

    def read_text(self, path, *, missing_ok: bool = False, encoding: str = "utf-8") -> str:
        try:
            return self.read_bytes(path).decode(encoding)
        except NotFound:
            if missing_ok:
                return ""
            raise

    def read_lines(self, path, *, encoding: str = "utf-8") -> list[str]:
        return self.read_text(path, encoding=encoding).splitlines()

    def _write(self, out, data: bytes) -> None:
        try:
            for lo in range(0, len(data), 1 << 20):
                out.write(bytearray(data[lo:lo + (1 << 20)]))
        finally:
            out.close()

    def write_bytes(self, path, data: bytes) -> None:
        p, fs = self._path(path)
        self._write(self._call(f"create {path}", fs.create, p, True), data)

    def write_text(self, path, text: str, *, mode: str = "overwrite", encoding: str = "utf-8") -> None:
        """mode="append" uses FileSystem.append; a file system without it raises UnsupportedOperation."""
        _check_mode(mode)
        p, fs = self._path(path)
        if mode == "append" and fs.exists(p):
            self._write(self._call(f"append {path}", fs.append, p), text.encode(encoding))
        else:
            self.write_bytes(path, text.encode(encoding))

    def create(self, path) -> bool:
        p, fs = self._path(path)
        return bool(self._call(f"create {path}", fs.createNewFile, p))

    def delete(self, path, *, recursive: bool = False) -> bool:
        p, fs = self._path(path)
        if not fs.exists(p):
            return False
        return bool(self._call(f"delete {path}", fs.delete, p, recursive))

    def rename(self, src, dst) -> None:
        s, sfs = self._path(src)
        d, _ = self._path(dst)
        if not sfs.exists(s):
            raise NotFound(f"{src} not found")
        if not self._call(f"rename {src}", sfs.rename, s, d):
            raise OSError(f"rename {src} -> {dst} failed")

    def _copy(self, src, dst, delete_source: bool) -> None:
        s, sfs = self._path(src)
        d, dfs = self._path(dst)
        if not sfs.exists(s):
            raise NotFound(f"{src} not found")
        ok = self._call(f"copy {src}", self._jvm.org.apache.hadoop.fs.FileUtil.copy,
                        sfs, s, dfs, d, delete_source, self._conf)
        if not ok:
            raise OSError(f"copy {src} -> {dst} failed")

    def copy(self, src, dst) -> None:
        """Copy a file or a tree (into `dst` when it is an existing directory)."""
        self._copy(src, dst, False)

    def move(self, src, dst) -> None:
        self._copy(src, dst, True)

    def mkdirs(self, path) -> None:
        p, fs = self._path(path)
        if not self._call(f"mkdirs {path}", fs.mkdirs, p):
            raise OSError(f"mkdirs {path} failed")


# ============================================================================================ helpers

def open_fs(url: str, *, spark=None, aws=None):
    """LocalFS for plain paths and file://, S3FS for s3://, HadoopFS (needs `spark`) for other
    schemes (s3a://, hdfs://, ...).  Use HadoopFS(spark) directly to go through Hadoop on file://."""
    scheme = url.split("://", 1)[0].lower() if "://" in url else ""
    if scheme in ("", "file"):
        return LocalFS()
    if scheme == "s3":
        return S3FS(aws=aws)
    if spark is None:
        raise UnsupportedOperation(f"{scheme}:// needs a SparkSession (HadoopFS): pass spark=")
    return HadoopFS(spark)


def zip_dir(folder_path, zip_file_path) -> Path:
    """Zip a local folder (entry names relative to it; ZIP64 for large files; empty folders kept).
    The archive itself is skipped if it lies inside the folder."""
    folder = Path(folder_path).resolve()
    target = Path(zip_file_path).resolve()
    if not folder.is_dir():
        raise NotFound(f"{folder} is not a directory")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as zf:
        for p in sorted(folder.rglob("*")):
            if p in (target, tmp):
                continue
            rel = p.relative_to(folder).as_posix()
            if p.is_dir():
                if not any(p.iterdir()):
                    zf.writestr(rel + "/", b"")
            else:
                zf.write(p, rel)
    os.replace(tmp, target)
    return target
