"""Calendar functions, REGEXP_* forms and legacy QUANTILE / RESET WHEN: rewritten exactly or
reported (LEAPC-E003), never passed through."""
from __future__ import annotations

import pytest

from leapc.convert import convert_text

DDL = "CREATE TABLE t (d DATE, ts TIMESTAMP(0), s VARCHAR(20), g INTEGER, v INTEGER);\n"


def convert(sql: str, target: str):
    outputs, script = convert_text(DDL + sql, "x.sql", target)
    text = outputs.get(".sql") or outputs.get(".py")
    codes = [d.code for d in script.diagnostics.items]
    return text, codes


@pytest.mark.parametrize("target", ["redshift", "pyspark"])
def test_calendar_functions_are_rewritten(target):
    text, codes = convert("SELECT TD_DAY_OF_WEEK(d), WEEKNUMBER_OF_YEAR(d, 'ISO'), TD_SYSFNLIB.TD_MONTH_BEGIN(d),"
                          " DAYOFMONTH(d), TD_YEAR_OF_CALENDAR(ts) FROM t;", target)
    assert "LEAPC-E003" not in codes
    for name in ("TD_DAY_OF_WEEK", "WEEKNUMBER_OF_YEAR", "TD_MONTH_BEGIN", "TD_SYSFNLIB", "DAY_OF_MONTH"):
        assert name not in text.upper()


@pytest.mark.parametrize("target", ["redshift", "pyspark"])
@pytest.mark.parametrize("call", ["MONTHNUMBER_OF_YEAR(d, 'ISO')", "TD_SUNDAY(d)", "TD_MONTH_BEGIN(ts)",
                                  "WEEKNUMBER_OF_QUARTER(d)", "TD_WEEK_BEGIN(d, 'ISO')", "DAYNUMBER_OF_WEEK(d, s)"])
def test_calendar_forms_without_an_exact_rewrite_are_reported(target, call):
    _, codes = convert(f"SELECT {call} FROM t;", target)
    assert "LEAPC-E003" in codes


def test_regexp_replace_on_redshift_has_no_postgresql_flags():
    text, codes = convert("SELECT REGEXP_REPLACE(s, 'a+', '_'), REGEXP_REPLACE(s, 'a+', '_', 1, 0, 'i') FROM t;", "redshift")
    assert "REGEXP_REPLACE(s, 'a+', '_')" in text and "REGEXP_REPLACE(s, 'a+', '_', 1, 'i')" in text
    assert "'g'" not in text and "LEAPC-E003" not in codes


def test_regexp_replace_nth_occurrence_is_spliced():
    text, codes = convert("SELECT REGEXP_REPLACE(s, '[0-9]+', '#', 1, 2, 'c') FROM t;", "redshift")
    assert "REGEXP_INSTR(s, '[0-9]+', 1, 2, 0, 'c')" in text and "REGEXP_INSTR(s, '[0-9]+', 1, 2, 1, 'c')" in text
    text, codes = convert("SELECT REGEXP_REPLACE(s, '[0-9]+', '#', 1, 2, 'i') FROM t;", "pyspark")
    assert "SPLIT(s, '(?i)[0-9]+', 3)" in text and "LEAPC-E003" not in codes


def test_spark_replacement_back_references_and_dollars():
    text, _ = convert(r"SELECT REGEXP_REPLACE(s, '([a-z]+)', '\1$') FROM t;", "pyspark")
    assert r"'$1\\$'" in text or r"'$1\\\\$'" in text


@pytest.mark.parametrize("target", ["redshift", "pyspark"])
@pytest.mark.parametrize("call", ["REGEXP_REPLACE(s, 'a', 'b', 1, 0, 'm')", "REGEXP_SIMILAR(s, 'a', 'x')",
                                  "REGEXP_REPLACE(s, '(a)', '\\1', 1, 2, 'c')", "REGEXP_REPLACE(s, 'a', 'b', 1, g, 'c')"])
def test_regexp_forms_without_an_exact_rewrite_are_reported(target, call):
    _, codes = convert(f"SELECT {call} FROM t;", target)
    assert "LEAPC-E003" in codes


@pytest.mark.parametrize("target", ["redshift", "pyspark"])
def test_regexp_similar_matches_the_whole_string(target):
    text, codes = convert("SELECT REGEXP_SIMILAR(s, 'a|b', 'i') FROM t;", target)
    assert "REGEXP_SIMILAR" not in text.upper() and "LEAPC-E003" not in codes
    assert ("'^(a|b)$'" in text) if target == "redshift" else ("(?i)^(?:a|b)" in text)


@pytest.mark.parametrize("target", ["redshift", "pyspark"])
def test_legacy_quantile_is_a_rank_bucket(target):
    text, codes = convert("SELECT g, QUANTILE(10, v DESC) FROM t GROUP BY g;", target)
    assert "PERCENTILE" not in text.upper() and "QUANTILE" not in text.upper() and "GROUP BY" not in text.upper()
    flat = " ".join(text.split())
    assert "ORDER BY v DESC" in flat and "COUNT(*) OVER (PARTITION BY g)" in flat
    assert ("DIV" in text) if target == "pyspark" else ("DOUBLE" not in text.upper())


@pytest.mark.parametrize("target", ["redshift", "pyspark"])
def test_reset_when_partitions_by_running_reset_count(target):
    text, codes = convert("SELECT g, SUM(v) OVER (PARTITION BY g ORDER BY d RESET WHEN s = 'X' "
                          "ROWS UNBOUNDED PRECEDING) FROM t WHERE v > 0;", target)
    assert "LEAPC-E001" not in codes and "LEAPC-E003" not in codes and "RESET WHEN" not in text.upper()
    assert "PARTITION BY g, t.leapc_reset_" in " ".join(text.split())


@pytest.mark.parametrize("target", ["redshift", "pyspark"])
def test_reset_when_over_a_join_is_reported(target):
    _, codes = convert("SELECT t.g, ROW_NUMBER() OVER (PARTITION BY t.g ORDER BY t.d RESET WHEN t.v > u.v) "
                       "FROM t JOIN t AS u ON t.g = u.g;", target)
    assert "LEAPC-E003" in codes


@pytest.mark.parametrize("target", ["redshift", "pyspark"])
def test_regexp_substr_case_insensitive_match_argument(target):
    text, codes = convert("SELECT REGEXP_SUBSTR(s, 'B+', 1, 1, 'i') FROM t;", target)
    assert "LEAPC-E003" not in codes
    assert ("REGEXP_INSTR(s, 'B+', 1, 1, 0, 'i')" in text) if target == "redshift" else ("(?i)B+" in text)
    _, codes = convert("SELECT REGEXP_SUBSTR(s, 'B+', 1, 1, 'n') FROM t;", target)
    assert "LEAPC-E003" in codes


@pytest.mark.parametrize("target", ["redshift", "pyspark"])
def test_td_sysfnlib_qualified_calls_are_translated_like_plain_ones(target):
    text, codes = convert("SELECT TD_SYSFNLIB.OREPLACE(s, 'a', 'b'), SYSLIB.HASHROW(s) FROM t;", target)
    assert "TD_SYSFNLIB" not in text.upper() and "OREPLACE" not in text.upper()
    assert "LEAPC-E003" in codes  # HASHROW, found once the qualifier is gone
