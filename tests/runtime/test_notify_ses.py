"""wmg.notify.send_ses against moto's server (SES v2 SendEmail, Simple and Raw MIME content)."""
from __future__ import annotations

import email
import json
import urllib.request

import pytest

from wmg.errors import AwsError, ConfigError, NotFound
from wmg.notify import send_ses


def _sent(endpoint: str) -> dict:
    """What moto's server stored (its model dump over HTTP: the only way to read a sent mail back)."""
    data = json.load(urllib.request.urlopen(f"{endpoint}/moto-api/data.json", timeout=10))
    return data["ses"]


def test_send_ses_simple_and_raw_with_s3_attachment(moto, tmp_path):
    import boto3

    with pytest.raises(AwsError) as info:                     # unverified sender: SES refuses
        send_ses(sender="etl@example.com", to="ops@example.com", subject="s", body="b")
    assert info.value.code == "MessageRejected"

    boto3.client("sesv2").create_email_identity(EmailIdentity="etl@example.com")
    mid = send_ses(sender="etl@example.com", to="ops@example.com; dev@example.com", subject="Load done ✓",
                   body="<b>42 rows</b>", html=True)
    simple = _sent(moto)["Message"]
    assert [m["id"] for m in simple] == [mid]
    assert simple[0]["subject"] == "Load done ✓" and simple[0]["body"] == "<b>42 rows</b>"
    assert simple[0]["destinations"] == {"ToAddresses": ["ops@example.com", "dev@example.com"]}

    s3 = boto3.client("s3")
    s3.create_bucket(Bucket="reports")
    payload = bytes(range(256)) * 100                         # binary: must survive base64 MIME
    s3.put_object(Bucket="reports", Key="daily/summary.csv", Body=b"a,b\n1,2\n")
    s3.put_object(Bucket="reports", Key="daily/blob.bin", Body=payload)
    local = tmp_path / "notes.txt"
    local.write_text("local attachment\n")
    mid2 = send_ses(sender="etl@example.com", to=["ops@example.com"], cc="lead@example.com",
                    bcc="audit@example.com", subject="Daily report", body="see attached",
                    attachments=["s3://reports/daily/summary.csv", "s3://reports/daily/blob.bin", str(local)],
                    reply_to="noreply@example.com")
    raw = _sent(moto)["RawMessage"]
    assert [m["id"] for m in raw] == [mid2]
    assert "audit@example.com" in raw[0]["destinations"]        # Bcc in the envelope...
    msg = email.message_from_string(raw[0]["raw_data"])
    assert "audit@example.com" not in str(msg)                  # ...and never in the headers
    assert (msg["To"], msg["Cc"], msg["Reply-To"], msg["Subject"]) == (
        "ops@example.com", "lead@example.com", "noreply@example.com", "Daily report")
    parts = {p.get_filename(): p.get_payload(decode=True) for p in msg.walk() if p.get_filename()}
    assert parts == {"summary.csv": b"a,b\n1,2\n", "blob.bin": payload, "notes.txt": b"local attachment\n"}
    # (SentLast24Hours is not checked: moto counts the To/Cc of a raw message twice, envelope + headers)

    with pytest.raises(NotFound):
        send_ses(sender="etl@example.com", to="ops@example.com", subject="s", body="b",
                 attachments=["s3://reports/daily/missing.csv"])
    with pytest.raises(ConfigError):
        send_ses(sender="etl@example.com", to="", subject="s", body="b")
    with pytest.raises(ConfigError):
        send_ses(sender="etl@example.com", to=[f"u{i}@example.com" for i in range(51)], subject="s", body="b")
    assert len(_sent(moto)["RawMessage"]) == 1                  # nothing partial was sent
