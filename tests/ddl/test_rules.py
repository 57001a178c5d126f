"""Type-compatibility rules (docs/ddl.md table), the validator's codes, and the runtime's
independence from the compiler's dependencies."""
from __future__ import annotations

import subprocess
import sys

import pytest

from wmg.ddl import check_types, make_type, parse_type, validate
from leapc.ddl.parser import parse_ddl


def _t(spec: str, dialect: str):
    return parse_type(spec, dialect)


CASES = [
    # (left, left dialect, right, right dialect, expected [(kind, severity, rule)])
    ("INTEGER", "teradata", "integer", "redshift", []),
    ("BYTEINT", "teradata", "smallint", "redshift", [("widening", "info", "TC02")]),
    ("BIGINT", "teradata", "integer", "redshift", [("narrowing", "error", "TC03")]),
    ("INTEGER", "teradata", "decimal(10,0)", "redshift", [("widening", "info", "TC04")]),
    ("INTEGER", "teradata", "decimal(9,0)", "redshift", [("narrowing", "error", "TC04")]),
    ("DECIMAL(9,2)", "teradata", "numeric(9,2)", "redshift", []),
    ("DECIMAL(9,2)", "teradata", "numeric(11,3)", "redshift", [("widening", "info", "TC05")]),
    ("DECIMAL(15,2)", "teradata", "decimal(12,2)", "redshift", [("narrowing", "error", "TC05")]),
    ("DECIMAL(15,4)", "teradata", "decimal(15,2)", "redshift", [("narrowing", "error", "TC05")]),
    ("DECIMAL", "teradata", "decimal(5,0)", "redshift", []),          # Teradata default (5,0)
    ("DECIMAL(9,0)", "teradata", "integer", "redshift", [("widening", "info", "TC06")]),
    ("DECIMAL(10,2)", "teradata", "bigint", "redshift", [("narrowing", "error", "TC06")]),
    ("NUMBER", "teradata", "decimal", "redshift", [("trap", "warning", "TC07")]),
    ("NUMBER", "teradata", "numeric", "postgres", []),
    ("DECIMAL(10,2)", "teradata", "double precision", "redshift", [("type_mismatch", "warning", "TC08")]),
    ("FLOAT", "teradata", "real", "redshift", [("narrowing", "error", "TC09")]),
    ("REAL", "teradata", "double", "spark", []),                       # both 64-bit
    ("FLOAT", "teradata", "float", "spark", [("narrowing", "error", "TC09")]),
    ("VARCHAR(50)", "teradata", "varchar(20)", "postgres", [("narrowing", "error", "TC10")]),
    ("VARCHAR(50) CHARACTER SET UNICODE", "teradata", "varchar(50)", "postgres", []),
    ("VARCHAR(50) CHARACTER SET UNICODE", "teradata", "varchar(50)", "redshift", [("trap", "error", "TC11")]),
    ("VARCHAR(50) CHARACTER SET UNICODE", "teradata", "varchar(150)", "redshift", [("widening", "info", "TC10")]),
    ("VARCHAR(50) CHARACTER SET LATIN", "teradata", "varchar(50)", "redshift", [("trap", "warning", "TC12")]),
    ("VARCHAR(50)", "teradata", "varchar(100)", "redshift", [("widening", "info", "TC10")]),
    ("VARCHAR(50)", "teradata", "string", "spark", [("widening", "info", "TC10")]),
    ("CLOB", "teradata", "varchar(max)", "redshift", [("narrowing", "error", "TC10")]),
    ("CHAR(10)", "teradata", "varchar(20)", "redshift", [("widening", "info", "TC10"), ("trap", "info", "TC13")]),
    ("CHAR(2) CHARACTER SET UNICODE", "teradata", "char(6)", "redshift", [("widening", "info", "TC10"), ("trap", "error", "TC13")]),
    ("VARCHAR(5)", "postgres", "char(5)", "postgres", [("trap", "warning", "TC13")]),
    ("TIMESTAMP(0)", "teradata", "timestamp", "redshift", [("widening", "info", "TC14")]),
    ("TIMESTAMP(6)", "teradata", "timestamp(3)", "postgres", [("narrowing", "error", "TC14")]),
    ("TIMESTAMP(6)", "teradata", "timestamp_ntz", "spark", []),
    ("TIMESTAMP(6)", "teradata", "timestamp", "spark", [("trap", "warning", "TC15")]),
    ("TIMESTAMP(6) WITH TIME ZONE", "teradata", "timestamptz", "redshift", [("trap", "warning", "TC15")]),
    ("TIMESTAMP(6) WITH TIME ZONE", "teradata", "timestamp", "redshift", [("type_mismatch", "error", "TC15")]),
    ("PERIOD(DATE)", "teradata", "varchar(30)", "redshift", [("trap", "error", "TC16")]),
    ("DATE", "teradata", "timestamp", "redshift", [("type_mismatch", "warning", "TC17")]),
    ("INTERVAL YEAR(2)", "teradata", "integer", "redshift", [("trap", "warning", "TC18")]),
    ("VARBYTE(100)", "teradata", "varbyte(50)", "redshift", [("narrowing", "error", "TC19")]),
    ("DOUBLE PRECISION", "teradata", "varchar(30)", "redshift", [("type_mismatch", "error", "TC21")]),
    ("BYTEINT", "teradata", "boolean", "redshift", [("type_mismatch", "warning", "TC23")]),
]


@pytest.mark.parametrize("left,ld,right,rd,expected", CASES)
def test_compatibility_table(left, ld, right, rd, expected):
    got = [(v.kind, v.severity, v.rule) for v in check_types(_t(left, ld), _t(right, rd), ld, rd)]
    assert got == expected


def test_not_casespecific_is_reported_as_info():
    left = make_type("teradata", "VARCHAR", [5], casespecific=False)
    got = [(v.kind, v.severity) for v in check_types(left, _t("varchar(10)", "redshift"),
                                                       "teradata", "redshift")]
    assert got == [("widening", "info"), ("case", "info")]


def test_type_defaults_per_dialect():
    assert _t("decimal", "teradata").render() == "DECIMAL(5,0)"
    assert _t("decimal", "redshift").render() == "DECIMAL(18,0)"
    assert _t("decimal", "spark").render() == "DECIMAL(10,0)"
    assert _t("numeric", "postgres").render() == "DECIMAL"
    assert _t("text", "redshift").render() == "VARCHAR(256 BYTES)"
    assert _t("varchar(max)", "redshift").length == 65535
    assert _t("CLOB(2K)", "teradata").length == 2048
    assert _t("float", "teradata").base == "DOUBLE" and _t("float", "spark").base == "REAL"


REDSHIFT_BAD = """
CREATE TABLE s.t (
    id DECIMAL(10,0) IDENTITY(1,1),
    "Select" INT,
    "order" VARCHAR(70000),
    amt DECIMAL(40,2),
    p PERIOD(DATE),
    a INT, A INT,
    "Upper" INT
) DISTKEY(nope) SORTKEY(a, missing);
CREATE TABLE s.u (x INT) DISTSTYLE KEY;
CREATE TABLE s.v (x INT, y INT, PRIMARY KEY (x, z));
CREATE TABLE s.""" + "x" * 130 + """ (x INT);
"""


def test_redshift_rules():
    tables = parse_ddl(REDSHIFT_BAD, "redshift")
    codes = {(f.table.split(".")[1][:5], f.column, f.code, f.severity)
             for f in validate(tables, "redshift")}
    expected = {
        ("t", "id", "DDL-R008", "error"),            # IDENTITY on DECIMAL
        ("t", "Select", "DDL-R003", "warning"),      # quoted reserved word
        ("t", "order", "DDL-R003", "warning"),
        ("t", "order", "DDL-R004", "error"),         # VARCHAR > 65535
        ("t", "amt", "DDL-R005", "error"),           # DECIMAL(40,2)
        ("t", "p", "DDL-R010", "error"),             # PERIOD
        ("t", "A", "DDL-R009", "error"),             # duplicate (case-insensitive)
        ("t", "Upper", "DDL-R002", "warning"),       # quoted upper case
        ("t", "nope", "DDL-R006", "error"),          # DISTKEY column missing
        ("t", "missing", "DDL-R007", "error"),       # SORTKEY column missing
        ("u", None, "DDL-R006", "error"),            # DISTSTYLE KEY without DISTKEY
        ("v", "z", "DDL-R012", "error"),             # PK column missing
        ("v", None, "DDL-R013", "info"),
        ("xxxxx", None, "DDL-R001", "error"),        # 130-byte table name
    }
    assert expected <= codes, expected - codes
    assert not any(c == "DDL-R003" for _, col, c, _ in codes if col in ("a", "x", "y"))


def test_unquoted_reserved_word_is_an_error():
    (t,) = parse_ddl('CREATE TABLE s.t (x INT, "user" INT)', "redshift")
    t.columns[1].quoted = False          # as a catalog-less model would carry it
    f = [x for x in validate([t], "redshift") if x.code == "DDL-R003"]
    assert [(x.column, x.severity) for x in f] == [("user", "error")]


def test_teradata_rules():
    text = """CREATE TABLE d.t (a INT CHARACTER SET LATIN, b VARCHAR(40000) CHARACTER SET UNICODE,
              c DECIMAL(39,0), a_really_long_column_name_over_thirty INT, e DATE)
              PRIMARY INDEX (zz) PARTITION BY RANGE_N(e BETWEEN DATE '2020-01-01' AND DATE '2021-01-01' EACH INTERVAL '1' DAY);
              CREATE TABLE d.nopi (a INT);
              CREATE TABLE d.ok (a INT) NO PRIMARY INDEX;"""
    found = {(f.table, f.column, f.code) for f in validate(parse_ddl(text, "teradata"), "teradata")}
    assert {("d.t", "a", "DDL-T010"), ("d.t", "b", "DDL-T004"), ("d.t", "c", "DDL-T005"),
            ("d.t", "a_really_long_column_name_over_thirty", "DDL-T002"),
            ("d.t", "zz", "DDL-T006"), ("d.nopi", None, "DDL-T008")} <= found
    assert not any(t == "d.ok" for t, _, _ in found)


def test_spark_rules():
    text = ("CREATE TABLE db.t (a VARCHAR(10), b DECIMAL(10,2), c TIMESTAMP, d DATE) "
            "USING parquet PARTITIONED BY (zz)")
    (t,) = parse_ddl(text, "spark")
    t.columns.append(t.columns[0].__class__("x", make_type("teradata", "PERIOD", element="DATE")))
    codes = {(f.column, f.code) for f in validate([t], "spark")}
    assert codes == {("c", "DDL-S006"), ("x", "DDL-S005")}     # zz is not a column: ignored
    (t2,) = parse_ddl("CREATE TABLE db.h (a INT) PARTITIONED BY (dt STRING)", "spark")
    assert t2.partition_by == ["dt"] and validate([t2], "spark") == []


def test_validate_cli(run_ddl, tmp_path):
    f = tmp_path / "bad.sql"
    f.write_text(REDSHIFT_BAD)
    res = run_ddl("validate", str(f), "--dialect", "redshift")
    assert res.exit_code == 1 and "DDL-R006" in res.output
    ok = run_ddl("validate", "redshift/sales.sql", "--dialect", "redshift", "--format", "json")
    assert ok.exit_code == 0 and '"DDL-R013"' in ok.output
    assert run_ddl("validate", "teradata/sales.sql", "--dialect", "teradata").exit_code == 0


def test_wmg_ddl_needs_only_the_standard_library():
    code = ("import sys\n"
            "class Block:\n"
            "    def find_spec(self, name, path=None, target=None):\n"
            "        if name.split('.')[0] in ('sqlglot', 'lark', 'click', 'deepdiff', 'rich',\n"
            "                                  'boto3', 'psycopg', 'pyspark', 'leapc'):\n"
            "            raise ImportError('blocked: ' + name)\n"
            "sys.meta_path.insert(0, Block())\n"
            "import wmg.ddl as d\n"
            "t = d.parse_type('VARCHAR(10) CHARACTER SET UNICODE', 'teradata')\n"
            "print(d.check_types(t, d.parse_type('varchar(10)', 'redshift'), 'teradata', 'redshift')[0].rule)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "TC11"
