"""SQL text helpers that understand quotes and comments (spec §5): no SQL parser needed.

* `split_statements(text)`: split a script on `;` outside '…', "…", E'…', $tag$…$tag$, -- and /* */.
* `strip_comments(sql)`: remove comments, keep string literals (and `--` inside them) intact.
* `source_tables(sql)`: unique upper-case table names after FROM / JOIN (WMG's
  extract_source_tables_from_query), without CTE names and without EXTRACT(... FROM x) operands.
"""
from __future__ import annotations

import re
from typing import Iterator, NamedTuple

__all__ = ["split_statements", "strip_comments", "source_tables", "tokens", "Token", "first_keyword"]


class Token(NamedTuple):
    kind: str   # word, string, qident, dollar, comment, space, punct, number
    text: str
    start: int


_DOLLAR_TAG = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)?\$")
_WORD = re.compile(r"[A-Za-z_\u0080-\uffff][A-Za-z0-9_$#\u0080-\uffff]*")
_NUMBER = re.compile(r"\d+(\.\d*)?([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?")


def tokens(sql: str, *, nested_comments: bool = True) -> Iterator[Token]:
    """Lexical tokens of `sql`.  Unterminated quotes/comments run to the end of the text.

    Block comments nest (PostgreSQL, Spark); pass nested_comments=False for engines that don't."""
    i, n = 0, len(sql)
    while i < n:
        c = sql[i]
        if c.isspace():
            j = i + 1
            while j < n and sql[j].isspace():
                j += 1
            yield Token("space", sql[i:j], i)
            i = j
        elif c == "-" and sql.startswith("--", i):
            j = sql.find("\n", i)
            j = n if j < 0 else j
            yield Token("comment", sql[i:j], i)
            i = j
        elif c == "/" and sql.startswith("/*", i):
            depth, j = 1, i + 2
            while j < n and depth:
                if sql.startswith("*/", j):
                    depth -= 1
                    j += 2
                elif nested_comments and sql.startswith("/*", j):
                    depth += 1
                    j += 2
                else:
                    j += 1
            yield Token("comment", sql[i:j], i)
            i = j
        elif c == "'" or (c in "eE" and sql.startswith("'", i + 1) and (i == 0 or not _is_word_char(sql[i - 1]))):
            backslash = c != "'"
            j = i + (2 if backslash else 1)
            while j < n:
                if backslash and sql[j] == "\\":
                    j += 2
                    continue
                if sql[j] == "'":
                    if j + 1 < n and sql[j + 1] == "'":
                        j += 2
                        continue
                    j += 1
                    break
                j += 1
            else:
                j = n
            yield Token("string", sql[i:j], i)
            i = j
        elif c == '"' or c == "`":
            j = i + 1
            while j < n:
                if sql[j] == c:
                    if j + 1 < n and sql[j + 1] == c:
                        j += 2
                        continue
                    j += 1
                    break
                j += 1
            else:
                j = n
            yield Token("qident", sql[i:j], i)
            i = j
        elif c == "$" and (m := _DOLLAR_TAG.match(sql, i)) and (i == 0 or not _is_word_char(sql[i - 1])):
            tag = m.group(0)
            end = sql.find(tag, m.end())
            j = n if end < 0 else end + len(tag)
            yield Token("dollar", sql[i:j], i)
            i = j
        elif (m := _WORD.match(sql, i)):
            yield Token("word", m.group(0), i)
            i = m.end()
        elif c.isdigit() or (c == "." and i + 1 < n and sql[i + 1].isdigit()):
            m = _NUMBER.match(sql, i)
            yield Token("number", m.group(0), i)
            i = m.end()
        else:
            yield Token("punct", c, i)
            i += 1


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_$"


def split_statements(text: str, *, keep_comments: bool = True, nested_comments: bool = True) -> list[str]:
    """The statements of a script, stripped, without the `;` separators; statements that hold only
    comments or whitespace are dropped.  With keep_comments=False the comments are removed too."""
    out: list[str] = []
    buf: list[str] = []
    meaningful = False

    def flush():
        nonlocal buf, meaningful
        if meaningful:
            stmt = "".join(buf).strip()
            if stmt:
                out.append(stmt)
        buf, meaningful = [], False

    for tok in tokens(text, nested_comments=nested_comments):
        if tok.kind == "punct" and tok.text == ";":
            flush()
            continue
        if tok.kind == "comment":
            if keep_comments:
                buf.append(tok.text)
            elif not buf or not buf[-1].endswith((" ", "\n")):
                buf.append("\n" if tok.text.startswith("--") else " ")
            continue
        if tok.kind != "space":
            meaningful = True
        buf.append(tok.text)
    flush()
    return out


def strip_comments(sql: str, *, nested_comments: bool = True) -> str:
    """`sql` without -- and /* */ comments; literals, quoted identifiers and line breaks are kept.

    A block comment between two tokens becomes one space (`a/**/b` stays two tokens); blanks left
    at the end of a line by a removed comment are dropped, and so is the result's outer whitespace.
    Whitespace inside literals is never touched."""
    toks = list(tokens(sql, nested_comments=nested_comments))
    out: list[Token] = []
    skip_next_space = False
    for i, tok in enumerate(toks):
        if tok.kind == "space" and skip_next_space:
            skip_next_space = False
            if "\n" not in tok.text:
                continue
            tok = Token("space", tok.text.lstrip(" \t"), tok.start)
        skip_next_space = False
        if tok.kind != "comment":
            out.append(tok)
            continue
        prev_space = bool(out) and out[-1].kind == "space"
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if prev_space and (nxt is None or (nxt.kind == "space" and "\n" in nxt.text) or tok.text.startswith("--")):
            # the comment ended a line: drop the blanks before it
            out[-1] = Token("space", out[-1].text.rstrip(" \t"), out[-1].start)
        elif prev_space:
            skip_next_space = True            # `a /* c */ b` -> `a b`
        elif tok.text.startswith("/*") and out and nxt is not None and nxt.kind != "space":
            out.append(Token("space", " ", tok.start))     # `a/**/b` stays two tokens
    return "".join(t.text for t in out).strip()


def first_keyword(sql: str) -> str:
    """The first word of the statement, upper-case ('' if none); skips comments and `(`."""
    for tok in tokens(sql):
        if tok.kind == "word":
            return tok.text.upper()
        if tok.kind in ("space", "comment") or (tok.kind == "punct" and tok.text == "("):
            continue
        return ""
    return ""


_FUNCS_WITH_FROM = {"EXTRACT", "TRIM", "SUBSTRING", "SUBSTR", "POSITION", "OVERLAY"}
_STOP = {"WHERE", "GROUP", "ORDER", "HAVING", "LIMIT", "UNION", "INTERSECT", "EXCEPT", "MINUS", "ON",
         "USING", "JOIN", "INNER", "LEFT", "RIGHT", "FULL", "CROSS", "NATURAL", "OUTER", "WINDOW",
         "QUALIFY", "SET", "SELECT", "FROM", "VALUES", "RETURNING", "LATERAL", "SAMPLE", "TOP",
         "FETCH", "OFFSET", "FOR", "WITH", "WHEN", "THEN", "ELSE", "END", "INTO", "AND", "OR",
         "TABLESAMPLE", "PIVOT", "UNPIVOT", "CLUSTER", "DISTRIBUTE", "SORT"}


def _name(tok: Token) -> str:
    if tok.kind == "qident":
        q = tok.text[0]
        return tok.text[1:-1].replace(q + q, q)
    return tok.text


def source_tables(sql: str) -> list[str]:
    """Unique table names read by `sql` (after FROM or JOIN), upper-case, in order of appearance.

    Quoted names lose their quotes; dotted names stay dotted (`DB.T`); names defined by WITH are
    not tables and are left out, as are the operands of EXTRACT(x FROM y)-style functions."""
    toks = [t for t in tokens(sql) if t.kind not in ("space", "comment")]
    # CTE names: `name AS (` or `name (cols) AS (`
    ctes: set[str] = set()
    for i, t in enumerate(toks):
        if t.kind in ("word", "qident") and i + 2 < len(toks):
            nxt = toks[i + 1]
            if nxt.kind == "word" and nxt.text.upper() == "AS" and toks[i + 2].text == "(":
                if i > 0 and toks[i - 1].kind == "word" and toks[i - 1].text.upper() in ("WITH", "RECURSIVE") \
                        or i > 0 and toks[i - 1].text == ",":
                    ctes.add(_name(t).upper())
            elif nxt.text == "(" and i > 0 and (toks[i - 1].text == "," or toks[i - 1].text.upper() in ("WITH", "RECURSIVE")):
                depth, j = 0, i + 1
                while j < len(toks):
                    depth += toks[j].text == "("
                    depth -= toks[j].text == ")"
                    j += 1
                    if depth == 0:
                        break
                if j + 1 < len(toks) and toks[j].text.upper() == "AS" and toks[j + 1].text == "(":
                    ctes.add(_name(t).upper())
    found: list[str] = []
    # paren stack: True where the paren belongs to a function whose FROM is not a table list
    stack: list[bool] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.text == "(":
            prev = toks[i - 1] if i else None
            stack.append(bool(prev and prev.kind == "word" and prev.text.upper() in _FUNCS_WITH_FROM))
            i += 1
            continue
        if t.text == ")":
            if stack:
                stack.pop()
            i += 1
            continue
        kw = t.text.upper() if t.kind == "word" else ""
        if kw in ("FROM", "JOIN") and not (stack and stack[-1]):
            i += 1
            while i < len(toks):
                if toks[i].kind == "word" and toks[i].text.upper() in ("ONLY", "LATERAL"):
                    i += 1
                    continue
                if toks[i].kind not in ("word", "qident") or (toks[i].kind == "word" and toks[i].text.upper() in _STOP):
                    break
                parts = [_name(toks[i])]
                i += 1
                while i + 1 < len(toks) and toks[i].text == "." and toks[i + 1].kind in ("word", "qident"):
                    parts.append(_name(toks[i + 1]))
                    i += 2
                if i < len(toks) and toks[i].text == "(":   # table function: not a table
                    break
                name = ".".join(parts).upper()
                if name not in ctes and name not in found:
                    found.append(name)
                if kw != "FROM":
                    break
                # skip an alias, then continue a comma list
                if i < len(toks) and toks[i].kind == "word" and toks[i].text.upper() == "AS":
                    i += 1
                if i < len(toks) and toks[i].kind in ("word", "qident") and not (
                        toks[i].kind == "word" and toks[i].text.upper() in _STOP):
                    i += 1
                    if i < len(toks) and toks[i].text == "(":   # alias column list
                        depth = 0
                        while i < len(toks):
                            depth += toks[i].text == "("
                            depth -= toks[i].text == ")"
                            i += 1
                            if depth == 0:
                                break
                if i < len(toks) and toks[i].text == ",":
                    i += 1
                    continue
                break
            continue
        i += 1
    return found
