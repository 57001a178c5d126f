"""Restart points of an ELT job, persisted between runs (spec §19).

A `CheckpointStore` keeps the list of `RestartPoint`s of the last failed run: `load()`, `save(points)`,
`clear()`.  Points are cleared only when the whole job succeeds (WMG cleared them on read, so a rerun
that died before persisting again started over and repeated non-idempotent statements).

Backends:
* `FileCheckpoint(path)`: a local JSON file written atomically (temp file in the same directory,
  fsync, `os.replace`).
* `S3Checkpoint(uri, aws=None)`: one S3 object written with conditional PUTs: `IfNoneMatch="*"` when
  the object did not exist at load time, `IfMatch=<etag>` otherwise, so two runs of the same job
  cannot silently overwrite each other's points (`CheckpointConflict`).
* `MemoryCheckpoint()`: for tests and dry runs.

`open_checkpoint("file:///x.json" | "/x.json" | "s3://b/k" | "memory:")` picks by scheme;
`register_checkpoint_backend(scheme, factory)` adds one.
"""
from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
from dataclasses import asdict, dataclass
from typing import Any, Callable, Iterable, Protocol

from wmg.errors import ConfigError, WmgError

log = logging.getLogger("wmg.checkpoint")

FORMAT_VERSION = 1


class StaleCheckpoint(WmgError):
    """The saved restart point belongs to a different version of the job (fingerprint mismatch)."""


class CheckpointConflict(WmgError):
    """Another writer changed the checkpoint since it was loaded (conditional write refused)."""


@dataclass(frozen=True)
class RestartPoint:
    """Where a failed run stopped: the step, the unit index inside it and the step's fingerprint."""

    step: str
    index: int = 0
    runtime_config: tuple = ()
    message: str = ""
    fingerprint: str = ""

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["runtime_config"] = list(self.runtime_config)
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "RestartPoint":
        return cls(step=str(d["step"]), index=int(d.get("index", 0)),
                   runtime_config=tuple(d.get("runtime_config") or ()),
                   message=str(d.get("message", "")), fingerprint=str(d.get("fingerprint", "")))


def _encode(points: Iterable[RestartPoint]) -> bytes:
    return json.dumps({"version": FORMAT_VERSION, "points": [p.to_json() for p in points]},
                      indent=1, sort_keys=True).encode()


def _decode(data: bytes, where: str) -> list[RestartPoint]:
    try:
        doc = json.loads(data)
        if not isinstance(doc, dict) or doc.get("version") != FORMAT_VERSION:
            raise ValueError(f"unsupported checkpoint version {doc.get('version') if isinstance(doc, dict) else doc!r}")
        return [RestartPoint.from_json(p) for p in doc.get("points", [])]
    except (ValueError, KeyError, TypeError) as exc:
        raise ConfigError(f"checkpoint {where} is not a valid wmg checkpoint: {exc}") from exc


class CheckpointStore(Protocol):
    def load(self) -> list[RestartPoint]: ...

    def save(self, points: Iterable[RestartPoint]) -> None: ...

    def clear(self) -> None: ...


class MemoryCheckpoint:
    """Process-local store (tests, dry runs)."""

    def __init__(self, points: Iterable[RestartPoint] = ()) -> None:
        self._points = list(points)
        self._lock = threading.Lock()

    def load(self) -> list[RestartPoint]:
        with self._lock:
            return list(self._points)

    def save(self, points: Iterable[RestartPoint]) -> None:
        with self._lock:
            self._points = list(points)

    def clear(self) -> None:
        with self._lock:
            self._points = []

    def __repr__(self) -> str:
        return "MemoryCheckpoint()"


class FileCheckpoint:
    """A local JSON file; every save is atomic (temp file + fsync + rename)."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = os.fspath(path)

    def __repr__(self) -> str:
        return f"FileCheckpoint({self.path!r})"

    def load(self) -> list[RestartPoint]:
        try:
            with open(self.path, "rb") as f:
                data = f.read()
        except FileNotFoundError:
            return []
        return _decode(data, self.path)

    def save(self, points: Iterable[RestartPoint]) -> None:
        directory = os.path.dirname(os.path.abspath(self.path))
        os.makedirs(directory, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".ckpt-", dir=directory)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(_encode(points))
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            try:
                os.unlink(tmp)
            except FileNotFoundError:
                pass
            raise

    def clear(self) -> None:
        try:
            os.unlink(self.path)
        except FileNotFoundError:
            pass


def _split_s3(uri: str) -> tuple[str, str]:
    if not uri.startswith("s3://"):
        raise ConfigError(f"checkpoint location must be s3://bucket/key, got {uri!r}")
    bucket, _, key = uri[5:].partition("/")
    if not bucket or not key:
        raise ConfigError(f"checkpoint location must be s3://bucket/key, got {uri!r}")
    return bucket, key


class S3Checkpoint:
    """One S3 object, written with conditional PUTs (IfNoneMatch="*" / IfMatch=etag)."""

    def __init__(self, uri: str, aws=None) -> None:
        self.uri = uri
        self.bucket, self.key = _split_s3(uri)
        self._aws = aws
        self._etag: str | None = None
        self._loaded = False

    def __repr__(self) -> str:
        return f"S3Checkpoint({self.uri!r})"

    def _client(self):
        if self._aws is None:
            from wmg.aws import AwsContext

            self._aws = AwsContext()
        return self._aws.client("s3")

    @staticmethod
    def _code(exc) -> str:
        return str(getattr(exc, "response", {}).get("Error", {}).get("Code", ""))

    def load(self) -> list[RestartPoint]:
        from botocore.exceptions import ClientError

        try:
            obj = self._client().get_object(Bucket=self.bucket, Key=self.key)
        except ClientError as exc:
            if self._code(exc) in ("NoSuchKey", "404", "NotFound"):
                self._etag, self._loaded = None, True
                return []
            from wmg.errors import AwsError

            raise AwsError("s3", "GetObject", self._code(exc), str(exc)) from exc
        self._etag, self._loaded = obj["ETag"], True
        return _decode(obj["Body"].read(), self.uri)

    def save(self, points: Iterable[RestartPoint]) -> None:
        from botocore.exceptions import ClientError

        if not self._loaded:
            self.load()
        cond = {"IfMatch": self._etag} if self._etag else {"IfNoneMatch": "*"}
        try:
            resp = self._client().put_object(Bucket=self.bucket, Key=self.key, Body=_encode(points),
                                             ContentType="application/json", **cond)
        except ClientError as exc:
            code = self._code(exc)
            if code in ("PreconditionFailed", "412", "ConditionalRequestConflict"):
                raise CheckpointConflict(f"checkpoint {self.uri} was changed by another writer") from exc
            from wmg.errors import AwsError

            raise AwsError("s3", "PutObject", code, str(exc)) from exc
        self._etag = resp["ETag"]

    def clear(self) -> None:
        self._client().delete_object(Bucket=self.bucket, Key=self.key)
        self._etag, self._loaded = None, True


_BACKENDS: dict[str, Callable[..., Any]] = {}


def register_checkpoint_backend(scheme: str, factory: Callable[..., Any]) -> None:
    """`factory(location, **kwargs) -> CheckpointStore` for locations starting with `scheme:`."""
    _BACKENDS[scheme.lower()] = factory


register_checkpoint_backend("file", lambda loc, **kw: FileCheckpoint(loc[7:] if loc.startswith("file://") else loc[5:]))
register_checkpoint_backend("s3", lambda loc, **kw: S3Checkpoint(loc, aws=kw.get("aws")))
register_checkpoint_backend("memory", lambda loc, **kw: MemoryCheckpoint())


def open_checkpoint(location: str, **kwargs) -> CheckpointStore:
    """A store for `location`: a path, file://path, s3://bucket/key or memory:."""
    scheme, sep, _ = location.partition(":")
    if not sep or len(scheme) == 1 or "/" in scheme:  # plain path (or a Windows drive letter)
        return FileCheckpoint(location)
    try:
        factory = _BACKENDS[scheme.lower()]
    except KeyError:
        raise ConfigError(f"unknown checkpoint backend {scheme!r} (known: {sorted(_BACKENDS)})") from None
    return factory(location, **kwargs)


__all__ = ["RestartPoint", "CheckpointStore", "FileCheckpoint", "S3Checkpoint", "MemoryCheckpoint",
           "StaleCheckpoint", "CheckpointConflict", "open_checkpoint", "register_checkpoint_backend"]
