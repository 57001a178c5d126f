"""Per-query Spark tuning and table caching from a performance profile (spec §18).

Files (WMG's layout):
* properties (`key=value`, `#` comments, keys case-insensitive, split at the first `=`):
  `table.size.threshold` (MB), `tables.csv.location`, `spark.config.csv.location`,
  `spark.optimization.property.location` (relative paths are relative to the properties file).
* tables CSV: `Table,Size(in MB)`.
* query CSV: `id,spark_configuration,caching_threshold,in_memory,cache_tables_before_query,
  uncache_tables_after_query` (`k=v|k=v`, MB, true/false, `t1|t2`, `t1|t2`).
* optimization file: `set k = v` lines, the session baseline (`apply_baseline`).

`PerformanceProfile.load(path).plan(query_id, tables) -> QueryTuning`; `with tuned(spark, tuning):`
applies conf and caching for one query and restores each conf key's prior value or absence.
No module globals, no code strings (WMG built `"spark.catalog.cacheTable('t')"` texts).
"""
from __future__ import annotations

import csv
import io
import logging
import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Iterator, Mapping, Sequence

from wmg.errors import ConfigError

log = logging.getLogger("wmg.performance")

__all__ = ["QuerySettings", "QueryTuning", "PerformanceProfile", "tuned", "apply_baseline"]


@dataclass(frozen=True)
class QuerySettings:
    id: str
    conf: Mapping[str, str] = field(default_factory=dict)
    caching_threshold_mb: float | None = None
    in_memory: bool | None = None
    cache_tables: tuple[str, ...] = ()
    uncache_tables: tuple[str, ...] = ()


@dataclass(frozen=True)
class QueryTuning:
    conf: Mapping[str, str] = field(default_factory=dict)
    cache: tuple[str, ...] = ()
    uncache: tuple[str, ...] = ()
    in_memory: bool = False


def _bool(text: str | None) -> bool | None:
    if text is None or not str(text).strip():
        return None
    from wmg.util import parse_bool

    return parse_bool(text)


def _num(text: str | None, what: str) -> float | None:
    if text is None or not str(text).strip():
        return None
    try:
        return float(text)
    except ValueError:
        raise ConfigError(f"{what}: {text!r} is not a number") from None


def _pipe(text: str | None) -> tuple[str, ...]:
    return tuple(t.strip() for t in (text or "").split("|") if t.strip())


def _conf(text: str | None, what: str) -> dict[str, str]:
    out = {}
    for item in _pipe(text):
        k, eq, v = item.partition("=")
        if not eq:
            raise ConfigError(f"{what}: {item!r} is not key=value")
        out[k.strip()] = v.strip()
    return out


class PerformanceProfile:
    def __init__(self, *, threshold_mb: float = 0.0, table_sizes: Mapping[str, float] | None = None,
                 queries: Mapping[str, QuerySettings] | None = None, baseline: Mapping[str, str] | None = None) -> None:
        self.threshold_mb = threshold_mb
        self.table_sizes = {k.lower(): float(v) for k, v in (table_sizes or {}).items()}
        self.queries = {k.lower(): v for k, v in (queries or {}).items()}
        self.baseline = dict(baseline or {})

    def __repr__(self) -> str:
        return (f"PerformanceProfile(threshold_mb={self.threshold_mb}, tables={len(self.table_sizes)}, "
                f"queries={len(self.queries)}, baseline={len(self.baseline)})")

    @classmethod
    def load(cls, properties_path: str, *, fs=None) -> "PerformanceProfile":
        """Read the properties file and the files it names.  A file that is configured but missing
        raises ConfigError (WMG skipped it and ran untuned)."""
        def read(path: str) -> str:
            try:
                if fs is not None:
                    return fs.read_text(path)
                with open(path, encoding="utf-8-sig") as f:
                    return f.read()
            except (FileNotFoundError, IsADirectoryError) as exc:
                raise ConfigError(f"performance file {path!r} not found") from exc
            except Exception as exc:
                if type(exc).__name__ == "NotFound":
                    raise ConfigError(f"performance file {path!r} not found") from exc
                raise

        base = os.path.dirname(properties_path) if "://" not in properties_path else properties_path.rsplit("/", 1)[0]

        def resolve(p: str) -> str:
            if "://" in p or os.path.isabs(p):
                return p
            return f"{base}/{p}" if "://" in base else os.path.join(base, p)

        props: dict[str, str] = {}
        for line in read(properties_path).splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            k, eq, v = line.partition("=")
            if not eq:
                raise ConfigError(f"{properties_path}: line {line!r} is not key=value")
            props[k.strip().lower()] = v.strip()

        threshold = _num(props.get("table.size.threshold"), "table.size.threshold") or 0.0
        sizes: dict[str, float] = {}
        if props.get("tables.csv.location"):
            text = read(resolve(props["tables.csv.location"])).lstrip("\ufeff")
            for row in csv.reader(io.StringIO(text)):
                if not row or not row[0].strip() or row[0].strip().lower() == "table":
                    continue
                sizes[row[0].strip().lower()] = _num(row[1] if len(row) > 1 else None, f"size of {row[0]}") or 0.0
        queries: dict[str, QuerySettings] = {}
        if props.get("spark.config.csv.location"):
            text = read(resolve(props["spark.config.csv.location"])).lstrip("\ufeff")
            reader = csv.DictReader(io.StringIO(text))
            for row in reader:
                row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
                qid = row.get("id", "")
                if not qid:
                    continue
                queries[qid.lower()] = QuerySettings(
                    id=qid, conf=_conf(row.get("spark_configuration"), f"query {qid}"),
                    caching_threshold_mb=_num(row.get("caching_threshold"), f"query {qid} caching_threshold"),
                    in_memory=_bool(row.get("in_memory")),
                    cache_tables=_pipe(row.get("cache_tables_before_query")),
                    uncache_tables=_pipe(row.get("uncache_tables_after_query")))
        baseline: dict[str, str] = {}
        if props.get("spark.optimization.property.location"):
            for line in read(resolve(props["spark.optimization.property.location"])).splitlines():
                line = line.strip().rstrip(";")
                if not line or line.startswith("#"):
                    continue
                body = line[4:] if line.lower().startswith("set ") else line
                k, eq, v = body.partition("=")
                if not eq:
                    raise ConfigError(f"optimization property {line!r} is not `set key = value`")
                baseline[k.strip()] = v.strip()
        return cls(threshold_mb=threshold, table_sizes=sizes, queries=queries, baseline=baseline)

    def plan(self, query_id: str | None, tables: Sequence[str] = ()) -> QueryTuning:
        """Conf and caching for one query.  The query's own cache list wins; otherwise every table
        in `tables` whose known size is at most the threshold (the query's, else the global one) is
        cached.  Tables of unknown size are not cached.  Names compare case-insensitively."""
        s = self.queries.get((query_id or "").lower())
        threshold = s.caching_threshold_mb if s and s.caching_threshold_mb is not None else self.threshold_mb
        if s and s.cache_tables:
            cache = s.cache_tables
        else:
            cache = tuple(t for t in dict.fromkeys(tables)
                          if threshold > 0 and t.lower() in self.table_sizes and self.table_sizes[t.lower()] <= threshold)
        return QueryTuning(conf=dict(s.conf) if s else {}, cache=tuple(cache),
                           uncache=s.uncache_tables if s else (), in_memory=bool(s and s.in_memory))


@contextmanager
def tuned(spark, tuning: QueryTuning) -> Iterator[QueryTuning]:
    """Apply `tuning.conf` (restoring each key's prior value or absence afterwards), cache
    `tuning.cache` before the block and uncache `tuning.uncache` after it (even on error)."""
    from wmg.executor import spark_conf

    with spark_conf(spark, tuning.conf):
        for t in tuning.cache:
            if not spark.catalog.isCached(t):
                log.info("caching %s", t)
                spark.catalog.cacheTable(t)
        try:
            yield tuning
        finally:
            for t in tuning.uncache:
                try:
                    if spark.catalog.isCached(t):
                        spark.catalog.uncacheTable(t)
                except Exception:
                    log.warning("uncache of %s failed", t, exc_info=True)


def apply_baseline(spark, profile: PerformanceProfile) -> dict[str, str | None]:
    """Set the profile's baseline conf on the session; returns the prior values (None = unset)."""
    prior: dict[str, Any] = {}
    for k, v in profile.baseline.items():
        prior[k] = spark.conf.get(k, None)
        spark.conf.set(k, v)
    return prior
