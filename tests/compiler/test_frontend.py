"""Front end: statement splitting, spans, comments, BTEQ commands, parse errors."""
from __future__ import annotations

import pytest

from leapc.convert import convert_text
from leapc.dialects.teradata.bteq import BteqSyntaxError, parse_command
from leapc.dialects.teradata.script import parse_script, split_script
from leapc.ir import BteqCommand, MacroDef, Statement


def test_split_keeps_semicolons_inside_quotes_and_comments():
    chunks = split_script("SELECT 'a;b' FROM t; -- x;y\n/* p;q */ SELECT \"c;d\" FROM u;")
    assert [c.text for c in chunks] == ["SELECT 'a;b' FROM t", 'SELECT "c;d" FROM u']
    assert chunks[1].comments == ["x;y", "p;q"]


def test_bteq_lines_are_their_own_nodes_with_spans():
    script = parse_script(".SET WIDTH 200\nSEL 1;\n  .IF ERRORCODE <> 0 THEN .QUIT 8\nSEL 2;\n", "a.bteq")
    kinds = [(type(n).__name__, n.span.line, n.span.column) for n in script.nodes]
    assert kinds == [("BteqCommand", 1, 1), ("Statement", 2, 1), ("BteqCommand", 3, 3), ("Statement", 4, 1)]
    assert script.nodes[2].args["then"] == ("QUIT", {"code": 8})


def test_unterminated_statement_before_a_bteq_line_is_closed():
    script = parse_script("SEL 1\n.IF ACTIVITYCOUNT = 0 THEN .GOTO X\n.LABEL X\n", "a.bteq")
    assert [type(n).__name__ for n in script.nodes] == ["Statement", "BteqCommand", "BteqCommand"]


@pytest.mark.parametrize("line, expected", [
    (".QUIT", ("QUIT", {"code": None})),
    (".EXIT ERRORCODE", ("EXIT", {"code": "ERRORCODE"})),
    (".if errorcode ne 0 then .goto fail", ("IF", {"condition": {"terms": [("ERRORCODE", "<>", 0)], "ops": []},
                                                  "then": ("GOTO", {"label": "FAIL"})})),
    (".IF ACTIVITYCOUNT > 0 OR ERRORCODE = 3807 THEN .QUIT 4;",
     ("IF", {"condition": {"terms": [("ACTIVITYCOUNT", ">", 0), ("ERRORCODE", "=", 3807)], "ops": ["OR"]},
             "then": ("QUIT", {"code": 4})})),
    (".SET ERRORLEVEL 3807 SEVERITY 0", ("SET", {"option": "ERRORLEVEL", "value": "3807 SEVERITY 0"})),
])
def test_bteq_grammar(line, expected):
    assert parse_command(line) == expected


def test_logon_keeps_no_credentials():
    assert parse_command(".LOGON tdp/user,secretpw;") == ("LOGON", {})


def test_bad_bteq_command_is_an_error_with_a_column():
    with pytest.raises(BteqSyntaxError):
        parse_command(".GOTO")


def test_syntax_error_names_file_line_column_and_the_rest_converts():
    text = "SEL 1;\n\nSELECT FROM WHERE (;\nSEL 2;\n"
    outputs, script = convert_text(text, "bad.sql", "redshift")
    errors = [d for d in script.diagnostics.items if d.code == "LEAPC-E001"]
    assert len(errors) == 1 and errors[0].span.file == "bad.sql" and errors[0].span.line == 3
    assert str(errors[0]).startswith("bad.sql:3:")
    assert "SELECT\n  2;" in outputs[".sql"] and "NOT CONVERTED" in outputs[".sql"]


def test_macro_definition_and_exec_expand_inline():
    text = ("CREATE MACRO m (p INTEGER) AS (DELETE FROM t WHERE a = :p; INSERT INTO t VALUES (:p););\n"
            "EXEC m (7);\n")
    script = parse_script(text, "m.sql")
    assert isinstance(script.nodes[0], MacroDef) and script.nodes[0].params == [("p", "INTEGER")]
    outputs, _ = convert_text(text, "m.sql", "redshift")
    assert "WHERE\n  a = 7" in outputs[".sql"] and "VALUES\n  (7)" in outputs[".sql"]


def test_unknown_macro_is_reported():
    _, script = convert_text("EXEC nowhere (1);", "m.sql", "redshift")
    assert [d.code for d in script.diagnostics.items] == ["LEAPC-E005"]


def test_shell_heredoc_spans_point_into_the_shell_file():
    text = "#!/bin/ksh\nexport X=1\nbteq <<EOF\n.LOGON a/b,c;\nSEL 1;\nEOF\necho ok\n"
    script = parse_script(text, "job.ksh")
    assert [(type(n).__name__, n.span.line) for n in script.nodes] == [("BteqCommand", 4), ("Statement", 5)]


def test_abbreviations_parse_to_full_statements():
    script = parse_script("CT s.t (a INT);\nINS s.t (1);\nUPD s.t SET a = 2;\nDEL s.t ALL;\nSEL * FROM s.t;", "x.sql")
    assert [type(n.expr).__name__ for n in script.nodes] == ["Create", "Insert", "Update", "Delete", "Select"]


def test_comments_are_kept_in_the_output():
    outputs, _ = convert_text("/* load the dimension */\nSEL 1;", "c.sql", "redshift")
    assert "-- load the dimension" in outputs[".sql"]


def test_every_statement_gets_a_source_line():
    outputs, _ = convert_text("SEL 1;\nSEL 2;\n", "two.sql", "pyspark")
    assert "# source: two.sql:1" in outputs[".py"] and "# source: two.sql:2" in outputs[".py"]


def test_statements_and_nodes_are_in_source_order():
    script = parse_script(".SET WIDTH 80\nSEL 1;\n.QUIT 0\n", "o.bteq")
    assert isinstance(script.nodes[0], BteqCommand) and isinstance(script.nodes[1], Statement)


def test_multi_statement_requests_are_grouped():
    # BTEQ sends a request when a line ends with its semicolon: a leading `;` or two
    # statements on one line make one request; a trailing comment still ends the line.
    text = ("UPDATE t SET a = 1\n;UPDATE t SET b = 2\n;INSERT INTO t VALUES (1);\n"
            "DELETE FROM t; -- done\n"
            "INSERT INTO t VALUES (2); INSERT INTO t VALUES (3);\n"
            "SELECT 1;\n")
    statements = parse_script(text, "r.bteq").statements
    assert [s.continues_request for s in statements] == [True, True, False, False, True, False, False]


def test_macro_body_runs_as_one_request():
    text = ("CREATE MACRO m AS (DELETE FROM t; INSERT INTO t VALUES (1););\n"
            "EXEC m;\nSELECT 1;\n")
    script = parse_script(text, "m.bteq")
    from leapc.passes.macros import expand_macros
    from leapc.passes.manager import PassContext
    from leapc.catalog import Catalog
    expand_macros(script, PassContext("redshift", Catalog(), script.diagnostics))
    assert [s.continues_request for s in script.statements] == [True, False, False]


@pytest.mark.parametrize("line, terms, ops", [
    (".IF (ERRORCODE <> 0) AND (ACTIVITYCOUNT = 0) THEN .GOTO C5", [("ERRORCODE", "<>", 0), ("ACTIVITYCOUNT", "=", 0)], ["AND"]),
    (".IF NOT (ACTIVITYCOUNT > 0) THEN .GOTO X", [("ACTIVITYCOUNT", "<=", 0)], []),
    (".if errorcode=3807 or errorcode = 3803 then .goto y", [("ERRORCODE", "=", 3807), ("ERRORCODE", "=", 3803)], ["OR"]),
])
def test_bteq_if_conditions_with_parentheses_and_not(line, terms, ops):
    name, args = parse_command(line)
    assert name == "IF" and args["condition"] == {"terms": terms, "ops": ops}


def test_unreadable_if_condition_is_an_error_not_a_skipped_line():
    with pytest.raises(BteqSyntaxError):
        parse_command(".IF SQLSTATE = 1 THEN .GOTO X")


def test_if_then_sql_request_runs_under_the_condition():
    # BTEQ allows an SQL request after THEN, even over several lines.
    text = "DROP TABLE db.x;\n.IF ERRORCODE = 3807 THEN CREATE TABLE db.x\n  (a INT);\nINSERT INTO db.x VALUES (1);\n"
    nodes = parse_script(text, "i.bteq").nodes
    kinds = [(type(n).__name__, getattr(n, "name", None)) for n in nodes]
    assert kinds == [("Statement", None), ("BteqCommand", "IF"), ("Statement", None), ("BteqCommand", "LABEL"),
                     ("Statement", None)]
    assert nodes[1].args["condition"] == {"terms": [("ERRORCODE", "<>", 3807)], "ops": []}
    assert nodes[1].args["then"] == ("GOTO", {"label": nodes[3].args["label"]})
    assert nodes[2].expr.sql().startswith("CREATE TABLE db.x")
