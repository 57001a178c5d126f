"""AWS Secrets Manager: a thread-safe cached store and database `ConnectionInfo`s built from secrets.

Secret values are never logged and never appear in a repr or an error message; errors name the
secret and, at most, the missing keys.
"""
from __future__ import annotations

import json as _json
import logging
import threading
import time
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Iterable, Mapping
from urllib.parse import quote

from wmg._awscall import aws_call
from wmg.errors import ConfigError

log = logging.getLogger("wmg.secrets")

# engine -> (JDBC URL template, default port, default driver class)
_ENGINES: dict[str, tuple[str, int | None, str | None]] = {
    "postgres": ("jdbc:postgresql://{host}:{port}/{dbname}", 5432, "org.postgresql.Driver"),
    "redshift": ("jdbc:redshift://{host}:{port}/{dbname}", 5439, "com.amazon.redshift.jdbc42.Driver"),
    "mysql": ("jdbc:mysql://{host}:{port}/{dbname}", 3306, "com.mysql.cj.jdbc.Driver"),
    "mariadb": ("jdbc:mariadb://{host}:{port}/{dbname}", 3306, "org.mariadb.jdbc.Driver"),
    "oracle": ("jdbc:oracle:thin:@//{host}:{port}/{dbname}", 1521, "oracle.jdbc.OracleDriver"),
    "sqlserver": ("jdbc:sqlserver://{host}:{port};databaseName={dbname}", 1433,
                  "com.microsoft.sqlserver.jdbc.SQLServerDriver"),
    "teradata": ("jdbc:teradata://{host}/DATABASE={dbname},DBS_PORT={port}", 1025, "com.teradata.jdbc.TeraDriver"),
    "db2": ("jdbc:db2://{host}:{port}/{dbname}", 50000, "com.ibm.db2.jcc.DB2Driver"),
}
_ENGINE_ALIASES = {"postgresql": "postgres", "aurora-postgresql": "postgres", "pg": "postgres",
                   "aurora-mysql": "mysql", "aurora": "mysql", "mssql": "sqlserver", "sqlserver-se": "sqlserver",
                   "sqlserver-ee": "sqlserver", "sqlserver-ex": "sqlserver", "sqlserver-web": "sqlserver",
                   "oracle-ee": "oracle", "oracle-se2": "oracle", "td": "teradata"}


def normalize_engine(name: str | None) -> str:
    key = (name or "").strip().lower()
    return _ENGINE_ALIASES.get(key, key)


def engine_of_url(url: str) -> str:
    """'postgres' for jdbc:postgresql://..., 'redshift' for jdbc:redshift://... and so on."""
    rest = url[5:] if url.lower().startswith("jdbc:") else url
    return normalize_engine(rest.split(":", 1)[0])


@dataclass(frozen=True)
class ConnectionInfo:
    """How to reach a database.  `password` never appears in repr (nor in logs)."""

    db_type: str
    url: str
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    driver: str | None = None
    jars: tuple[str, ...] = ()
    options: Mapping[str, str] = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        if isinstance(self.jars, str):
            object.__setattr__(self, "jars", tuple(j.strip() for j in self.jars.split(",") if j.strip()))
        else:
            object.__setattr__(self, "jars", tuple(self.jars or ()))
        object.__setattr__(self, "options", MappingProxyType(dict(self.options or {})))

    def validate(self) -> "ConnectionInfo":
        """Raise ConfigError naming every missing field at once."""
        missing = [n for n in ("url", "user", "password") if not getattr(self, n)]
        if missing:
            raise ConfigError(f"{self.db_type} connection is missing: {', '.join(missing)}")
        return self

    def spark_options(self) -> dict[str, str]:
        """Options for spark.read.format("jdbc")."""
        out = {"url": self.url}
        if self.user is not None:
            out["user"] = self.user
        if self.password is not None:
            out["password"] = self.password
        if self.driver:
            out["driver"] = self.driver
        out.update(self.options)
        return out


@dataclass(frozen=True)
class SecretRef:
    db_type: str
    name: str

    @property
    def cache_key(self) -> str:
        """WMG's key: `{DBTYPE}_{secret}`."""
        return f"{self.db_type.upper()}_{self.name}"

    @classmethod
    def of(cls, ref: Any) -> "SecretRef":
        if isinstance(ref, SecretRef):
            return ref
        if isinstance(ref, Mapping):  # WMG's {"dbType": ..., "Secret": ...}
            db_type = ref.get("dbType") or ref.get("db_type")
            name = ref.get("Secret") or ref.get("secret") or ref.get("name")
            if not db_type or not name:
                raise ConfigError("secret reference needs dbType and Secret")
            return cls(str(db_type), str(name))
        db_type, name = ref
        return cls(str(db_type), str(name))


class SecretStore:
    """Secrets Manager values cached per secret (thread-safe; optional TTL for rotation)."""

    def __init__(self, aws=None, *, ttl_s: float | None = None) -> None:
        if aws is None:
            from wmg.aws import AwsContext

            aws = AwsContext()
        if ttl_s is not None and ttl_s < 0:
            raise ValueError("ttl_s must be >= 0")
        self.aws = aws
        self.ttl_s = ttl_s
        self._cache: dict[str, tuple[float, str]] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()
        self.fetches = 0  # number of GetSecretValue calls made (for tests and metrics)

    def __repr__(self) -> str:
        return f"SecretStore(aws={self.aws!r}, ttl_s={self.ttl_s!r}, cached={len(self._cache)})"

    def _key_lock(self, name: str) -> threading.Lock:
        with self._lock:
            return self._locks.setdefault(name, threading.Lock())

    def text(self, name: str) -> str:
        """The secret's string (SecretString, or SecretBinary decoded as UTF-8)."""
        with self._key_lock(name):
            hit = self._cache.get(name)
            if hit and (self.ttl_s is None or time.monotonic() - hit[0] < self.ttl_s):
                return hit[1]
            with aws_call("secretsmanager", "GetSecretValue", f"secret {name}"):
                r = self.aws.client("secretsmanager").get_secret_value(SecretId=name)
            self.fetches += 1
            value = r.get("SecretString")
            if value is None:
                try:
                    value = bytes(r["SecretBinary"]).decode("utf-8")
                except (KeyError, UnicodeDecodeError):
                    raise ConfigError(f"secret {name} has neither a string nor a UTF-8 binary value") from None
            self._cache[name] = (time.monotonic(), value)
            log.debug("fetched secret %s", name)
            return value

    def json(self, name: str) -> dict[str, Any]:
        """The secret parsed as a JSON object; ConfigError (naming the secret only) otherwise."""
        try:
            value = _json.loads(self.text(name))
        except _json.JSONDecodeError as exc:
            # `from None`: the decoder error keeps the whole secret in its .doc attribute.
            raise ConfigError(f"secret {name} is not valid JSON (line {exc.lineno} column {exc.colno})") from None
        if not isinstance(value, dict):
            raise ConfigError(f"secret {name} is not a JSON object")
        return value

    def invalidate(self, name: str | None = None) -> None:
        with self._lock:
            if name is None:
                self._cache.clear()
            else:
                self._cache.pop(name, None)

    def connection(self, name: str, db_type: str) -> ConnectionInfo:
        """A ConnectionInfo from a secret holding username|user, password, hosturl|url (or the
        RDS layout engine/host/port/dbname), and optionally driver and jars."""
        data = self.json(name)
        user = data.get("username") or data.get("user")
        password = data.get("password")
        url = data.get("hosturl") or data.get("url")
        engine = normalize_engine(data.get("engine") or db_type)
        if not url and data.get("host"):
            template, default_port, _ = _ENGINES.get(engine, (None, None, None))
            if template is None:
                raise ConfigError(f"secret {name}: no url and unknown engine {engine!r} to build one from host")
            port = data.get("port") or default_port
            dbname = data.get("dbname") or data.get("database") or ""
            url = template.format(host=data["host"], port=port, dbname=quote(str(dbname), safe=""))
        missing = [k for k, v in (("username", user), ("password", password), ("hosturl|url|host", url)) if not v]
        if missing:
            raise ConfigError(f"secret {name} is missing key(s): {', '.join(missing)}")
        driver = data.get("driver") or _ENGINES.get(engine_of_url(url), (None, None, None))[2]
        return ConnectionInfo(db_type=db_type, url=str(url), user=str(user), password=str(password),
                              driver=driver, jars=data.get("jars") or ())

    def preload(self, refs: Iterable[Any]) -> None:
        """Fetch (and validate) every referenced secret now, e.g. at job start."""
        self.connections(refs)

    def connections(self, refs: Iterable[Any]) -> dict[str, ConnectionInfo]:
        """`{"{DBTYPE}_{secret}": ConnectionInfo}` for refs given as SecretRef, (db_type, name)
        pairs or WMG's {"dbType", "Secret"} dicts."""
        out = {}
        for ref in refs:
            r = SecretRef.of(ref)
            out[r.cache_key] = self.connection(r.name, r.db_type)
        return out
