"""Amazon SQS helpers: send (single and batched), receive with long polling, delete, purge."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Iterable, Mapping

from wmg._awscall import aws_call
from wmg.errors import AwsError, PartialFailure

log = logging.getLogger("wmg.sqs")

MAX_BATCH_ENTRIES = 10
MAX_PAYLOAD = 256 * 1024          # bytes per message and per batch request
MAX_DELAY = 900
MAX_WAIT = 20
MAX_VISIBILITY = 43200


@dataclass(frozen=True)
class Message:
    message_id: str
    receipt_handle: str
    body: str
    md5_of_body: str | None = None
    attributes: Mapping[str, str] = field(default_factory=dict)
    message_attributes: Mapping[str, Any] = field(default_factory=dict)

    def __hash__(self) -> int:
        return hash((self.message_id, self.receipt_handle))

    @property
    def parsed_body(self) -> Any:
        """The body parsed as JSON, or None when it is not JSON (WMG's ParsedBody)."""
        try:
            return json.loads(self.body)
        except ValueError:
            return None


@dataclass(frozen=True)
class SendResult:
    message_id: str
    md5_of_body: str | None = None
    sequence_number: str | None = None
    md5_of_message_attributes: str | None = None


@dataclass(frozen=True)
class OutgoingMessage:
    """One entry of `send_batch` when it needs more than a body."""

    body: Any
    attributes: Mapping[str, Any] | None = None
    group_id: str | None = None
    dedup_id: str | None = None
    delay_seconds: int = 0


def _body_text(body: Any) -> str:
    if isinstance(body, str):
        return body
    if isinstance(body, bytes):
        return body.decode("utf-8")
    return json.dumps(body, default=str)


def _attribute(value: Any) -> dict:
    """SQS MessageAttributeValue with an inferred type (explicit {"DataType": ...} dicts pass through)."""
    if isinstance(value, Mapping) and "DataType" in value:
        return dict(value)
    if isinstance(value, bool):
        return {"DataType": "String", "StringValue": "true" if value else "false"}
    if isinstance(value, (int, float)):
        return {"DataType": "Number", "StringValue": repr(value) if isinstance(value, float) else str(value)}
    if isinstance(value, (bytes, bytearray)):
        return {"DataType": "Binary", "BinaryValue": bytes(value)}
    if isinstance(value, str):
        return {"DataType": "String", "StringValue": value}
    return {"DataType": "String", "StringValue": json.dumps(value, default=str)}


def _attr_size(name: str, attr: dict) -> int:
    value = attr.get("StringValue") or attr.get("BinaryValue") or b""
    return len(name.encode()) + len(attr["DataType"].encode()) + len(value if isinstance(value, bytes) else value.encode())


def _check_range(name: str, value: int | None, lo: int, hi: int) -> None:
    if value is not None and not (lo <= value <= hi):
        raise ValueError(f"{name} must be between {lo} and {hi}, got {value}")


def _number(text: str) -> Any:
    try:
        return int(text)
    except (TypeError, ValueError):
        return text


class Sqs:
    def __init__(self, aws=None) -> None:
        if aws is None:
            from wmg.aws import AwsContext

            aws = AwsContext()
        self.aws = aws

    @property
    def client(self):
        return self.aws.client("sqs")

    def _entry(self, msg: OutgoingMessage) -> tuple[dict, int]:
        _check_range("delay_seconds", msg.delay_seconds, 0, MAX_DELAY)
        body = _body_text(msg.body)
        entry: dict[str, Any] = {"MessageBody": body}
        size = len(body.encode("utf-8"))
        if msg.attributes:
            attrs = {k: _attribute(v) for k, v in msg.attributes.items()}
            entry["MessageAttributes"] = attrs
            size += sum(_attr_size(k, a) for k, a in attrs.items())
        if size > MAX_PAYLOAD:
            raise ValueError(f"message of {size} bytes exceeds SQS's {MAX_PAYLOAD}-byte limit")
        if msg.delay_seconds:
            entry["DelaySeconds"] = msg.delay_seconds
        if msg.group_id is not None:
            entry["MessageGroupId"] = msg.group_id
        if msg.dedup_id is not None:
            entry["MessageDeduplicationId"] = msg.dedup_id
        return entry, size

    def send(self, url: str, body: Any, *, attributes: Mapping[str, Any] | None = None,
             group_id: str | None = None, dedup_id: str | None = None, delay_seconds: int = 0) -> SendResult:
        """Send one message; a non-str body is sent as JSON; attribute types are inferred."""
        entry, _ = self._entry(OutgoingMessage(body, attributes, group_id, dedup_id, delay_seconds))
        with aws_call("sqs", "SendMessage", url):
            r = self.client.send_message(QueueUrl=url, **entry)
        return SendResult(r["MessageId"], r.get("MD5OfMessageBody"), r.get("SequenceNumber"),
                          r.get("MD5OfMessageAttributes"))

    def send_batch(self, url: str, messages: Iterable[Any]) -> list[SendResult]:
        """Send many messages in SendMessageBatch requests of at most 10 entries and 256 KiB.

        Items are bodies or `OutgoingMessage`s.  Results are in input order.  If any entry fails,
        raises `PartialFailure` (one AwsError per failed entry) whose `successes` are the results
        of the entries that were sent."""
        entries: list[tuple[dict, int]] = [
            self._entry(m if isinstance(m, OutgoingMessage) else OutgoingMessage(m)) for m in messages]
        chunks: list[list[int]] = []
        size = 0
        for i, (_, n) in enumerate(entries):
            if not chunks or len(chunks[-1]) == MAX_BATCH_ENTRIES or size + n > MAX_PAYLOAD:
                chunks.append([])
                size = 0
            chunks[-1].append(i)
            size += n
        results: dict[int, SendResult] = {}
        errors: list[Exception] = []
        for chunk in chunks:
            request = [dict(entries[i][0], Id=str(i)) for i in chunk]
            with aws_call("sqs", "SendMessageBatch", url):
                r = self.client.send_message_batch(QueueUrl=url, Entries=request)
            for ok in r.get("Successful", ()):
                results[int(ok["Id"])] = SendResult(ok["MessageId"], ok.get("MD5OfMessageBody"),
                                                    ok.get("SequenceNumber"), ok.get("MD5OfMessageAttributes"))
            for bad in r.get("Failed", ()):
                errors.append(AwsError("sqs", "SendMessageBatch", bad.get("Code", ""),
                                       f"entry {bad['Id']}: {bad.get('Message', '')}"))
        ordered = [results[i] for i in sorted(results)]
        if errors:
            raise PartialFailure(f"{len(errors)} of {len(entries)} messages were not sent to {url}",
                                 errors, ordered)
        log.info("sent %d message(s) in %d batch(es)", len(ordered), len(chunks))
        return ordered

    def receive(self, url: str, *, max_messages: int = 1, wait_seconds: int = 0,
                visibility_timeout: int | None = None, attribute_names: Iterable[str] = ("All",),
                message_attribute_names: Iterable[str] = ("All",), delete: bool = False) -> list[Message]:
        """Receive up to `max_messages` (1-10), long-polling up to `wait_seconds` (0-20).

        delete=True removes them with DeleteMessageBatch; if any delete fails, raises
        PartialFailure whose `successes` are all received messages."""
        _check_range("max_messages", max_messages, 1, 10)
        _check_range("wait_seconds", wait_seconds, 0, MAX_WAIT)
        _check_range("visibility_timeout", visibility_timeout, 0, MAX_VISIBILITY)
        kwargs: dict[str, Any] = {"QueueUrl": url, "MaxNumberOfMessages": max_messages,
                                  "WaitTimeSeconds": wait_seconds,
                                  "MessageSystemAttributeNames": list(attribute_names),
                                  "MessageAttributeNames": list(message_attribute_names)}
        if visibility_timeout is not None:
            kwargs["VisibilityTimeout"] = visibility_timeout
        with aws_call("sqs", "ReceiveMessage", url):
            r = self.client.receive_message(**kwargs)
        msgs = [Message(m["MessageId"], m["ReceiptHandle"], m.get("Body", ""), m.get("MD5OfBody"),
                        MappingProxyType(dict(m.get("Attributes", {}))),
                        MappingProxyType(dict(m.get("MessageAttributes", {})))) for m in r.get("Messages", ())]
        if delete and msgs:
            self.delete_batch(url, [m.receipt_handle for m in msgs], received=msgs)
        return msgs

    def delete(self, url: str, receipt_handle: str) -> None:
        with aws_call("sqs", "DeleteMessage", url):
            self.client.delete_message(QueueUrl=url, ReceiptHandle=receipt_handle)

    def delete_batch(self, url: str, receipt_handles: Iterable[str], *, received=None) -> int:
        """Delete many messages by receipt handle (DeleteMessageBatch, 10 per request)."""
        handles = list(receipt_handles)
        errors = []
        for lo in range(0, len(handles), MAX_BATCH_ENTRIES):
            chunk = handles[lo:lo + MAX_BATCH_ENTRIES]
            with aws_call("sqs", "DeleteMessageBatch", url):
                r = self.client.delete_message_batch(
                    QueueUrl=url, Entries=[{"Id": str(lo + i), "ReceiptHandle": h} for i, h in enumerate(chunk)])
            errors += [AwsError("sqs", "DeleteMessageBatch", f.get("Code", ""), f"entry {f['Id']}: {f.get('Message', '')}")
                       for f in r.get("Failed", ())]
        if errors:
            raise PartialFailure(f"{len(errors)} of {len(handles)} deletes failed on {url}", errors,
                                 received if received is not None else [])
        return len(handles)

    def purge(self, url: str) -> None:
        """PurgeQueue (asynchronous in SQS; allowed once per 60 s per queue)."""
        with aws_call("sqs", "PurgeQueue", url):
            self.client.purge_queue(QueueUrl=url)

    def queue_url(self, name: str, *, owner_account_id: str | None = None) -> str:
        kwargs = {"QueueName": name}
        if owner_account_id:
            kwargs["QueueOwnerAWSAccountId"] = owner_account_id
        with aws_call("sqs", "GetQueueUrl", f"queue {name}"):
            return self.client.get_queue_url(**kwargs)["QueueUrl"]

    def list_queues(self, prefix: str | None = None, *, limit: int | None = None) -> list[str]:
        """Queue URLs (every page; WMG stopped at 1000), at most `limit` if given."""
        if limit is not None and limit < 1:
            raise ValueError(f"limit must be positive, got {limit}")
        kwargs: dict[str, Any] = {"MaxResults": 1000}
        if prefix:
            kwargs["QueueNamePrefix"] = prefix
        urls: list[str] = []
        paginator = self.client.get_paginator("list_queues")
        with aws_call("sqs", "ListQueues", "queues"):
            for page in paginator.paginate(**kwargs):
                urls += page.get("QueueUrls", [])
                if limit is not None and len(urls) >= limit:
                    return urls[:limit]
        return urls

    def attributes(self, url: str, names: Iterable[str] = ("All",)) -> dict[str, Any]:
        """Queue attributes; numeric values as int (e.g. ApproximateNumberOfMessages)."""
        with aws_call("sqs", "GetQueueAttributes", url):
            r = self.client.get_queue_attributes(QueueUrl=url, AttributeNames=list(names))
        return {k: _number(v) for k, v in r.get("Attributes", {}).items()}

