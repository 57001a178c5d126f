"""Exceptions of the wmg runtime.  Every failure raises; nothing returns a success flag."""
from __future__ import annotations


class WmgError(Exception):
    """Base class of every error the runtime raises on purpose."""


class ConfigError(WmgError):
    """A missing or invalid parameter, setting or secret layout (names it, never its value)."""


class NotFound(WmgError):
    """A missing object, queue, secret, job, table or file."""


class AwsError(WmgError):
    """An AWS API call failed; carries the service, the operation and AWS's error code."""

    def __init__(self, service: str, operation: str, code: str, message: str = "") -> None:
        self.service, self.operation, self.code = service, operation, code
        super().__init__(f"{service}.{operation} failed: {code}" + (f": {message}" if message else ""))


class QueryError(WmgError):
    """A SQL statement failed on an engine."""

    def __init__(self, message: str, *, sql: str = "", query_id: str | None = None,
                 engine: str = "", sqlstate: str | None = None) -> None:
        self.sql, self.query_id, self.engine, self.sqlstate = sql, query_id, engine, sqlstate
        where = f"[{engine}{' ' + query_id if query_id else ''}] " if engine or query_id else ""
        super().__init__(f"{where}{message}")


class PartialFailure(ExceptionGroup):
    """Several independent operations failed; `successes` holds what did work."""

    def __new__(cls, message, exceptions, successes=()):
        self = super().__new__(cls, message, exceptions)
        self.successes = list(successes)
        return self

    def derive(self, excs):
        return PartialFailure(self.message, excs, self.successes)
