"""The DDL reader never crashes: on any text it returns tables or raises DdlParseError/DdlError."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wmg.ddl import DdlError, compare, validate
from leapc.ddl.parser import parse_ddl

WORDS = ["CREATE", "SET", "MULTISET", "VOLATILE", "TABLE", "IF", "NOT", "EXISTS", "a", "b.c", '"Q x"',
         "(", ")", ",", ";", ".", "INTEGER", "BYTEINT", "VARCHAR", "(10)", "DECIMAL(15,2)", "NUMBER(*,2)",
         "CHARACTER", "SET", "UNICODE", "LATIN", "CASESPECIFIC", "NULL", "DEFAULT", "0", "-1.5",
         "'x'", "FORMAT", "COMPRESS", "TITLE", "GENERATED", "ALWAYS", "AS", "IDENTITY", "PRIMARY",
         "INDEX", "UNIQUE", "KEY", "PARTITION", "BY", "RANGE_N", "DISTKEY", "SORTKEY", "INTERVAL",
         "DAY(4)", "TO", "SECOND", "PERIOD", "TIMESTAMP(0)", "WITH", "TIME", "ZONE", "ARRAY", "<",
         ">", "STRUCT", ":", "CLOB(1M)", "::", "CONSTRAINT", "REFERENCES", "CHECK", "--", "/*", "*/",
         "'", '"', "\n", "PARTITIONED", "USING", "DATABASE", "CT", "LIKE"]


def _check(text: str, dialect: str) -> None:
    try:
        tables = parse_ddl(text, dialect)
    except DdlError as e:
        assert str(e)
        return
    for t in tables:
        assert t.name is not None and all(c.type is not None for c in t.columns)
    validate(tables, dialect)
    compare(tables, tables, left_dialect=dialect, right_dialect=dialect)


SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.text(max_size=300), st.sampled_from(["teradata", "redshift", "postgres", "spark"]))
def test_random_text_never_crashes(text, dialect):
    _check(text, dialect)


@SETTINGS
@given(st.lists(st.sampled_from(WORDS), max_size=60),
       st.sampled_from(["teradata", "redshift", "postgres", "spark"]))
def test_random_ddl_shaped_tokens_never_crash(words, dialect):
    _check("CREATE TABLE t (" + " ".join(words), dialect)
    _check(" ".join(words), dialect)
