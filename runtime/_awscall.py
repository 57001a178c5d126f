"""Translate botocore errors into wmg exceptions (private helper shared by wmg.s3, wmg.sqs, ...)."""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterable

from wmg.errors import AwsError, NotFound

# Error codes that mean "the thing is not there", per service.
NOT_FOUND_CODES = {
    "s3": {"404", "NoSuchKey", "NoSuchBucket", "NotFound", "NoSuchUpload"},
    "sqs": {"AWS.SimpleQueueService.NonExistentQueue", "QueueDoesNotExist"},
    "secretsmanager": {"ResourceNotFoundException"},
    "glue": {"EntityNotFoundException"},
}


def error_code(exc: BaseException) -> str:
    resp = getattr(exc, "response", None) or {}
    return str(resp.get("Error", {}).get("Code", "")) or type(exc).__name__


def error_message(exc: BaseException) -> str:
    resp = getattr(exc, "response", None) or {}
    return str(resp.get("Error", {}).get("Message", ""))


def translate(exc: BaseException, service: str, operation: str, subject: str = "",
              not_found: Iterable[str] = ()) -> Exception:
    """The wmg exception for a botocore ClientError (caller raises it `from exc`)."""
    code = error_code(exc)
    if code in NOT_FOUND_CODES.get(service, set()) or code in set(not_found):
        return NotFound(f"{subject or service} not found ({service}.{operation}: {code})")
    return AwsError(service, operation, code, error_message(exc))


@contextmanager
def aws_call(service: str, operation: str, subject: str = "", not_found: Iterable[str] = ()):
    """`with aws_call("s3", "GetObject", uri): ...` raises NotFound / AwsError chained to the cause."""
    from botocore.exceptions import ClientError

    try:
        yield
    except ClientError as exc:
        raise translate(exc, service, operation, subject, not_found) from exc
