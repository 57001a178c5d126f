"""Shared inputs and misbehaving converters for the batch tests (module-level, so worker
processes can import them by name)."""
from __future__ import annotations

import os
import time
from pathlib import Path

from leapc.convert import convert_file

GOOD = "SELECT a, b FROM db1.t1 WHERE a > 1;\nINSERT INTO db1.t2 SELECT a, b FROM db1.t1;\n"
WARN = ".FOO bar\nSELECT 1;\n"
BAD = "SELECT a FROM db1.t1;\nSELECT FROM WHERE;\n"


def make_tree(root: Path, n_good: int = 3) -> Path:
    src = root / "src"
    (src / "sub" / "deeper").mkdir(parents=True)
    for i in range(n_good):
        (src / f"good{i}.sql").write_text(GOOD.replace("t1", f"t{i + 10}"))
    (src / "sub" / "job.bteq").write_text(".LOGON x/y,z;\nSELECT 1;\n.IF ERRORCODE <> 0 THEN .QUIT 8;\n.QUIT 0;\n")
    (src / "sub" / "deeper" / "load.btq").write_text("DELETE FROM db1.t1 WHERE a = 1;\n")
    (src / "sub" / "run.ksh").write_text("SELECT 2;\n")
    (src / "notes.txt").write_text("not a script")
    return src


def sleepy_convert(source, relative, target, options):
    if "SLEEP" in Path(source).read_text():
        time.sleep(60)
    return convert_file(source, relative, target, options)


def crashing_convert(source, relative, target, options):
    if "CRASH" in Path(source).read_text():
        os._exit(3)
    return convert_file(source, relative, target, options)


def raising_convert(source, relative, target, options):
    if "RAISE" in Path(source).read_text():
        raise RuntimeError("boom")
    return convert_file(source, relative, target, options)
