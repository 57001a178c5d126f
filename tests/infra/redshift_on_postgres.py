"""Run Redshift SQL on PostgreSQL, the test bed's stand-in for Redshift.

The adapter is deliberately small and only removes what PostgreSQL cannot read:
Redshift-only physical clauses (DISTKEY, SORTKEY, DISTSTYLE, ENCODE, BACKUP) are stripped and
each statement is read as Redshift and written as PostgreSQL by sqlglot (DATEADD, GETDATE, ...).
Everything else runs as leapc wrote it."""
from __future__ import annotations

import re

import sqlglot

PHYSICAL = re.compile(
    r"\b(DISTSTYLE\s+(ALL|EVEN|KEY|AUTO)|DISTKEY\s*\([^)]*\)|(COMPOUND\s+|INTERLEAVED\s+)?SORTKEY\s*(AUTO|\([^)]*\))"
    r"|ENCODE\s+\w+|BACKUP\s+(YES|NO))", re.I)


def to_postgres(sql: str) -> list[str]:
    return [e.sql(dialect="postgres") for e in sqlglot.parse(PHYSICAL.sub("", sql), read="redshift") if e]


def split_statements(text: str) -> list[str]:
    """Split a .sql file on semicolons outside quotes and comments (sqlglot's tokenizer)."""
    from sqlglot.tokens import TokenType

    stmts, start = [], 0
    for tok in sqlglot.tokenize(text, read="redshift"):
        if tok.token_type == TokenType.SEMICOLON:
            stmts.append(text[start:tok.end])
            start = tok.end + 1
    stmts.append(text[start:])
    return [s.strip().rstrip(";") for s in stmts if s.strip().strip(";").strip()]


class PostgresCursor:
    def __init__(self, cur):
        self._cur = cur

    def execute(self, sql, params=None):
        for stmt in to_postgres(sql):
            self._cur.execute(stmt, params) if params else self._cur.execute(stmt)
        return self

    def __getattr__(self, name):
        return getattr(self._cur, name)


class PostgresConnection:
    """A DB-API connection that accepts Redshift SQL (for generated runners)."""

    def __init__(self, conn):
        self._conn = conn

    def cursor(self, *a, **k):
        return PostgresCursor(self._conn.cursor(*a, **k))

    def __getattr__(self, name):
        return getattr(self._conn, name)
