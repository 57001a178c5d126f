"""Offline diff of DDL files: planted differences, compatible mappings, goldens, CLI contract."""
from __future__ import annotations

import json

from .conftest import DATA, diff_json, signature

TD = "teradata/sales.sql"
RS = "redshift/sales.sql"

PLANTED = {
    ("sales.orders", "created_by", "nullability", "error"),          # lost NOT NULL
    ("sales.orders", "amount", "narrowing", "error"),                 # DECIMAL(15,2) -> (12,2)
    ("sales.orders", "customer_name", "trap", "error"),               # UNICODE chars vs bytes
    ("sales.orders", "promo_code", "missing_column", "error"),
    ("sales.orders", "load_batch_id", "extra_column", "warning"),
    ("sales.order_audit", None, "missing_table", "error"),
}
COMPATIBLE = {  # column -> what the Teradata side declares
    ("sales.orders", "status_cd"),      # BYTEINT -> SMALLINT
    ("sales.orders", "order_ts"),       # TIMESTAMP(0) FORMAT -> TIMESTAMP
    ("sales.orders", "tax"),            # DECIMAL(9,2) -> NUMERIC(9,2)
    ("sales.orders", "country_cd"),     # CASESPECIFIC + FORMAT + TITLE dropped
    ("sales.orders", "ship_date"),      # DATE FORMAT dropped
    ("sales.customers", "credit_limit"),  # NUMERIC(12,2) -> DECIMAL(12,2)
    ("sales.customers", "vip_flag"),
    ("sales.customers", "created_ts"),  # DEFAULT CURRENT_TIMESTAMP(0) -> GETDATE()
    ("sales.customers", "full_name"),   # UNICODE VARCHAR(50) -> VARCHAR(150): 3 bytes a char
}


def _diff(run_ddl, *extra):
    return run_ddl("diff", TD, RS, "--left-dialect", "teradata", "--right-dialect", "redshift",
                   *extra)


def test_planted_differences_are_all_reported(run_ddl):
    res = _diff(run_ddl, "--format", "json")
    assert res.exit_code == 1
    doc = diff_json(res)
    assert PLANTED <= signature(doc)
    errors = {(d["table"], d["column"], d["kind"]) for d in doc["differences"] if d["severity"] == "error"}
    assert errors == {(t, c, k) for t, c, k, s in PLANTED if s == "error"}
    assert doc["summary"]["error"] == 5


def test_compatible_mappings_are_not_errors(run_ddl):
    doc = diff_json(_diff(run_ddl, "--format", "json"))
    for d in doc["differences"]:
        if (d["table"], d["column"]) in COMPATIBLE:
            assert d["severity"] == "info", d
    kinds = {(d["column"], d["kind"], d["rule"]) for d in doc["differences"]}
    assert ("status_cd", "widening", "TC02") in kinds
    assert ("order_ts", "widening", "TC14") in kinds
    assert not any(d["column"] == "tax" for d in doc["differences"])        # exact
    assert not any(d["column"] == "ship_date" for d in doc["differences"])  # exact


def test_no_info_drops_info_but_keeps_exit_code(run_ddl):
    res = _diff(run_ddl, "--format", "json", "--no-info")
    assert res.exit_code == 1
    assert {d["severity"] for d in diff_json(res)["differences"]} == {"error", "warning"}


def test_text_report_golden(run_ddl, golden):
    res = _diff(run_ddl)
    assert res.exit_code == 1
    golden("sales_diff.txt", res.output)


def test_json_report_golden(run_ddl, golden):
    res = _diff(run_ddl, "--format", "json")
    json.loads(res.output)
    golden("sales_diff.json", res.output)


def test_identical_sides_exit_zero(run_ddl):
    res = run_ddl("diff", RS, RS, "--left-dialect", "redshift", "--right-dialect", "redshift",
                  "--format", "json")
    assert res.exit_code == 0, res.output
    assert diff_json(res)["differences"] == []


def test_folder_and_mapping_file(run_ddl, tmp_path):
    rs = tmp_path / "rs"
    rs.mkdir()
    (rs / "a.sql").write_text((DATA / RS).read_text().replace("sales.", "dw_sales."))
    mapping = tmp_path / "map.txt"
    mapping.write_text("# teradata db -> redshift schema\nSALES = dw_sales\n"
                       "sales.orders.promo_code = load_batch_id\n")
    res = run_ddl("diff", "teradata", str(rs), "--left-dialect", "teradata",
                  "--right-dialect", "redshift", "--mapping", str(mapping), "--format", "json")
    sig = signature(diff_json(res))
    assert ("sales.orders", "promo_code", "missing_column", "error") not in sig
    assert ("sales.orders", "promo_code", "type_mismatch", "error") in sig   # VARCHAR -> BIGINT
    assert ("sales.order_audit", None, "missing_table", "error") in sig
    assert not any(k == "missing_table" and t != "sales.order_audit" for t, _, k, _ in sig)
    # JSON mapping works the same way
    mapping.write_text(json.dumps({"schemas": {"sales": "dw_sales"}}))
    res2 = run_ddl("diff", "teradata", str(rs), "--left-dialect", "teradata",
                   "--right-dialect", "redshift", "--mapping", str(mapping), "--format", "json")
    assert ("sales.orders", "promo_code", "missing_column", "error") in signature(diff_json(res2))


def test_without_mapping_other_schema_is_missing(run_ddl, tmp_path):
    (tmp_path / "a.sql").write_text((DATA / RS).read_text().replace("sales.", "dw_sales."))
    res = run_ddl("diff", TD, str(tmp_path / "a.sql"), "--left-dialect", "teradata",
                  "--right-dialect", "redshift", "--format", "json")
    doc = diff_json(res)
    # Extra tables are only reported inside the schemas the left side maps to.
    assert {d["kind"] for d in doc["differences"]} == {"missing_table"}
    assert "exists in schema dw_sales" in doc["differences"][0]["message"]


def test_usage_errors_exit_2(run_ddl, tmp_path):
    assert run_ddl("diff", TD, RS).exit_code == 2                           # no dialects
    assert run_ddl("diff", TD, RS, "--left-dialect", "oracle",
                   "--right-dialect", "redshift").exit_code == 2
    res = run_ddl("diff", "nope.sql", RS, "--left-dialect", "teradata", "--right-dialect", "redshift")
    assert res.exit_code == 2 and "no such file" in res.output
    bad = tmp_path / "bad.sql"
    bad.write_text("CREATE TABLE x.y (a INT,, b INT);")
    res = run_ddl("diff", str(bad), RS, "--left-dialect", "teradata", "--right-dialect", "redshift")
    assert res.exit_code == 2 and "bad.sql:1" in res.output
    badmap = tmp_path / "m.json"
    badmap.write_text("{not json")
    res = run_ddl("diff", TD, RS, "--left-dialect", "teradata", "--right-dialect", "redshift",
                  "--mapping", str(badmap))
    assert res.exit_code == 2 and "invalid JSON" in res.output
