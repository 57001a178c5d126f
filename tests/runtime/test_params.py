"""wmg.params and wmg.util helpers."""
from __future__ import annotations

import sys

import pytest

from wmg.errors import ConfigError
from wmg.params import flatten, load_param_module, read_json, read_priorities
from wmg.util import (CommandFailed, CommandTimeout, instantiate, is_int, load_object, parse_bool, run_command,
                      run_in_order)


def test_flatten():
    assert flatten({"a": {"b": 1, "c": {"d": [1, 2]}}, "e": {}, "f": None}) == {
        "a.b": 1, "a.c.d": [1, 2], "e": {}, "f": None}
    assert flatten({"a": {"b": 1}}, sep="/") == {"a/b": 1}


@pytest.mark.parametrize("text, value", [("1", True), ("0", False), (" YES ", True), ("n", False), ("T", True),
                                         ("false", False), ("On", True), ("off", False), (True, True), (0, False)])
def test_parse_bool(text, value):
    assert parse_bool(text) is value


def test_parse_bool_rejects_garbage_and_is_int():
    for bad in ("maybe", "", None, 2, "truee"):
        with pytest.raises(ConfigError):
            parse_bool(bad)
        assert parse_bool(bad, default=None) is None
    assert [is_int(x) for x in ("12", " -3 ", "1.5", "x", 7, True)] == [True, True, False, False, True, False]


def test_load_object_and_instantiate():
    import os.path

    assert load_object("os.path.join") is os.path.join
    assert load_object("os.path:join") is os.path.join
    assert load_object("wmg.errors.ConfigError") is ConfigError
    assert instantiate("collections.OrderedDict", a=1) == {"a": 1}
    with pytest.raises(ConfigError, match="nope"):
        load_object("os.path.nope")
    with pytest.raises(ConfigError):
        load_object("no_such_pkg_xyz.thing")
    assert run_in_order([lambda: 1, "os.getcwd"])[0] == 1


def test_run_command():
    r = run_command([sys.executable, "-c", "import sys; print('out'); print('err', file=sys.stderr)"])
    assert (r.returncode, r.stdout, r.stderr) == (0, "out\n", "err\n")
    with pytest.raises(CommandFailed) as info:
        run_command([sys.executable, "-c", "import sys; sys.stderr.write('bad'); sys.exit(3)"])
    assert info.value.result.returncode == 3 and "bad" in str(info.value)
    assert run_command([sys.executable, "-c", "raise SystemExit(2)"], check=False).returncode == 2
    with pytest.raises(CommandTimeout) as info:
        run_command([sys.executable, "-c", "import time; print('started', flush=True); time.sleep(10)"], timeout_s=0.5)
    assert "started" in info.value.stdout
    with pytest.raises(CommandFailed) as info:
        run_command(["/no/such/program"])
    assert info.value.result.returncode == 127
    with pytest.raises(ConfigError):
        run_command("echo hi")
    assert run_command(["cat"], input="a; b | c").stdout == "a; b | c"     # no shell involved


def test_files_and_param_modules(tmp_path, monkeypatch):
    (tmp_path / "p.json").write_text('{"a": 1}')
    assert read_json(str(tmp_path / "p.json")) == {"a": 1}
    (tmp_path / "bad.json").write_text("{")
    with pytest.raises(ConfigError):
        read_json(str(tmp_path / "bad.json"))
    (tmp_path / "deps.txt").write_text("# order\n2,job_c\n1, job_a\n1|job_b\n10 job_z\n")
    assert read_priorities(str(tmp_path / "deps.txt")) == {1: ["job_a", "job_b"], 2: ["job_c"], 10: ["job_z"]}
    (tmp_path / "bad.txt").write_text("x,y\n")
    with pytest.raises(ConfigError, match="bad.txt:1"):
        read_priorities(str(tmp_path / "bad.txt"))

    (tmp_path / "wmgtest_params.py").write_text("SRC_DB = 'base'\nBATCH = 10\n_private = 1\ndef f(): pass\n")
    (tmp_path / "wmgtest_params_prod.py").write_text("SRC_DB = 'prod'\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delenv("eng_app_environment", raising=False)
    assert load_param_module("wmgtest_params") == {"SRC_DB": "base", "BATCH": 10}
    monkeypatch.setenv("eng_app_environment", "prod")
    assert load_param_module("wmgtest_params") == {"SRC_DB": "prod", "BATCH": 10}
    assert load_param_module("wmgtest_params", "dev") == {"SRC_DB": "base", "BATCH": 10}
    with pytest.raises(ConfigError):
        load_param_module("wmgtest_absent", "dev")


def test_my_modules_import_with_only_stdlib_and_boto3():
    """pyspark, psycopg, the JDBC bridge and awsglue are imported lazily, inside functions."""
    import subprocess

    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('pyspark', 'psycopg', 'jaydebeapi', 'jpype', 'py4j', 'awsglue',\n"
        "                                  'teradatasql', 'pyarrow', 'pyodbc', 'openpyxl'):\n"
        "            raise ImportError('blocked ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "import wmg.sql, wmg.executor, wmg.jdbc, wmg.migration, wmg.elt, wmg.checkpoint, wmg.performance\n"
        "import wmg.params, wmg.util, wmg.redshift, wmg.io, wmg.migration_tasks\n"
        "from wmg.migration import read_tasks, run_migrations, DataMigrationStep\n"
        "print('ok')\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.stdout == "ok\n", r.stderr
