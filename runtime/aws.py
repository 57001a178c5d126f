"""One place that makes boto3 clients: region, endpoint (moto in tests) and assumed roles."""
from __future__ import annotations

import os
import threading
from typing import Any

from wmg.errors import ConfigError


class AwsContext:
    """Region, credentials and endpoint for every AWS client the runtime makes.

    botocore's own AWS_ENDPOINT_URL[_<SERVICE>] variables are honoured, which is how tests reach
    moto's server; `endpoint_url` overrides them for every service."""

    def __init__(self, region: str | None = None, *, profile: str | None = None,
                 endpoint_url: str | None = None, credentials: dict[str, str] | None = None) -> None:
        self.region = region or os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION")
        if not self.region:
            raise ConfigError("AWS region: pass region= or set AWS_REGION / AWS_DEFAULT_REGION")
        self.profile = profile
        self.endpoint_url = endpoint_url
        self._credentials = dict(credentials or {})
        self._clients: dict[str, Any] = {}
        self._lock = threading.Lock()
        self._session = None

    def __repr__(self) -> str:  # credentials never appear in logs
        return f"AwsContext(region={self.region!r}, profile={self.profile!r}, endpoint_url={self.endpoint_url!r})"

    def session(self):
        import boto3

        with self._lock:
            if self._session is None:
                self._session = boto3.session.Session(region_name=self.region, profile_name=self.profile,
                                                      **self._credentials)
            return self._session

    def client(self, service: str):
        """A cached boto3 client for `service` (clients are thread-safe; creation is not)."""
        session = self.session()
        with self._lock:
            if service not in self._clients:
                kwargs = {"endpoint_url": self.endpoint_url} if self.endpoint_url else {}
                self._clients[service] = session.client(service, **kwargs)
            return self._clients[service]

    def assume_role(self, role_arn: str, session_name: str = "wmg", duration_s: int = 3600) -> "AwsContext":
        """A new context acting as `role_arn` (cross-account access through STS)."""
        creds = self.client("sts").assume_role(RoleArn=role_arn, RoleSessionName=session_name,
                                               DurationSeconds=duration_s)["Credentials"]
        return AwsContext(self.region, endpoint_url=self.endpoint_url, credentials={
            "aws_access_key_id": creds["AccessKeyId"],
            "aws_secret_access_key": creds["SecretAccessKey"],
            "aws_session_token": creds["SessionToken"],
        })
