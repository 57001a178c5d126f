"""moto in server mode, with one patch: a Glue job run started with `--simulate_failure MSG`
ends FAILED with ErrorMessage MSG (moto itself only models successful runs).

Usage: python moto_launcher.py PORT.  Depends on moto's private FakeJobRun, hence the pin on moto.
"""
import signal
import sys
import threading

from moto.glue import models as glue_models
from moto.server import ThreadedMotoServer

_init, _as_dict = glue_models.FakeJobRun.__init__, glue_models.FakeJobRun.as_dict


def __init__(self, *a, **kw):
    _init(self, *a, **kw)
    args = kw.get("arguments") or {}
    if "--simulate_failure" in args:
        self._transitions = [("STARTING", "RUNNING"), ("RUNNING", "FAILED")]
        self.error_message = args["--simulate_failure"]


def as_dict(self):
    d = _as_dict(self)
    if getattr(self, "error_message", None) and d["JobRunState"] == "FAILED":
        d["ErrorMessage"] = self.error_message
    return d


glue_models.FakeJobRun.__init__, glue_models.FakeJobRun.as_dict = __init__, as_dict

if __name__ == "__main__":
    srv = ThreadedMotoServer(ip_address="127.0.0.1", port=int(sys.argv[1]), verbose=False)
    srv.start()
    stop = threading.Event()
    for s in (signal.SIGTERM, signal.SIGINT):
        signal.signal(s, lambda *_: stop.set())
    stop.wait()
    srv.stop()
