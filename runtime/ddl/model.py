"""The normalised table model every DDL reader produces and every check consumes.

Names are kept as written (``name``) and compared through ``key`` (lower-cased), because Teradata,
Redshift (by default), PostgreSQL (unquoted) and Spark all compare identifiers case-insensitively.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from wmg.errors import WmgError

DIALECTS = ("teradata", "redshift", "postgres", "spark")

# Type families: the compatibility rules first compare families, then parameters.
FAMILY = {
    "BYTEINT": "integer", "SMALLINT": "integer", "INTEGER": "integer", "BIGINT": "integer",
    "DECIMAL": "decimal", "NUMBER": "decimal",
    "REAL": "float", "DOUBLE": "float",
    "CHAR": "char", "VARCHAR": "char", "CLOB": "char", "TEXT": "char",
    "BYTE": "binary", "VARBYTE": "binary", "BLOB": "binary",
    "DATE": "date", "TIME": "time", "TIMESTAMP": "timestamp",
    "INTERVAL": "interval", "PERIOD": "period", "BOOLEAN": "boolean",
    "JSON": "semi", "SUPER": "semi", "XML": "semi",
    "ARRAY": "complex", "MAP": "complex", "STRUCT": "complex",
}


class DdlError(WmgError):
    """DDL that cannot be read (bad syntax, unknown source, unreachable catalog)."""

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None) -> None:
        self.source, self.line = source, line
        where = f"{source}:{line}: " if source and line else (f"{source}: " if source else "")
        super().__init__(where + message)


@dataclass
class TypeSpec:
    """One column type, normalised across dialects.

    base: canonical name (see FAMILY; anything else is kept upper-cased, family "other").
    length: characters or bytes per ``length_unit`` ("char" | "byte"); None = unbounded/not applicable.
    precision/scale: DECIMAL digits; for NUMBER, precision None means Teradata's floating NUMBER.
    For TIME/TIMESTAMP, precision is the fractional-second digits.
    charset: "LATIN" | "UNICODE" | ... (Teradata; None = the session default, normally LATIN).
    casespecific: True/False when declared (Teradata), None when not declared.
    with_time_zone: TIME/TIMESTAMP WITH TIME ZONE (Spark's TIMESTAMP is session-zone relative and
    is recorded with ``with_time_zone=True``; TIMESTAMP_NTZ is False).
    qualifier: INTERVAL qualifier ("DAY(4) TO SECOND(6)"); element: PERIOD/ARRAY element type text.
    raw: the type as written, for messages.
    """

    base: str
    length: int | None = None
    length_unit: str | None = None
    precision: int | None = None
    scale: int | None = None
    charset: str | None = None
    casespecific: bool | None = None
    with_time_zone: bool = False
    qualifier: str | None = None
    element: str | None = None
    raw: str = ""

    @property
    def family(self) -> str:
        return FAMILY.get(self.base, "other")

    def render(self) -> str:
        """A compact canonical spelling, used in reports (stable across readers)."""
        b = self.base
        if b in ("DECIMAL", "NUMBER"):
            if self.precision is None:
                s = b if self.scale is None else f"{b}(*,{self.scale})"
            else:
                s = f"{b}({self.precision},{self.scale or 0})"
        elif self.family in ("char", "binary") and b not in ("TEXT",):
            if self.length is None:
                s = b
            else:
                unit = " BYTES" if self.length_unit == "byte" and self.family == "char" else ""
                s = f"{b}({self.length}{unit})"
        elif b in ("TIME", "TIMESTAMP"):
            s = b if self.precision is None else f"{b}({self.precision})"
            if self.with_time_zone:
                s += " WITH TIME ZONE"
        elif b == "INTERVAL":
            s = f"INTERVAL {self.qualifier}" if self.qualifier else b
        elif b in ("PERIOD", "ARRAY", "MAP", "STRUCT"):
            s = f"{b}({self.element})" if self.element else b
        else:
            s = b
        if self.charset:
            s += f" CHARACTER SET {self.charset}"
        if self.casespecific is not None:
            s += " CASESPECIFIC" if self.casespecific else " NOT CASESPECIFIC"
        return s

    def __str__(self) -> str:
        return self.render()


@dataclass
class Column:
    name: str
    type: TypeSpec
    nullable: bool = True
    default: str | None = None
    identity: str | None = None          # "ALWAYS" | "BY DEFAULT" | None
    quoted: bool = False
    comment: str | None = None
    position: int = 0

    @property
    def key(self) -> str:
        return self.name.lower()


@dataclass
class Key:
    """A declared constraint or index: kind in primary_key, unique, foreign_key, primary_index,
    unique_primary_index, index, unique_index."""

    kind: str
    columns: list[str]
    name: str | None = None
    references: str | None = None

    @property
    def unique(self) -> bool:
        return self.kind in ("primary_key", "unique", "unique_primary_index", "unique_index")


@dataclass
class Table:
    schema: str | None
    name: str
    columns: list[Column] = field(default_factory=list)
    keys: list[Key] = field(default_factory=list)
    dialect: str | None = None
    kind: str = "table"                   # table | volatile | temporary | external
    set_table: bool | None = None         # Teradata SET (True) / MULTISET (False)
    dist_style: str | None = None
    dist_key: list[str] = field(default_factory=list)
    sort_key: list[str] = field(default_factory=list)
    sort_style: str | None = None         # compound | interleaved
    partition_by: list[str] = field(default_factory=list)
    options: dict[str, Any] = field(default_factory=dict)
    quoted: bool = False
    source: str | None = None             # file:line or catalog address
    line: int | None = None

    @property
    def key(self) -> str:
        return f"{(self.schema or '').lower()}.{self.name.lower()}"

    @property
    def qualified(self) -> str:
        return f"{self.schema}.{self.name}" if self.schema else self.name

    def column(self, name: str) -> Column | None:
        k = name.lower()
        for c in self.columns:
            if c.key == k:
                return c
        return None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
