"""wmg.notify.send_smtp against a tiny SMTP server on loopback (stdlib sockets, one thread)."""
from __future__ import annotations

import email
import socket
import threading
from email import policy

import pytest

from wmg.aws import AwsContext
from wmg.errors import ConfigError, NotFound
from wmg.notify import send_smtp
from wmg.s3 import S3


class TinySmtp:
    """Accepts every message: records (MAIL FROM, RCPT TO list, DATA) per message."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.messages: list[tuple[str, list[str], bytes]] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn, conn.makefile("rb") as rf:
                send = lambda s: conn.sendall(s.encode() + b"\r\n")  # noqa: E731
                send("220 tiny ESMTP")
                sender, rcpts = "", []
                while True:
                    line = rf.readline()
                    if not line:
                        break
                    cmd = line.decode().strip()
                    up = cmd.upper()
                    if up.startswith(("EHLO", "HELO")):
                        send("250 tiny")
                    elif up.startswith("MAIL FROM:"):
                        sender, rcpts = cmd[10:].strip(" <>"), []
                        send("250 OK")
                    elif up.startswith("RCPT TO:"):
                        rcpts.append(cmd[8:].strip(" <>"))
                        send("250 OK")
                    elif up == "DATA":
                        send("354 go ahead")
                        data = b""
                        while (chunk := rf.readline()) not in (b".\r\n", b""):
                            data += chunk[1:] if chunk.startswith(b"..") else chunk
                        self.messages.append((sender, rcpts, data))
                        send("250 queued")
                    elif up == "QUIT":
                        send("221 bye")
                        break
                    else:
                        send("250 OK")

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def smtp():
    server = TinySmtp()
    yield server
    server.close()


def test_send_plain_with_cc_bcc_and_local_attachment(smtp, tmp_path):
    att = tmp_path / "report.csv"
    att.write_text("a,b\n1,2\n")
    mid = send_smtp(sender="etl@example.com", to="ops@example.com; dev@example.com", cc=["lead@example.com"],
                    bcc="audit@example.com", subject="Job done", body="All good.\n.\nend", host="127.0.0.1",
                    port=smtp.port, attachments=[att])
    (sender, rcpts, data), = smtp.messages
    assert sender == "etl@example.com"
    assert rcpts == ["ops@example.com", "dev@example.com", "lead@example.com", "audit@example.com"]
    msg = email.message_from_bytes(data, policy=policy.default)
    assert msg["Subject"] == "Job done" and msg["Message-ID"] == mid
    assert msg["Cc"] == "lead@example.com" and msg["Bcc"] is None
    assert msg.get_body(("plain",)).get_content().replace("\r\n", "\n") == "All good.\n.\nend\n"
    (part,) = list(msg.iter_attachments())
    assert part.get_filename() == "report.csv" and part.get_content() == "a,b\n1,2\n"


def test_send_html_with_s3_attachment(smtp, moto):
    s3 = S3(AwsContext())
    s3.client.create_bucket(Bucket="mail")
    s3.write_bytes("s3://mail/out/data.bin", b"\x00\x01")
    send_smtp(sender="etl@example.com", to=["x@example.com"], subject="html", body="<b>hi</b>",
              html=True, host="127.0.0.1", port=smtp.port, attachments=["s3://mail/out/data.bin"], s3=s3)
    msg = email.message_from_bytes(smtp.messages[0][2], policy=policy.default)
    assert msg.get_body(("html",)).get_content().strip() == "<b>hi</b>"
    (part,) = list(msg.iter_attachments())
    assert part.get_filename() == "data.bin" and part.get_content() == b"\x00\x01"


def test_errors(smtp, tmp_path):
    with pytest.raises(ConfigError):
        send_smtp(sender="a@b.c", to=[], subject="s", body="b", host="127.0.0.1", port=smtp.port)
    with pytest.raises(NotFound):
        send_smtp(sender="a@b.c", to="x@y.z", subject="s", body="b", host="127.0.0.1", port=smtp.port,
                  attachments=[tmp_path / "missing.txt"])
    assert smtp.messages == []
    with pytest.raises(OSError):  # nothing listens there
        free = socket.create_server(("127.0.0.1", 0))
        port = free.getsockname()[1]
        free.close()
        send_smtp(sender="a@b.c", to="x@y.z", subject="s", body="b", host="127.0.0.1", port=port, timeout_s=2)
