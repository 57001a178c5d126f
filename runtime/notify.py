"""E-mail notifications over SMTP or SES v2 (attachments from local paths or s3:// URIs)."""
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


def _attachment_parts(attachments: Iterable[str], s3) -> list[tuple[str, bytes]]:
    out = []
    for item in attachments:
        item = str(item)
        if item.startswith(("s3://", "s3a://")):
            from wmg.s3 import S3, S3Uri

            out.append((S3Uri.parse(item).name, (s3 or S3()).read_bytes(item)))
        else:
            p = Path(item)
            if not p.is_file():
                raise NotFound(f"attachment {p} not found")
            out.append((p.name, p.read_bytes()))
    return out


def build_message(*, sender: str, to: Sequence[str], cc: Sequence[str], subject: str, body: str,
                  attachments: Sequence[tuple[str, bytes]] = (), html: bool = False,
                  reply_to: Sequence[str] = ()) -> EmailMessage:
    """The MIME message send_smtp and send_ses send (Bcc is never a header)."""
    msg = EmailMessage()
    msg["From"], msg["Subject"] = sender, subject
    if to:
        msg["To"] = ", ".join(to)
    if cc:
        msg["Cc"] = ", ".join(cc)
    if reply_to:
        msg["Reply-To"] = ", ".join(reply_to)
    msg["Message-ID"] = make_msgid(domain=sender.rsplit("@", 1)[-1] if "@" in sender else None)
    msg.set_content(body, subtype="html" if html else "plain")
    for name, data in attachments:
        ctype = mimetypes.guess_type(name)[0] or "application/octet-stream"
        maintype, subtype = ctype.split("/", 1)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg


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
    msg = build_message(sender=sender, to=rcpt_to, cc=rcpt_cc, subject=subject, body=body,
                        attachments=_attachment_parts(attachments, s3), html=html)
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


SES_MAX_RAW_BYTES = 40 * 1024 * 1024      # SES v2 limit for a raw message, after MIME encoding
SES_MAX_RECIPIENTS = 50


def send_ses(*, sender: str, to: str | Sequence[str], subject: str, body: str, cc: str | Sequence[str] = (),
             bcc: str | Sequence[str] = (), attachments: Iterable[str] = (), html: bool = False,
             reply_to: str | Sequence[str] = (), configuration_set: str | None = None, aws=None,
             s3=None) -> str:
    """Send one message through SES v2 SendEmail; returns SES's MessageId.

    Without attachments the message is Simple content (UTF-8 subject and text or HTML body); with
    attachments (local paths or s3:// URIs) it is a raw MIME message built like send_smtp's, with
    Bcc only in the envelope.  Raises ConfigError (no recipient, more than 50, a raw message over
    40 MiB), NotFound (a missing attachment) or AwsError (e.g. MessageRejected for an unverified
    sender) before or instead of a partial send."""
    from wmg._awscall import aws_call

    attachments = [str(a) for a in attachments]
    rcpt_to, rcpt_cc, rcpt_bcc = _addresses(to), _addresses(cc), _addresses(bcc)
    replies = _addresses(reply_to)
    if not rcpt_to and not rcpt_cc and not rcpt_bcc:
        raise ConfigError("send_ses: no recipient (to, cc or bcc)")
    if len(rcpt_to) + len(rcpt_cc) + len(rcpt_bcc) > SES_MAX_RECIPIENTS:
        raise ConfigError(f"send_ses: at most {SES_MAX_RECIPIENTS} recipients per message")
    if not sender:
        raise ConfigError("send_ses: sender is required")
    if aws is None:
        from wmg.aws import AwsContext

        aws = AwsContext()
    parts = _attachment_parts(attachments, s3 if s3 is not None else _s3_for(aws, attachments))
    destination = {k: v for k, v in (("ToAddresses", rcpt_to), ("CcAddresses", rcpt_cc),
                                     ("BccAddresses", rcpt_bcc)) if v}
    request: dict = {"FromEmailAddress": sender, "Destination": destination}
    if replies:
        request["ReplyToAddresses"] = replies
    if configuration_set:
        request["ConfigurationSetName"] = configuration_set
    if parts:
        raw = build_message(sender=sender, to=rcpt_to, cc=rcpt_cc, subject=subject, body=body,
                            attachments=parts, html=html, reply_to=replies).as_bytes()
        if len(raw) > SES_MAX_RAW_BYTES:
            raise ConfigError(f"send_ses: message is {len(raw)} bytes, SES accepts at most {SES_MAX_RAW_BYTES}")
        request["Content"] = {"Raw": {"Data": raw}}
    else:
        request["Content"] = {"Simple": {
            "Subject": {"Data": subject, "Charset": "UTF-8"},
            "Body": {("Html" if html else "Text"): {"Data": body, "Charset": "UTF-8"}}}}
    with aws_call("sesv2", "SendEmail", f"mail from {sender}"):
        message_id = aws.client("sesv2").send_email(**request)["MessageId"]
    log.info("sent mail %r through SES (%s) to %d recipient(s)", subject, message_id,
             len(rcpt_to) + len(rcpt_cc) + len(rcpt_bcc))
    return message_id


def _s3_for(aws, attachments) -> object | None:
    if any(str(a).startswith(("s3://", "s3a://")) for a in attachments):
        from wmg.s3 import S3

        return S3(aws)
    return None
