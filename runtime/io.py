"""Files, catalog tables and JDBC databases to and from Spark DataFrames (spec §16).

* `read(spark, fmt, path, ...)` and `write(data, fmt, path, ...)`: csv, parquet, json, orc, text,
  fixed width (Spark column expressions, no Python UDF), excel (read only, through openpyxl on the
  driver) and xml (Spark 4's built-in source only).
* `write_single(data, fmt, path, ...)`: one output file at exactly `path`, not a folder of parts.
* `save_table(data, table, ...)`: a Spark catalog table; an existing table keeps its definition.
* `spark_read_jdbc` / `spark_write_jdbc`: a SQL query in, a table out; overwrite truncates the
  target instead of letting Spark drop and re-create it (which loses keys, grants and defaults).
* `ConnectionResolver`: connection details from a secret, a Glue connection, explicit values, or
  the Glue connection attached to the job, in that order.

`data` is a DataFrame or the name of a table or temp view.  pyspark is imported inside functions.
"""
from __future__ import annotations

import logging
import re
import uuid
from typing import Any, Mapping, Sequence

from wmg.errors import ConfigError, NotFound
from wmg.secrets import ConnectionInfo, SecretStore, engine_of_url, normalize_engine

log = logging.getLogger("wmg.io")

__all__ = ["read", "write", "write_single", "save_table", "spark_read_jdbc", "spark_write_jdbc",
           "ConnectionResolver", "FORMATS", "WRITE_MODES"]

# Every name WMG accepted, mapped to the one this module works with.
FORMATS = {
    "csv": "csv", "parquet": "parquet", "json": "json", "orc": "orc", "text": "text", "txt": "text",
    "excel": "excel", "xlsx": "excel", "xlsm": "excel", "xls": "excel", "xlx": "excel", "xml": "xml",
    "fixed_width": "fixed_width", "fixedwidth": "fixed_width", "fwf": "fixed_width",
}
WRITE_MODES = ("error", "errorifexists", "append", "overwrite", "ignore")
# Formats whose files are lines of text, so two files can be concatenated into one.
_LINE_FORMATS = ("csv", "json", "text", "fixed_width")


def _format(fmt: str) -> str:
    kind = FORMATS.get(str(fmt).strip().lower())
    if kind is None:
        raise ConfigError(f"unknown file format {fmt!r}; use one of {sorted(set(FORMATS))}")
    return kind


def _check_mode(mode: str, allowed: Sequence[str] = WRITE_MODES) -> str:
    if mode not in allowed:
        raise ConfigError(f"mode must be one of {tuple(allowed)}, got {mode!r}")
    return mode


def _session():
    from pyspark.sql import SparkSession

    return SparkSession.getActiveSession() or SparkSession.builder.getOrCreate()


def _frame(data):
    """A DataFrame from a DataFrame or a table/view name."""
    if isinstance(data, str):
        return _session().table(data)
    return data


def _col(name: str):
    """A column by its exact name (dots and spaces in a name are not paths)."""
    from pyspark.sql import functions as F

    return F.col("`" + name.replace("`", "``") + "`")


def _is_true(value: Any) -> bool:
    return str(value).strip().lower() in ("true", "1", "yes")


# ======================================================================================= fixed width

def _fixed_width_layout(spec) -> list[tuple[str, int, int, str | None]]:
    """[(name, width) or (name, width, type)] -> [(name, start, width, type)], 1-based starts."""
    if not spec:
        raise ConfigError("fixed width needs fixed_width=[(name, width), ...]")
    layout, start, problems = [], 1, []
    for i, entry in enumerate(spec):
        entry = tuple(entry)
        name, width, dtype = (entry + (None,))[:3] if len(entry) in (2, 3) else (None, None, None)
        if not isinstance(name, str) or not name or not isinstance(width, int) or width <= 0:
            problems.append(f"entry {i}: {entry!r}")
            continue
        layout.append((name, start, width, dtype))
        start += width
    if problems:
        raise ConfigError("fixed_width entries must be (name, positive width[, type]): " + "; ".join(problems))
    return layout


def _read_fixed_width(spark, path: str, spec, options: Mapping[str, Any]):
    """Each line cut at the widths with substring(); blanks trimmed and an all-blank field is NULL
    (a fixed-width file cannot tell NULL from blanks).  options["trim"]="false" keeps the blanks."""
    from pyspark.sql import functions as F

    opts = dict(options)
    trim = _is_true(opts.pop("trim", "true"))
    lines = spark.read.options(**opts).text(path)
    columns = []
    for name, start, width, dtype in _fixed_width_layout(spec):
        field = F.substring("value", start, width)
        if trim:
            field = F.trim(field)
            field = F.when(field == "", F.lit(None)).otherwise(field)
        columns.append((field.cast(dtype) if dtype else field).alias(name))
    return lines.select(*columns)


def _fixed_width_lines(df, spec, keep: Sequence[str] = ()):
    """One `value` column: every field cast to string, NULL as blanks, padded or cut to its width
    by rpad.  `keep` columns (partition columns) are carried along for the writer."""
    from pyspark.sql import functions as F

    layout = _fixed_width_layout(spec)
    present = {c.lower() for c in df.columns}
    missing = [name for name, *_ in layout if name.lower() not in present]
    if missing:
        raise ConfigError(f"fixed_width names columns the data does not have: {missing}")
    fields = [F.rpad(F.coalesce(_col(name).cast("string"), F.lit("")), width, " ")
              for name, _, width, _ in layout]
    return df.select(F.concat(*fields).alias("value"), *[_col(k) for k in keep])


# ======================================================================================= excel, xml

def _read_excel(spark, path: str, options: Mapping[str, Any]):
    """One worksheet read on the driver with openpyxl (Spark has no built-in Excel source and the
    Glue jobs should not need a third-party jar).  Every column is a string, as in a CSV read
    without inferSchema; cells are printed as wmg.s3.excel_to_text prints them.
    options: sheet (name or 0-based index, default the first), header (default "true")."""
    import io as _io

    import openpyxl
    from pyspark.sql.types import StringType, StructField, StructType

    from wmg.fs import open_fs
    from wmg.s3 import _cell_text

    if path.lower().endswith(".xls"):
        raise ConfigError(f"{path}: the old binary .xls format is not supported; save it as .xlsx")
    data = open_fs(path, spark=spark).read_bytes(path)
    book = openpyxl.load_workbook(_io.BytesIO(data), read_only=True, data_only=True)
    try:
        rows = [[None if v is None else _cell_text(v) for v in row]
                for row in _worksheet(book, options.get("sheet", 0), path).iter_rows(values_only=True)]
    finally:
        book.close()
    width = max((len(r) for r in rows), default=0)
    rows = [r + [None] * (width - len(r)) for r in rows]
    if _is_true(options.get("header", "true")) and rows:
        names, rows = _column_names(rows[0]), rows[1:]
    else:
        names = [f"_c{i}" for i in range(width)]
    schema = StructType([StructField(n, StringType()) for n in names])
    return spark.createDataFrame(rows, schema)


def _worksheet(book, sheet, path: str):
    if isinstance(sheet, int) or str(sheet).isdigit():
        index = int(sheet)
        if index >= len(book.sheetnames):
            raise NotFound(f"{path}: no sheet {index} (sheets: {book.sheetnames})")
        return book[book.sheetnames[index]]
    if sheet not in book.sheetnames:
        raise NotFound(f"{path}: no sheet named {sheet!r} (sheets: {book.sheetnames})")
    return book[sheet]


def _column_names(header: Sequence[str | None]) -> list[str]:
    """Header cells as column names: a blank one is `_c{i}` and a repeat gets its position
    appended, as Spark's CSV reader does."""
    names = [h if h else f"_c{i}" for i, h in enumerate(header)]
    lowered = [n.lower() for n in names]
    return [f"{n}{i}" if lowered.count(n.lower()) > 1 else n for i, n in enumerate(names)]


def _require_xml_source(spark) -> None:
    """Spark 4 reads and writes XML itself; Spark 3.5 (Glue 5) would need the spark-xml jar,
    which the jobs do not ship, and fails with an obscure 'data source not found'."""
    major = int(spark.version.split(".")[0])
    if major < 4:
        raise ConfigError(f"xml needs Spark 4 (built-in xml source); this session runs Spark {spark.version}")


# ======================================================================================= read / write

def read(spark, fmt: str, path: str, *, view: str | None = None, options: Mapping[str, Any] | None = None,
         fixed_width: Sequence[tuple] | None = None):
    """A DataFrame of the file(s) at `path`, also registered as temp view `view` when given.

    `options` go to Spark's reader unchanged (csv header, sep, inferSchema, ...), except for excel
    (sheet, header) and fixed width (trim, plus the text reader's own options).  xml needs
    options["rowTag"]."""
    kind = _format(fmt)
    opts = dict(options or {})
    if kind == "fixed_width":
        df = _read_fixed_width(spark, path, fixed_width, opts)
    elif kind == "excel":
        df = _read_excel(spark, path, opts)
    else:
        if kind == "xml":
            _require_xml_source(spark)
            if "rowTag" not in opts:
                raise ConfigError("reading xml needs options['rowTag'] (the element of one row)")
        df = spark.read.format(kind).options(**opts).load(path)
    if view:
        df.createOrReplaceTempView(view)
    return df


def _writer(df, kind: str, mode: str, partition_by: Sequence[str], fixed_width, options):
    """A DataFrameWriter for `kind`; fixed width becomes a text write of the padded lines."""
    if kind == "excel":
        raise ConfigError("writing excel is not supported: write csv, or convert with a spreadsheet tool")
    if kind == "xml":
        _require_xml_source(df.sparkSession)
    if kind == "fixed_width":
        df, kind = _fixed_width_lines(df, fixed_width, keep=partition_by), "text"
    writer = df.write.mode(_check_mode(mode)).format(kind).options(**dict(options or {}))
    if partition_by:
        writer = writer.partitionBy(*partition_by)
    return writer


def write(data, fmt: str, path: str, *, mode: str = "error", partition_by: Sequence[str] = (),
          fixed_width: Sequence[tuple] | None = None, options: Mapping[str, Any] | None = None) -> None:
    """Write `data` as a folder of part files at `path` (Spark's layout).

    `mode` is Spark's: error (the default: an existing path raises), append, overwrite, ignore.
    Fixed width pads or cuts every field to its width with rpad; NULL becomes blanks."""
    _writer(_frame(data), _format(fmt), mode, tuple(partition_by), fixed_width, options).save(path)


# ======================================================================================= write_single

def write_single(data, fmt: str, path: str, *, mode: str = "overwrite", staging: str | None = None,
                 options: Mapping[str, Any] | None = None, fixed_width: Sequence[tuple] | None = None) -> str:
    """Write `data` as exactly one file at `path` and return `path`.

    Spark writes one part (coalesce(1)) into a new folder inside `staging` (default: next to
    `path`, so the final rename stays on one file system); the part is renamed to `path` through
    wmg.fs and the new folder is removed.  mode: overwrite, append (line formats only; the new part is added
    to the end of the file, and a CSV written with header=true does not repeat its header),
    error (an existing file raises FileExistsError), ignore (an existing file is left alone).
    More than one part (e.g. options maxRecordsPerFile) raises ConfigError.  Append reads both
    files on the driver."""
    from wmg.fs import open_fs

    kind = _format(fmt)
    _check_mode(mode, ("overwrite", "append", "error", "ignore"))
    opts = dict(options or {})
    df = _frame(data)
    fs = open_fs(path, spark=df.sparkSession)
    exists = fs.exists(path)
    if exists and mode == "error":
        raise FileExistsError(f"{path} already exists")
    if exists and mode == "ignore":
        return path
    appending = exists and mode == "append"
    if appending:
        _check_appendable(kind, opts)
    staging = _staging_folder(path, staging)
    try:
        _writer(df.coalesce(1), kind, "overwrite", (), fixed_width, opts).save(staging)
        part = _only_part(fs, staging)
        if appending:
            drop_header = kind == "csv" and _is_true(opts.get("header", "false"))
            _append_file(fs, part, path, drop_header=drop_header, line_sep=opts.get("lineSep", "\n"))
        else:
            fs.delete(path)
            if part is None:          # Spark wrote no part for an empty DataFrame
                fs.write_bytes(path, b"")
            else:
                fs.rename(part, path)
    finally:
        fs.delete(staging, recursive=True)
    log.info("wrote %s as one %s file", path, kind)
    return path


def _check_appendable(kind: str, options: Mapping[str, Any]) -> None:
    if kind not in _LINE_FORMATS:
        raise ConfigError(f"write_single cannot append to a {kind} file (only {', '.join(_LINE_FORMATS)})")
    if str(options.get("compression", "none")).lower() not in ("none", "uncompressed"):
        raise ConfigError("write_single cannot append compressed output")


def _staging_folder(path: str, staging: str | None) -> str:
    """A new folder for Spark's output, inside `staging` or next to `path`.  Always a fresh
    subfolder, since it is deleted afterwards: staging="/tmp" must not wipe /tmp."""
    parent, _, name = path.rstrip("/").rpartition("/")
    base = staging.rstrip("/") if staging else parent
    return f"{base + '/' if base else ''}_wmg_staging_{name}_{uuid.uuid4().hex[:12]}"


def _only_part(fs, folder: str) -> str | None:
    """The one part file Spark wrote (None when it wrote none); two or more raise ConfigError."""
    parts = fs.list(folder, kind="file", include=("part-*",))
    if len(parts) > 1:
        raise ConfigError(f"write_single expected one part file, Spark wrote {len(parts)} "
                          "(options such as maxRecordsPerFile split the output)")
    return parts[0] if parts else None


def _append_file(fs, part: str | None, path: str, *, drop_header: bool, line_sep: str) -> None:
    """path := path + part, without the part's first line when it is a repeated header."""
    if part is None:
        return
    sep = line_sep.encode()
    new = fs.read_bytes(part)
    if drop_header:
        new = new.split(sep, 1)[1] if sep in new else b""
    old = fs.read_bytes(path)
    if old and not old.endswith(sep):
        old += sep
    fs.write_bytes(path, old + new)


# ======================================================================================= catalog tables

def save_table(data, table: str, *, mode: str, fmt: str | None = None, partition_by: Sequence[str] = ()) -> None:
    """Write `data` to the Spark catalog table `table`.

    An existing table is written with insertInto (append or overwrite), so it keeps its format,
    partitioning and properties (saveAsTable in overwrite mode drops and re-creates it).  Columns
    are matched by name, not by position; a missing or extra column raises ConfigError.  A new
    table (or mode error/ignore) goes through saveAsTable with `fmt` (default: Spark's
    spark.sql.sources.default) and `partition_by`."""
    df = _frame(data)
    _check_mode(mode)
    spark = df.sparkSession
    if mode in ("append", "overwrite") and spark.catalog.tableExists(table):
        target_columns = spark.table(table).columns
        _check_same_columns(df.columns, target_columns, table)
        df.select(*[_col(c) for c in target_columns]).write.insertInto(table, overwrite=mode == "overwrite")
        return
    writer = df.write.mode(mode)
    if fmt:
        writer = writer.format(fmt)
    if partition_by:
        writer = writer.partitionBy(*partition_by)
    writer.saveAsTable(table)


def _check_same_columns(source: Sequence[str], target: Sequence[str], table: str) -> None:
    src, tgt = {c.lower() for c in source}, {c.lower() for c in target}
    missing, extra = sorted(tgt - src), sorted(src - tgt)
    if missing or extra:
        raise ConfigError(f"columns do not match table {table}: missing {missing}, not in the table {extra}")


# ======================================================================================= JDBC

def _jdbc_options(info, extra: Mapping[str, Any] | None) -> dict[str, str]:
    """Spark JDBC options for `info`.  The driver class is always set: without it Spark asks
    java.sql.DriverManager, which cannot see jars added through spark.jars ("No suitable driver")."""
    from wmg.jdbc import DEFAULT_DRIVERS, _scheme

    if hasattr(info, "spark_options"):
        opts = dict(info.spark_options())
    else:
        opts = {"url": info.url, "user": info.user, "password": info.password, "driver": getattr(info, "driver", None)}
        opts = {k: v for k, v in opts.items() if v is not None}
    if not opts.get("driver") and DEFAULT_DRIVERS.get(_scheme(info.url)):
        opts["driver"] = DEFAULT_DRIVERS[_scheme(info.url)]
    opts.update({k: str(v) for k, v in (extra or {}).items()})
    return opts


def _jdbc_error(exc: BaseException, *, sql: str, info):
    """A typed wmg QueryError for a failed JDBC call.  A Py4JJavaError's own text starts with
    'An error occurred while calling o52.load', so the Java exception's message is used instead."""
    from wmg.executor import classify_sqlstate, query_error

    java = getattr(exc, "java_exception", None)
    if java is None:
        return query_error(exc, sql=sql, engine=getattr(info, "db_type", None) or "jdbc")
    try:
        state = java.getSQLState()
    except Exception:     # not a java.sql.SQLException
        state = None
    message = str(java.toString()).strip().splitlines()[0]
    cls = classify_sqlstate(state)
    return cls(message, sql=sql, engine=getattr(info, "db_type", None) or "jdbc", sqlstate=state)


def spark_read_jdbc(spark, info, sql: str, *, options: Mapping[str, Any] | None = None):
    """A DataFrame of `sql` run on the database `info` describes (a wmg.secrets.ConnectionInfo or
    any object with url/user/password/driver).  The query is wrapped as a derived table, so
    `options` may add Spark's partitionColumn/lowerBound/upperBound/numPartitions or fetchsize.
    The schema is read at once, so a bad query raises QueryError here."""
    opts = _jdbc_options(info, options)
    opts["dbtable"] = f"({sql}) wmg_query"
    try:
        return spark.read.format("jdbc").options(**opts).load()
    except Exception as exc:
        raise _jdbc_error(exc, sql=sql, info=info) from exc


def spark_write_jdbc(df, info, table: str, *, mode: str, truncate: bool = True,
                     options: Mapping[str, Any] | None = None) -> None:
    """Write `df` into `table` over JDBC.  mode: append, overwrite, error, ignore.

    Overwrite with truncate=True empties the table and inserts, so the table keeps its keys,
    constraints, grants and column types.  Spark does that itself where its JDBC dialect knows
    TRUNCATE does not cascade (PostgreSQL, MySQL, Oracle, SQL Server, DB2, Teradata); for other
    URLs (Redshift) Spark would drop and re-create the table instead, so the table is truncated
    here through wmg.jdbc and the rows appended."""
    _check_mode(mode)
    opts = _jdbc_options(info, options)
    opts["dbtable"] = table
    if mode == "overwrite" and truncate:
        if _spark_truncates(df.sparkSession, info.url):
            opts["truncate"] = "true"
        elif _truncate_existing(info, table):
            mode = "append"
    try:
        df.write.format("jdbc").options(**opts).mode(mode).save()
    except Exception as exc:
        raise _jdbc_error(exc, sql=f"INSERT INTO {table}", info=info) from exc


def _spark_truncates(spark, url: str) -> bool:
    """True when Spark's JDBC dialect for `url` truncates on overwrite (isCascadingTruncateTable
    is Some(false)); Spark drops and re-creates the table otherwise."""
    cascading = spark._jvm.org.apache.spark.sql.jdbc.JdbcDialects.get(url).isCascadingTruncateTable()
    return bool(cascading.isDefined()) and not bool(cascading.get())


def _truncate_existing(info, table: str) -> bool:
    """TRUNCATE `table` through a DB-API connection; False when the table does not exist yet
    (Spark then creates it)."""
    from wmg import jdbc

    conn = jdbc.connect(info, autocommit=True)
    try:
        try:
            jdbc.execute(conn, f"SELECT 1 FROM {table} WHERE 1 = 0")
        except Exception:
            log.info("%s does not exist yet: Spark creates it", table)
            return False
        jdbc.execute(conn, f"TRUNCATE TABLE {table}")
        return True
    finally:
        conn.close()


# ======================================================================================= connections

class ConnectionResolver:
    """Connection details for JDBC reads and writes, found the way WMG's read_data_using_jdbc
    found them: a Secrets Manager secret, else a Glue connection, else explicit url/user/password,
    else the one Glue connection of that database type attached to the running job.

    For cross-account access pass `aws=AwsContext().assume_role(arn)`.  `named` maps connection
    names to ConnectionInfo for `by_name` (used by wmg.migration)."""

    def __init__(self, aws=None, *, secrets: SecretStore | None = None, glue=None,
                 named: Mapping[str, ConnectionInfo] | None = None, job_name: str | None = None) -> None:
        self._aws = aws
        self._secrets = secrets
        self._glue = glue
        self.named = dict(named or {})
        self.job_name = job_name

    @property
    def aws(self):
        if self._aws is None:
            from wmg.aws import AwsContext

            self._aws = AwsContext()
        return self._aws

    @property
    def secrets(self) -> SecretStore:
        if self._secrets is None:
            self._secrets = SecretStore(self.aws)
        return self._secrets

    @property
    def glue(self):
        if self._glue is None:
            from wmg.glue import Glue

            self._glue = Glue(self.aws)
        return self._glue

    def resolve(self, db_type: str, *, secret: str | None = None, connection_name: str | None = None,
                url: str | None = None, user: str | None = None, password: str | None = None,
                options: Mapping[str, str] | None = None) -> ConnectionInfo:
        """The first source given wins: secret, connection_name, url, then the attached connection.

        An explicit PostgreSQL url with a user and no password gets an RDS IAM token as password."""
        if secret:
            info = self.secrets.connection(secret, db_type)
        elif connection_name:
            info = self.glue.connection(connection_name, secrets=self.secrets)
        elif url:
            info = self._explicit(db_type, url, user, password)
        else:
            info = self.attached(db_type)
        return _with_options(info, options)

    def by_name(self, db_type: str, name: str | None) -> ConnectionInfo:
        """A connection called `name`: a secret of that name, else a Glue connection, else an entry
        of `named`.  No name means the job's attached connection for `db_type`."""
        if not name:
            return self.attached(db_type)
        for lookup in (lambda: self.secrets.connection(name, db_type),
                       lambda: self.glue.connection(name, secrets=self.secrets)):
            try:
                return lookup()
            except NotFound:
                continue
        if name in self.named:
            return self.named[name]
        raise NotFound(f"no secret, Glue connection or named connection called {name!r}")

    __call__ = by_name

    def attached(self, db_type: str) -> ConnectionInfo:
        """The one JDBC connection attached to the Glue job (--JOB_NAME) whose URL is for `db_type`."""
        wanted = normalize_engine(db_type)
        matches = []
        for name in self.glue.job_connections(self.job_name):
            try:
                info = self.glue.connection(name, secrets=self.secrets)
            except ConfigError:        # a NETWORK connection has no JDBC URL
                continue
            if info.db_type == wanted:
                matches.append((name, info))
        if len(matches) != 1:
            found = [n for n, _ in matches]
            raise (NotFound if not matches else ConfigError)(
                f"the job needs exactly one attached {db_type} connection, found {found or 'none'}")
        return matches[0][1]

    def _explicit(self, db_type: str, url: str, user: str | None, password: str | None) -> ConnectionInfo:
        if password is None and user and engine_of_url(url) == "postgres":
            password = self._iam_token(url, user)
        return ConnectionInfo(db_type=db_type, url=url, user=user, password=password)

    def _iam_token(self, url: str, user: str) -> str:
        from wmg.glue import rds_auth_token

        m = re.match(r"jdbc:postgresql://([^/:?]+)(?::(\d+))?", url)
        if not m:
            raise ConfigError("an IAM token needs a jdbc:postgresql://host[:port]/db url")
        return rds_auth_token(self.aws, m.group(1), int(m.group(2) or 5432), user)


def _with_options(info: ConnectionInfo, options: Mapping[str, str] | None) -> ConnectionInfo:
    if not options:
        return info
    import dataclasses

    return dataclasses.replace(info, options={**info.options, **options})
