"""wmg.sqs against moto's server over HTTP."""
from __future__ import annotations

import time

import pytest

from wmg import sqs as sqsmod
from wmg.aws import AwsContext
from wmg.errors import AwsError, NotFound, PartialFailure
from wmg.sqs import OutgoingMessage, Sqs

pytestmark = pytest.mark.moto


@pytest.fixture
def sqs(moto):
    return Sqs(AwsContext())


def make_queue(sqs, name, **attrs):
    return sqs.client.create_queue(QueueName=name, Attributes={k: str(v) for k, v in attrs.items()})["QueueUrl"]


def test_send_receive_attributes_and_delete(sqs):
    url = make_queue(sqs, "q1")
    assert sqs.queue_url("q1") == url
    r = sqs.send(url, {"a": 1}, attributes={"n": 5, "s": "x", "b": b"\x01", "j": [1, 2], "f": True})
    assert r.message_id and r.md5_of_body
    sqs.send(url, "plain")
    got = sqs.receive(url, max_messages=10, visibility_timeout=0)
    bodies = {m.body: m for m in got}
    assert set(bodies) == {'{"a": 1}', "plain"}
    m = bodies['{"a": 1}']
    assert m.parsed_body == {"a": 1} and bodies["plain"].parsed_body is None
    assert m.message_attributes["n"] == {"StringValue": "5", "DataType": "Number"}
    assert m.message_attributes["b"]["BinaryValue"] == b"\x01"
    assert m.message_attributes["j"]["StringValue"] == "[1, 2]"
    assert "SentTimestamp" in m.attributes
    for msg in got:
        sqs.delete(url, msg.receipt_handle)
    assert sqs.attributes(url)["ApproximateNumberOfMessages"] == 0


def test_receive_delete_true_uses_batch_delete(sqs):
    url = make_queue(sqs, "q2")
    sqs.send_batch(url, [f"m{i}" for i in range(4)])
    got = sqs.receive(url, max_messages=10, delete=True)
    assert sorted(m.body for m in got) == ["m0", "m1", "m2", "m3"]
    attrs = sqs.attributes(url)
    assert attrs["ApproximateNumberOfMessages"] == 0 and attrs["ApproximateNumberOfMessagesNotVisible"] == 0
    assert isinstance(attrs["VisibilityTimeout"], int) and isinstance(attrs["QueueArn"], str)


def test_long_poll_really_waits(sqs):
    url = make_queue(sqs, "q3")
    t0 = time.monotonic()
    assert sqs.receive(url, wait_seconds=1) == []
    assert time.monotonic() - t0 >= 0.9


def test_send_batch_splits_by_count_and_size(sqs, monkeypatch):
    url = make_queue(sqs, "q4")
    calls = []
    real = sqs.client.send_message_batch
    monkeypatch.setattr(sqs.client, "send_message_batch", lambda **kw: calls.append(len(kw["Entries"])) or real(**kw))
    out = sqs.send_batch(url, [f"m{i}" for i in range(23)])
    assert calls == [10, 10, 3] and len(out) == 23 and len({r.message_id for r in out}) == 23
    calls.clear()
    big = "x" * (100 * 1024)
    sqs.send_batch(url, [big, big, big, "small"])  # 3 x 100 KiB exceed 256 KiB in one request
    assert calls == [2, 2]
    with pytest.raises(ValueError, match="limit"):
        sqs.send_batch(url, ["y" * (256 * 1024 + 1)])
    assert sqs.attributes(url)["ApproximateNumberOfMessages"] == 27


def test_send_batch_entry_failures_raise_partial_failure(sqs, monkeypatch):
    url = make_queue(sqs, "q5")
    monkeypatch.setattr(sqsmod, "MAX_DELAY", 10_000)  # let an invalid delay reach SQS, which rejects that entry
    with pytest.raises(PartialFailure) as ei:
        sqs.send_batch(url, ["ok1", OutgoingMessage("bad", delay_seconds=901), "ok2"])
    assert len(ei.value.exceptions) == 1 and isinstance(ei.value.exceptions[0], AwsError)
    assert len(ei.value.successes) == 2


def test_fifo_queue(sqs):
    url = make_queue(sqs, "q6.fifo", FifoQueue="true", ContentBasedDeduplication="true")
    assert sqs.send(url, "a", group_id="g").message_id  # (moto omits SequenceNumber on SendMessage)
    sqs.send(url, "a", group_id="g")  # deduplicated by content
    res = sqs.send_batch(url, [OutgoingMessage("b", group_id="g", dedup_id="1"),
                               OutgoingMessage("c", group_id="g", dedup_id="2")])
    assert all(x.sequence_number for x in res)
    got = sqs.receive(url, max_messages=10, delete=True)
    assert [m.body for m in got] == ["a", "b", "c"]


def test_out_of_range_values_raise(sqs):
    url = make_queue(sqs, "q7")
    for kwargs in ({"max_messages": 11}, {"max_messages": 0}, {"wait_seconds": 21}, {"visibility_timeout": -1}):
        with pytest.raises(ValueError):
            sqs.receive(url, **kwargs)
    with pytest.raises(ValueError):
        sqs.send(url, "x", delay_seconds=901)
    with pytest.raises(ValueError):
        sqs.list_queues(limit=0)


def test_missing_queue_is_not_found(sqs):
    with pytest.raises(NotFound):
        sqs.queue_url("nope")
    url = make_queue(sqs, "gone")
    sqs.client.delete_queue(QueueUrl=url)
    with pytest.raises(NotFound):
        sqs.send(url, "x")


def test_list_queues_paginates_and_limits(sqs):
    for i in range(12):
        make_queue(sqs, f"lq-{i:02d}")
    make_queue(sqs, "other")
    urls = sqs.list_queues("lq-")
    assert len(urls) == 12 and all("/lq-" in u for u in urls)
    assert len(sqs.list_queues()) == 13
    assert len(sqs.list_queues("lq-", limit=5)) == 5
    pages = list(sqs.client.get_paginator("list_queues").paginate(QueueNamePrefix="lq-", MaxResults=5))
    assert len(pages) == 3  # the server really pages (list_queues follows NextToken)


def test_purge(sqs):
    # Purged once only: SQS (and moto) refuse a second purge of a queue within 60 s.
    url = make_queue(sqs, "purge-me")
    sqs.send_batch(url, ["x", "y"])
    sqs.purge(url)
    assert sqs.attributes(url, ["ApproximateNumberOfMessages"]) == {"ApproximateNumberOfMessages": 0}
    with pytest.raises(NotFound):
        sqs.purge(url + "-missing")
