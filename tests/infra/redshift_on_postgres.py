"""Run Redshift SQL on PostgreSQL, the test bed's stand-in for Redshift.

The translation is `leapc verify`'s own (physical clauses stripped, read as Redshift and written
as PostgreSQL by sqlglot); this module only adds the DB-API wrapper generated runners need."""
from __future__ import annotations

from leapc.verify import split_sql, to_postgres

__all__ = ["to_postgres", "split_statements", "PostgresConnection"]


def split_statements(text: str) -> list[str]:
    """The statements of a .sql file (semicolons outside quotes and comments)."""
    return [sql for _, sql, _ in split_sql(text)]


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
