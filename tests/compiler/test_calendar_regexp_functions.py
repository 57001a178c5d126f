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
