"""DB-API connections from connection details, and one-call statement helpers (spec §6, §16).

Backends, chosen from the URL or `db_type`:
* PostgreSQL and Redshift (`jdbc:postgresql:`, `jdbc:redshift:`, `postgresql://`): psycopg 3, the
  JDBC URL turned into a libpq DSN (Redshift speaks the PostgreSQL protocol).
* Teradata (`jdbc:teradata:` or db_type "teradata"): teradatasql, when installed.
* Anything else: JayDeBeApi over the JDBC driver (`driver`, `jars`).  Its converters are replaced
  so DATE/TIME/TIMESTAMP come back as `datetime` objects and DECIMAL/NUMERIC as `Decimal`
  (JayDeBeApi's own return strings and lossy floats); `connect_jdbc(..., backend="jdbc")` forces it.

Connection details are any object with `.url`, `.user`, `.password` (and optionally `.driver`,
`.jars`, `.db_type`): `wmg.secrets.ConnectionInfo` or `JdbcInfo` here.
"""
from __future__ import annotations

import datetime as _dt
import decimal
import json
import logging
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Iterator, Mapping, Sequence
from urllib.parse import parse_qsl, quote, urlencode

from wmg.errors import ConfigError

log = logging.getLogger("wmg.jdbc")

__all__ = ["JdbcInfo", "jdbc_url_to_dsn", "connect", "connect_dsn", "connect_jdbc", "connection_from_secret",
           "execute", "execute_script", "transaction", "DEFAULT_DRIVERS", "POSTGRES_JAR"]

POSTGRES_JAR = "/usr/share/java/postgresql.jar"
DEFAULT_DRIVERS = {
    "postgresql": "org.postgresql.Driver",
    "redshift": "com.amazon.redshift.jdbc42.Driver",
    "teradata": "com.teradata.jdbc.TeraDriver",
    "sqlserver": "com.microsoft.sqlserver.jdbc.SQLServerDriver",
    "mysql": "com.mysql.cj.jdbc.Driver",
    "oracle": "oracle.jdbc.OracleDriver",
}


@dataclass(frozen=True)
class JdbcInfo:
    """Connection details (the password never appears in repr)."""

    url: str
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    driver: str | None = None
    jars: tuple[str, ...] = ()
    db_type: str | None = None


def _scheme(url: str) -> str:
    m = re.match(r"jdbc:([a-z0-9]+):", url, re.I)
    if m:
        return m.group(1).lower()
    m = re.match(r"([a-z0-9+]+)://", url, re.I)
    return m.group(1).lower() if m else ""


def jdbc_url_to_dsn(url: str, user: str | None = None, password: str | None = None) -> str:
    """`jdbc:postgresql://h:p/db?x=y` or `jdbc:redshift://h:p/db` → `postgresql://user:pw@h:p/db?x=y`.

    User and password in the URL's query (`user=`, `password=`) are used when not given."""
    m = re.match(r"(?:jdbc:)?(?:postgresql|postgres|redshift)://([^/?]+)(?:/([^?]*))?(?:\?(.*))?$", url.strip(), re.I)
    if not m:
        raise ConfigError(f"not a PostgreSQL/Redshift URL: {_redact(url)}")
    hostport, db, query = m.group(1), m.group(2) or "", m.group(3) or ""
    if "@" in hostport:   # already has credentials (libpq style)
        creds, hostport = hostport.rsplit("@", 1)
        u, _, p = creds.partition(":")
        user, password = user or u, password or p or None
    params = []
    for k, v in parse_qsl(query, keep_blank_values=True):
        if k == "user":
            user = user or v
        elif k == "password":
            password = password or v
        elif k in ("ssl", "sslmode", "connect_timeout", "application_name", "options", "sslrootcert"):
            params.append(("sslmode", "require" if v == "true" else v) if k == "ssl" else (k, v))
    auth = ""
    if user:
        auth = quote(user, safe="") + (":" + quote(password, safe="") if password else "") + "@"
    return f"postgresql://{auth}{hostport}/{db}" + (f"?{urlencode(params)}" if params else "")


def _redact(url: str) -> str:
    return re.sub(r"(password=)[^&;]*", r"\1***", re.sub(r"//([^:/@]+):[^@/]*@", r"//\1:***@", url))


def connect_dsn(dsn: str, *, autocommit: bool = False):
    """A psycopg connection from a libpq DSN/URL or a PostgreSQL/Redshift JDBC URL."""
    import psycopg

    if dsn.startswith("jdbc:"):
        dsn = jdbc_url_to_dsn(dsn)
    return psycopg.connect(dsn, autocommit=autocommit)


def _backend_for(info) -> str:
    db_type = (getattr(info, "db_type", None) or "").lower()
    scheme = _scheme(info.url)
    if db_type in ("postgres", "postgresql", "redshift", "rds", "aurora-postgresql") or scheme in (
            "postgresql", "postgres", "redshift"):
        return "psycopg"
    if db_type == "teradata" or scheme == "teradata":
        try:
            import teradatasql  # noqa: F401

            return "teradatasql"
        except ImportError:
            return "jdbc"
    return "jdbc"


def connect(info, *, autocommit: bool = False, backend: str | None = None):
    """A DB-API connection for `info` (see the module doc for the backend choice).

    backend: "psycopg", "teradatasql" or "jdbc" to force one."""
    backend = backend or _backend_for(info)
    if backend == "psycopg":
        import psycopg

        return psycopg.connect(jdbc_url_to_dsn(info.url, info.user, info.password), autocommit=autocommit)
    if backend == "teradatasql":
        import teradatasql

        m = re.match(r"jdbc:teradata://([^/]+)(?:/(.*))?", info.url, re.I)
        host = m.group(1) if m else info.url
        extra = {}
        for part in (m.group(2) or "").split(",") if m else []:
            k, eq, v = part.partition("=")
            if eq:
                extra[k.strip().lower()] = v.strip()
        conn = teradatasql.connect(host=host, user=info.user, password=info.password, **extra)
        if autocommit is False:
            conn.autocommit = False
        return conn
    if backend == "jdbc":
        return connect_jdbc(info, autocommit=autocommit)
    raise ConfigError(f"unknown backend {backend!r}")


def connect_jdbc(info, *, autocommit: bool = True, typed: bool = True):
    """A JayDeBeApi connection.  JDBC's autocommit is on by default (and JayDeBeApi's `commit()`
    then raises); `autocommit=False` switches it off for transactional work.  With `typed` the
    result converters return date/datetime/time/Decimal objects."""
    import jaydebeapi

    scheme = _scheme(info.url)
    driver = getattr(info, "driver", None) or DEFAULT_DRIVERS.get(scheme)
    if not driver:
        raise ConfigError(f"no JDBC driver class for {_redact(info.url)}: set driver")
    jars = list(getattr(info, "jars", None) or ())
    if isinstance(getattr(info, "jars", None), str):
        jars = [j for j in info.jars.split(",") if j]
    if not jars and scheme == "postgresql":
        jars = [POSTGRES_JAR]
    props = {}
    if info.user is not None:
        props["user"] = info.user
    if info.password is not None:
        props["password"] = info.password
    conn = jaydebeapi.connect(driver, info.url, props, jars or None)
    conn.jconn.setAutoCommit(bool(autocommit))
    if typed:
        conn._converters = _typed_converters(conn._converters)
    return conn


def _typed_converters(base: Mapping[int, Any]) -> dict[int, Any]:
    import jpype

    types = jpype.JClass("java.sql.Types")
    conv = dict(base)

    def to_decimal(rs, col):
        v = rs.getBigDecimal(col)
        return None if v is None else decimal.Decimal(str(v.toPlainString()))

    def to_date(rs, col):
        v = rs.getDate(col)
        return None if v is None else _dt.date.fromisoformat(str(v.toLocalDate().toString()))

    def to_timestamp(rs, col):
        v = rs.getTimestamp(col)
        return None if v is None else _dt.datetime.fromisoformat(str(v.toLocalDateTime().toString()))

    def to_time(rs, col):
        v = rs.getTime(col)
        return None if v is None else _dt.time.fromisoformat(str(v.toLocalTime().toString()))

    def to_bigint(rs, col):
        v = rs.getLong(col)
        return None if rs.wasNull() else int(v)

    conv[int(types.DECIMAL)] = to_decimal
    conv[int(types.NUMERIC)] = to_decimal
    conv[int(types.DATE)] = to_date
    conv[int(types.TIMESTAMP)] = to_timestamp
    conv[int(types.TIME)] = to_time
    conv[int(types.BIGINT)] = to_bigint
    return conv


def connection_from_secret(secret_id: str, *, db_type: str = "redshift", aws=None):
    """Connection details from a Secrets Manager secret, through wmg.secrets when it is installed;
    otherwise the secret JSON (`url`|`hosturl` or `engine/host/port/dbname`, `username`|`user`,
    `password`, `driver`, `jars`) is read directly."""
    try:
        from wmg.secrets import SecretStore
    except ImportError:
        SecretStore = None
    if aws is None:
        from wmg.aws import AwsContext

        aws = AwsContext()
    if SecretStore is not None:
        return SecretStore(aws).connection(secret_id, db_type)
    from botocore.exceptions import ClientError

    try:
        raw = aws.client("secretsmanager").get_secret_value(SecretId=secret_id)["SecretString"]
    except ClientError as exc:
        code = exc.response.get("Error", {}).get("Code", "")
        if code == "ResourceNotFoundException":
            from wmg.errors import NotFound

            raise NotFound(f"secret {secret_id!r} not found") from exc
        raise
    try:
        doc = json.loads(raw)
    except ValueError as exc:
        raise ConfigError(f"secret {secret_id!r} is not JSON") from None
    url = doc.get("url") or doc.get("hosturl")
    if not url:
        if not doc.get("host"):
            raise ConfigError(f"secret {secret_id!r} has no url/hosturl and no host")
        engine = (doc.get("engine") or db_type or "postgres").lower()
        scheme = "redshift" if engine == "redshift" else "postgresql"
        port = doc.get("port") or (5439 if scheme == "redshift" else 5432)
        url = f"jdbc:{scheme}://{doc['host']}:{port}/{doc.get('dbname') or doc.get('dbClusterIdentifier') or ''}"
    user = doc.get("username") or doc.get("user")
    jars = doc.get("jars") or ()
    if isinstance(jars, str):
        jars = tuple(j for j in jars.split(",") if j)
    return JdbcInfo(url=url, user=user, password=doc.get("password"), driver=doc.get("driver"),
                    jars=tuple(jars), db_type=db_type)


def execute(conn, sql: str, params: Sequence[Any] | Mapping[str, Any] | None = None, *, engine: str = "postgres"):
    """Run one statement on `conn` -> wmg.executor.QueryResult (rows, columns, activity_count)."""
    from wmg.executor import SqlExecutor

    return SqlExecutor(conn, engine=engine, close_connection=False).execute(sql, params)


def execute_script(conn, text: str, *, engine: str = "postgres"):
    """Every statement of `text` (split outside quotes/comments) -> list of QueryResult."""
    from wmg.executor import SqlExecutor

    return SqlExecutor(conn, engine=engine, close_connection=False).execute_script(text)


@contextmanager
def transaction(conn) -> Iterator[Any]:
    """Commit on success, roll back on error.  JDBC (JayDeBeApi) and psycopg autocommit are
    switched off for the block and restored afterwards."""
    jconn = getattr(conn, "jconn", None)
    restore = None
    if jconn is not None:
        restore = bool(jconn.getAutoCommit())
        jconn.setAutoCommit(False)
    elif getattr(conn, "autocommit", False) is True:
        restore = True
        conn.autocommit = False
    try:
        yield conn
    except BaseException:
        conn.rollback()
        raise
    else:
        conn.commit()
    finally:
        if restore is not None:
            if jconn is not None:
                jconn.setAutoCommit(restore)
            else:
                conn.autocommit = restore
