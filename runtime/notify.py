"""E-mail notifications over SMTP (attachments from local paths or s3:// URIs)."""
from __future__ import annotations

import logging
import mimetypes
import smtplib
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path
from typing import Iterable, Sequence

from wmg.errors import ConfigError, NotFound

log = logging.getLogger("wmg.notify")


def _addresses(value: str | Sequence[str] | None) -> list[str]:
    if not value:
        return []
    if isinstance(value, str):
        return [a.strip() for a in value.replace(";", ",").split(",") if a.strip()]
    return [a.strip() for a in value if a and a.strip()]


def send_smtp(*, sender: str, to: str | Sequence[str], subject: str, body: str, host: str, port: int = 25,
              cc: str | Sequence[str] = (), bcc: str | Sequence[str] = (), attachments: Iterable[str] = (),
              html: bool = False, starttls: bool = False, username: str | None = None,
              password: str | None = None, timeout_s: float = 30, s3=None) -> str:
    """Send one message; returns its Message-ID.  `to`/`cc`/`bcc` take a list or a comma- or
    semicolon-separated string; Bcc recipients get the mail but no header.  Attachments are local
    paths or s3:// URIs (read through `s3`, default wmg.s3.S3()).  Raises ConfigError without a
    recipient, NotFound for a missing attachment, smtplib.SMTPException on delivery errors."""
    rcpt_to, rcpt_cc, rcpt_bcc = _addresses(to), _addresses(cc), _addresses(bcc)
    if not rcpt_to and not rcpt_cc and not rcpt_bcc:
        raise ConfigError("send_smtp: no recipient (to, cc or bcc)")
    if not sender:
        raise ConfigError("send_smtp: sender is required")
    msg = EmailMessage()
    msg["From"], msg["Subject"] = sender, subject
    if rcpt_to:
        msg["To"] = ", ".join(rcpt_to)
    if rcpt_cc:
        msg["Cc"] = ", ".join(rcpt_cc)
    msg["Message-ID"] = make_msgid(domain=sender.rsplit("@", 1)[-1] if "@" in sender else None)
    msg.set_content(body, subtype="html" if html else "plain")
    for item in attachments:
        item = str(item)
        if item.startswith(("s3://", "s3a://")):
            from wmg.s3 import S3, S3Uri

            data, name = (s3 or S3()).read_bytes(item), S3Uri.parse(item).name
        else:
            p = Path(item)
            if not p.is_file():
                raise NotFound(f"attachment {p} not found")
            data, name = p.read_bytes(), p.name
        ctype = mimetypes.guess_type(name)[0] or "application/octet-stream"
        maintype, subtype = ctype.split("/", 1)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    with smtplib.SMTP(host, port, timeout=timeout_s) as smtp:
        if starttls:
            smtp.starttls()
        if username:
            smtp.login(username, password or "")
        refused = smtp.send_message(msg, from_addr=sender, to_addrs=rcpt_to + rcpt_cc + rcpt_bcc)
    if refused:
        log.warning("SMTP server refused %d recipient(s): %s", len(refused), sorted(refused))
    log.info("sent mail %r to %d recipient(s)", subject, len(rcpt_to + rcpt_cc + rcpt_bcc) - len(refused))
    return msg["Message-ID"]
