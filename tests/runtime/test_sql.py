"""wmg.sql: statement splitting, comment stripping and source-table extraction."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wmg.sql import first_keyword, source_tables, split_statements, strip_comments


def test_split_respects_quotes_comments_and_dollar_quotes():
    text = """
    -- header; with a semicolon
    SELECT 'a;b' AS "x;y";
    /* block ; comment */
    CREATE FUNCTION f() RETURNS int AS $body$ BEGIN RETURN 1; END; $body$ LANGUAGE plpgsql;
    INSERT INTO t VALUES (E'it\\'s;', 'don''t;');
    DO $$ BEGIN PERFORM 1; END $$
    ;;  -- only a comment ; here
    """
    assert split_statements(text, keep_comments=False) == [
        "SELECT 'a;b' AS \"x;y\"",
        "CREATE FUNCTION f() RETURNS int AS $body$ BEGIN RETURN 1; END; $body$ LANGUAGE plpgsql",
        "INSERT INTO t VALUES (E'it\\'s;', 'don''t;')",
        "DO $$ BEGIN PERFORM 1; END $$",
    ]
    with_comments = split_statements(text)
    assert with_comments[0].startswith("-- header; with a semicolon")
    assert len(with_comments) == 4


def test_split_edge_cases():
    assert split_statements("") == []
    assert split_statements(";;; -- x\n /* y */ ;") == []
    assert split_statements("select 1") == ["select 1"]
    assert split_statements("select $1, a$b$c from t; select 2") == ["select $1, a$b$c from t", "select 2"]
    assert split_statements("select '/* not; a comment */'; select 2") == ["select '/* not; a comment */'", "select 2"]
    assert split_statements("select 1 /* outer /* nested; */ still; */; select 2") == [
        "select 1 /* outer /* nested; */ still; */", "select 2"]
    assert split_statements("select 1 /* a /* b */ ; select 2", nested_comments=False) == [
        "select 1 /* a /* b */", "select 2"]
    assert split_statements("select 'unterminated; x") == ["select 'unterminated; x"]


def test_strip_comments_keeps_literals():
    sql = "SELECT '--not', \"a/*b*/\" -- trailing\nFROM t /* c1 */ WHERE x = 'y' /* c2\nspans */ AND z=1--end"
    assert strip_comments(sql) == "SELECT '--not', \"a/*b*/\"\nFROM t WHERE x = 'y' AND z=1"
    assert strip_comments("a/**/b") == "a b"
    assert strip_comments("-- only") == ""


def test_first_keyword():
    assert first_keyword("  -- c\n /* d */ (select 1)") == "SELECT"
    assert first_keyword("with x as (select 1) insert into t select * from x") == "WITH"
    assert first_keyword("") == ""


@pytest.mark.parametrize("sql, tables", [
    ("SELECT * FROM a JOIN b ON a.id = b.id LEFT OUTER JOIN db.c c1 ON 1=1", ["A", "B", "DB.C"]),
    ("select * from a x, b as y, c where 1=1", ["A", "B", "C"]),
    ("with cte as (select * from src), c2 (k) as (select 1 from src2) select * from cte join c2 on 1=1 "
     "join real_t on 1=1", ["SRC", "SRC2", "REAL_T"]),
    ("select extract(year from d), trim(both ' ' from n), substring(s from 2) from t1", ["T1"]),
    ("select * from (select * from inner_t) q where id in (select id from other_t)", ["INNER_T", "OTHER_T"]),
    ('select * from "My Db"."T1" join `sp`.`t2` using (k)', ["MY DB.T1", "SP.T2"]),
    ("insert into tgt select * from s1 -- from commented_out\n union all select * from S1", ["S1"]),
    ("select 'from fake' from t /* join hidden */", ["T"]),
    ("select * from generate_series(1, 3) g, t2", []),
    ("delete from t3 where k in (select k from t4)", ["T3", "T4"]),
    ("select * from a cross join lateral (select 1) x natural join b", ["A", "B"]),
])
def test_source_tables(sql, tables):
    assert source_tables(sql) == tables


_literal_text = st.text(alphabet=st.sampled_from(list("ab;'-/*$ \n\"")), max_size=12)


@settings(max_examples=200, deadline=None)
@given(st.lists(_literal_text, min_size=1, max_size=5))
def test_split_roundtrip_property(literals):
    """Statements whose literals hold ; -- /* quotes come back exactly, one per statement."""
    stmts = [f"SELECT '{lit.replace(chr(39), chr(39) * 2)}' AS c{i}" for i, lit in enumerate(literals)]
    assert split_statements(";\n".join(stmts) + ";") == stmts
    for s in stmts:
        assert strip_comments(s) == s
        assert strip_comments(f"/* lead ; */ {s} -- tail ; '") == s
