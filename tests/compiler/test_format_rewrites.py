"""TO_CHAR format models and numeric FORMAT phrases: the translation rules a golden only shows
once.  Execution is covered by corpus/probe_dates_numbers and corpus/formats."""
from __future__ import annotations

import pytest

from leapc.dialects.teradata.formats import (
    number_format_width, oracle_elements, redshift_number_pattern, spark_decimal_format)
from tests.compiler.test_date_rewrites import last_statement


def test_oracle_elements_prefer_the_longest_element():
    assert oracle_elements('DDD-DD-D"Wk"IW') == [
        ("element", "DDD"), ("text", "-"), ("element", "DD"), ("text", "-"), ("element", "D"),
        ("text", "Wk"), ("element", "IW")]
    assert oracle_elements("Month MON") == [("element", "Month"), ("text", " "), ("element", "MON")]


@pytest.mark.parametrize("fmt, pattern, width", [
    ("ZZZ,ZZ9.99", "FM999,990.00", 10),   # Z suppressed, 9 always printed, no sign position
    ("ZZZZ9", "FM99990", 5),
    ("999.99", "FM000.00", 6),
    ("9(5)", "FM00000", 5),
])
def test_redshift_number_patterns(fmt, pattern, width):
    assert redshift_number_pattern(fmt) == pattern
    assert number_format_width(fmt) == width


@pytest.mark.parametrize("fmt, expected", [
    ("FM999,990.00", ("###,##0.00", None)),
    ("FM00000", ("00000", None)),
    ("999", ("###", 4)),            # without FM: the model's width plus the sign position
    ("S999", None),                 # signs are not translated
])
def test_spark_decimal_formats(fmt, expected):
    assert spark_decimal_format(fmt) == expected


@pytest.mark.parametrize("target, pieces", [
    ("redshift", ["TO_CHAR(d, 'DD-') || UPPER(TO_CHAR(d, 'Mon')) || TO_CHAR(d, '-YYYY')",
                  "TO_CHAR(d, 'Q')", "TO_CHAR(d, 'Mon')"]),
    ("pyspark", ["CONCAT(DATE_FORMAT(d, 'dd-'), UPPER(DATE_FORMAT(d, 'MMM')), DATE_FORMAT(d, '-yyyy'))",
                 "CAST(QUARTER(d) AS STRING)", "LPAD(CAST(WEEKOFYEAR(d) AS STRING), 2, '0')",
                 "DATE_FORMAT(d, 'MMM')", "RPAD(UPPER(DATE_FORMAT(d, 'MMMM')), 9, ' ')"]),
])
def test_to_char_date_elements(target, pieces):
    text, _ = last_statement("SELECT TO_CHAR(d, 'DD-MON-YYYY'), TO_CHAR(d, 'Q'), TO_CHAR(d, 'IW'), "
                             "TO_CHAR(d, 'Mon'), TO_CHAR(d, 'MONTH') FROM db.t;", target)
    for piece in pieces:
        assert piece in text


@pytest.mark.parametrize("target, pieces", [
    ("redshift", ["TO_CHAR(n, 'FM999,990.00')", "LPAD(TO_CHAR(n, 'FM99990'), 5)"]),
    ("pyspark", ["FORMAT_NUMBER(ROUND(n, 2), '###,##0.00')"]),
])
def test_numbers_as_text(target, pieces):
    text, _ = last_statement("SELECT TO_CHAR(n, 'FM999,990.00'), CAST(CAST(n AS FORMAT 'ZZZZ9') AS CHAR(5)) "
                             "FROM db.t;", target)
    for piece in pieces:
        assert piece in text


@pytest.mark.parametrize("fmt, expected", [
    ("$$$,$$9.99", ("$", "99,990.00", 10)),     # floating currency: one $ printed, the rest digits
    ("-(6)9.99", ("-", "999990.00", 10)),       # floating minus sign
    ("ZZ9.99", None),
    ("$ZZ9.99", None),                          # a single $ is fixed, not floating
])
def test_floating_formats(fmt, expected):
    from leapc.dialects.teradata.formats import floating_format
    spec = floating_format(fmt)
    assert (spec.symbol, spec.pattern, spec.width) == expected if expected else spec is None


@pytest.mark.parametrize("target, piece", [
    ("redshift", "LPAD(('$' || TO_CHAR(n, 'FM99,990.00')), 10)"),
    ("pyspark", "LPAD(CONCAT('$', FORMAT_NUMBER(ROUND(n, 2), '##,##0.00')), 10, ' ')"),
])
def test_floating_currency_is_right_aligned(target, piece):
    text, codes = last_statement("SELECT CAST(CAST(n AS FORMAT '$$$,$$9.99') AS CHAR(10)) FROM db.t;", target)
    assert piece in text and "LEAPC-E003" not in codes
