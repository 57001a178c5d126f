"""Dialects are plugins: a third-party package registers one in the `leapc.dialects` entry-point
group and leapc finds it without any change to leapc itself."""
from __future__ import annotations

import sys
import textwrap

from click.testing import CliRunner

from leapc import registry
from leapc.cli import main
from leapc.convert import convert_text


def test_builtin_dialects_come_from_entry_points():
    assert {"teradata", "redshift", "pyspark"} <= set(registry.dialects())
    assert set(registry.targets()) >= {"pyspark", "redshift"}


def test_a_third_party_target_registers_without_editing_leapc(tmp_path, monkeypatch):
    package = tmp_path / "upper_target.py"
    package.write_text(textwrap.dedent('''
        class UpperTarget:
            name = "upper"
            description = "every statement upper-cased (a test plugin)"

            def emit(self, script, ctx):
                return {".txt": "\\n".join(s.source.upper() for s in script.statements) + "\\n"}

        TARGET = UpperTarget()
    '''))
    dist = tmp_path / "upper_target-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: upper-target\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[leapc.dialects]\nupper = upper_target:TARGET\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    registry.dialects.cache_clear()
    try:
        assert "upper" in registry.dialects()
        outputs, _ = convert_text("sel a from t;", "x.sql", "upper")
        assert outputs == {".txt": "SEL A FROM T\n"}
        result = CliRunner().invoke(main, ["dialects"])
        assert "upper" in result.output and "target" in result.output
    finally:
        registry.dialects.cache_clear()
        sys.modules.pop("upper_target", None)


def test_passes_command_lists_every_pass_with_targets():
    result = CliRunner().invoke(main, ["passes", "--target", "pyspark"])
    assert result.exit_code == 0
    assert "qualify_to_derived_table" in result.output and "integer_division" in result.output
    assert "cast_to_integer_truncates" not in result.output  # a Redshift-only pass
