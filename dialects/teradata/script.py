"""Teradata script front end: split a file into SQL statements and BTEQ command lines, keep
their spans and comments, and parse each into the script IR.

A statement that does not parse becomes an error diagnostic naming file:line:col; the rest of
the file still converts.
"""
from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass, field

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError, TokenError
from sqlglot.tokens import TokenType

from leapc.diagnostics import DiagnosticSink, Severity, Span
from leapc.dialects.teradata.bteq import KNOWN, BteqSyntaxError, negate_condition, parse_command
from leapc.dialects.teradata.sqlglot_dialect import LeapTeradata, Upsert
from leapc.ir import BteqCommand, MacroDef, Node, Script, Statement

# sqlglot logs a warning when it falls back to exp.Command; we report those ourselves.
logging.getLogger("sqlglot").setLevel(logging.ERROR)

DIALECT = LeapTeradata()


@dataclass
class Chunk:
    kind: str          # "sql" or "bteq"
    text: str          # the statement text, without the terminating semicolon
    offset: int        # offset of text[0] in the file
    comments: list[str] = field(default_factory=list)
    # BTEQ sends a request when a line ends with its semicolon; `a; b;` on one line, or a line
    # starting with `;`, makes one multi-statement request.
    request_end: bool = True


_MACRO_START = re.compile(r"(CREATE|REPLACE)\s+MACRO\b", re.I)
_BTEQ_LINE = re.compile(r"\.[A-Za-z]")


def split_script(text: str) -> list[Chunk]:
    """Split on semicolons outside quotes, comments and macro bodies; BTEQ lines stand alone."""
    chunks: list[Chunk] = []
    i, n = 0, len(text)
    stmt_start: int | None = None      # offset of the first SQL character of the current statement
    comments: list[str] = []
    depth = 0
    macro = False
    at_line_start = True
    while i < n:
        c = text[i]
        if stmt_start is None:
            # Between statements: skip blanks, collect comments, recognise BTEQ lines.
            if c == "\n":
                at_line_start = True
                i += 1
                continue
            if c in " \t\r\f":
                i += 1
                continue
            if text.startswith("--", i):
                end = text.find("\n", i)
                end = n if end < 0 else end
                comments.append(text[i + 2:end].strip())
                i = end
                continue
            if text.startswith("/*", i):
                end = text.find("*/", i + 2)
                end = n if end < 0 else end + 2
                comments.append(text[i + 2:end - 2].strip())
                i = end
                continue
            if at_line_start and _BTEQ_LINE.match(text, i):
                end = text.find("\n", i)
                end = n if end < 0 else end
                if _IF_THEN_SQL.match(text[i:end]):
                    end = _request_end(text, i)  # the SQL after THEN may span lines
                chunks.append(Chunk("bteq", text[i:end].rstrip(), i, comments))
                comments = []
                i = end
                continue
            if c == ";":
                i += 1
                continue
            stmt_start = i
            depth = 0
            macro = bool(_MACRO_START.match(text, i))
            at_line_start = False
        if c == "'" or c == '"':
            end = i + 1
            while end < n:
                if text[end] == c:
                    if end + 1 < n and text[end + 1] == c:
                        end += 2
                        continue
                    break
                end += 1
            i = end + 1
            continue
        if text.startswith("--", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        if text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif c == ";" and (not macro or depth == 0):
            chunks.append(Chunk("sql", text[stmt_start:i].rstrip(), stmt_start, comments,
                                request_end=_ends_line(text, i + 1)))
            comments, stmt_start = [], None
        elif c == "\n" and macro is False and depth == 0 and _BTEQ_LINE.match(text, _skip_blanks(text, i + 1)):
            # A BTEQ command ends an unterminated SQL request (BTEQ would reject it, but scripts
            # that forget a semicolon before `.IF` are common): close the statement here.
            chunks.append(Chunk("sql", text[stmt_start:i].rstrip(), stmt_start, comments))
            comments, stmt_start = [], None
            at_line_start = True
        i += 1
    if stmt_start is not None and text[stmt_start:].strip():
        chunks.append(Chunk("sql", text[stmt_start:].rstrip(), stmt_start, comments))
    return chunks


_IF_THEN_SQL = re.compile(r"\.IF\b.*?\bTHEN\s+(?!\.)(?P<word>[A-Za-z]+)", re.I)


def _then_sql(line: str) -> re.Match | None:
    """`.IF cond THEN <SQL request>` (BTEQ allows a request instead of a command after THEN)."""
    match = _IF_THEN_SQL.match(line)
    return match if match and match.group("word").upper() not in KNOWN else None


def _request_end(text: str, i: int) -> int:
    """Offset just past the semicolon ending the request that starts at i (quotes skipped)."""
    quote = None
    while i < len(text):
        c = text[i]
        if quote:
            quote = None if c == quote else quote
        elif c in "'\"":
            quote = c
        elif c == ";":
            return i + 1
        i += 1
    return len(text)


def _ends_line(text: str, i: int) -> bool:
    """Is nothing but blanks or a comment left on the line from offset i?"""
    while i < len(text) and text[i] in " \t\r\f":
        i += 1
    if text.startswith("/*", i):
        end = text.find("*/", i + 2)
        if end >= 0 and "\n" not in text[i:end]:
            return _ends_line(text, end + 2)
    return i >= len(text) or text[i] == "\n" or text.startswith("--", i)


def _skip_blanks(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t":
        i += 1
    return i


class _Positions:
    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line_col(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


def parse_script(text: str, path: str, variables: dict[str, str] | None = None) -> Script:
    """Parse a Teradata SQL or BTEQ file, or a shell script whose heredocs feed bteq.

    `${VAR}`, `$VAR` and `%%VAR%%` placeholders bound in `variables` are replaced by their
    value; the others stay placeholders (job parameters at run time)."""
    script = Script(path=path, nodes=[])
    bodies = _bteq_heredocs(text) if path.lower().endswith((".ksh", ".sh")) or _HEREDOC.search(text) else None
    if bodies is None:
        bodies = [(0, text)]
    elif not bodies:
        script.diagnostics.add("LEAPC-W001", Severity.WARNING,
                               "shell script without a bteq heredoc: nothing to convert", Span(path, 1, 1))
    for offset, body in bodies:
        # Placeholders become identifiers the SQL parser accepts; offsets keep their spans.
        prepared = placeholders_to_markers(body, variables or {})
        padded = " " * offset + prepared if offset else prepared
        positions = _Positions(text[:offset] + prepared) if offset else _Positions(prepared)
        chunks = [c for c in split_script(padded)]
        script.nodes.extend(_parse_chunks(chunks, padded, path, positions, script.diagnostics))
    return script


_HEREDOC = re.compile(r"\bbteq\b[^\n]*?<<-?\s*[\'\"]?(\w+)[\'\"]?[^\n]*\n", re.I)


def _bteq_heredocs(text: str) -> list[tuple[int, str]]:
    """(offset, body) of every `bteq ... <<EOF ... EOF` in a shell script."""
    bodies = []
    for m in _HEREDOC.finditer(text):
        end = re.compile(rf"^[ \t]*{re.escape(m.group(1))}[ \t]*$", re.M).search(text, m.end())
        stop = end.start() if end else len(text)
        bodies.append((m.end(), text[m.end():stop]))
    return bodies


MARKER = "LEAPCVAR__{}__"
_MARKER_RE = re.compile(r"LEAPCVAR__(\w+?)__")
_PLACEHOLDER = re.compile(r"\$\{(\w+)\}|%%(\w+)%%|\$(?![0-9])(\w+)|\{([A-Za-z_]\w*)\}")
_BRACED = re.compile(r"\$\{(\w+)\}|%%(\w+)%%")


def placeholders_to_markers(text: str, variables: dict[str, str]) -> str:
    """Bind known variables; turn the others into marker identifiers outside string literals
    (inside literals they stay as written and the runtime quotes the value it substitutes).
    Markers keep the text length where they can, so spans stay right."""
    out, i, n = [], 0, len(text)
    in_string = False
    while i < n:
        c = text[i]
        if c == "'":
            in_string = not in_string
            out.append(c)
            i += 1
            continue
        # Inside literals only the unambiguous ${NAME} / %%NAME%% forms are placeholders ('$c' is
        # data); outside, a bare $NAME must not continue an identifier (TABLE$1).
        if c in "$%" and (in_string or (i > 0 and (text[i - 1].isalnum() or text[i - 1] in "_$#"))):
            m = _BRACED.match(text, i)
        elif c == "{" and in_string:
            m = None
        else:
            m = _PLACEHOLDER.match(text, i) if c in "$%{" else None
        if m:
            name = next(g for g in m.groups() if g)
            if name in variables:
                out.append(variables[name])
            elif in_string:
                out.append("${" + name + "}")
            else:
                out.append(MARKER.format(name))
            i = m.end()
            continue
        out.append(c)
        i += 1
    return "".join(out)


def markers_to_placeholders(text: str) -> str:
    """Generated code shows placeholders as `${NAME}`: the runtime binds them from job args."""
    return _MARKER_RE.sub(lambda m: "${" + m.group(1) + "}", text)


def _parse_chunks(chunks, text, path, positions, sink) -> list[Node]:
    nodes: list[Node] = []
    for index, chunk in enumerate(chunks):
        line, col = positions.line_col(chunk.offset)
        end_line, _ = positions.line_col(chunk.offset + len(chunk.text))
        span = Span(path, line, col, end_line)
        if chunk.kind == "bteq":
            then_sql = _then_sql(chunk.text)
            if then_sql:
                nodes.extend(_conditional_request(chunk, then_sql, span, positions, path, sink, index))
                continue
            nodes.append(_bteq_node(chunk, span, sink))
            continue
        macro = _MACRO_DEF.match(chunk.text)
        if macro:
            nodes.append(_macro_node(macro, chunk, text, path, positions, span, sink))
            continue
        nodes.append(_statement(chunk, span, positions, path, sink))
        following = chunks[index + 1] if index + 1 < len(chunks) else None
        nodes[-1].continues_request = not chunk.request_end and following is not None and following.kind == "sql"
    return nodes


def _conditional_request(chunk: Chunk, match: re.Match, span: Span, positions, path, sink, index: int) -> list[Node]:
    """`.IF cond THEN <SQL>` as `.IF NOT cond THEN .GOTO skip`, the request, `.LABEL skip`:
    the runners already know those three."""
    start = match.start("word")
    head = Chunk("bteq", chunk.text[:start] + ".GOTO LEAPC_SKIP", chunk.offset, chunk.comments)
    command = _bteq_node(head, span, sink)
    label = f"LEAPC_SKIP_{index}"
    negated = negate_condition(command.args["condition"]) if command.name == "IF" else None
    if negated is None:
        sink.add("LEAPC-E003", Severity.ERROR,
                 ".IF ... THEN <SQL> with a condition mixing AND and OR is not converted", span)
        return [BteqCommand("INVALID", {"text": chunk.text}, span, chunk.text)]
    sql = chunk.text[start:].rstrip().rstrip(";")
    line, col = positions.line_col(chunk.offset + start)
    statement = _statement(Chunk("sql", sql, chunk.offset + start), Span(path, line, col, span.end_line),
                           positions, path, sink)
    return [BteqCommand("IF", {"condition": negated, "then": ("GOTO", {"label": label})}, span, chunk.text),
            statement,
            BteqCommand("LABEL", {"label": label}, span, chunk.text)]


def _bteq_node(chunk: Chunk, span: Span, sink: DiagnosticSink) -> BteqCommand:
    # Placeholders in commands (FILE=${OUT}) stay as ${NAME} for the runtime to bind.
    chunk = Chunk(chunk.kind, markers_to_placeholders(chunk.text), chunk.offset, chunk.comments)
    try:
        name, args = parse_command(chunk.text)
    except BteqSyntaxError as e:
        sink.add("LEAPC-E001", Severity.ERROR, str(e),
                 Span(span.file, span.line, span.column + e.column))
        return BteqCommand("INVALID", {"text": chunk.text}, span, chunk.text)
    if name not in KNOWN:
        sink.add("LEAPC-W001", Severity.WARNING, f"unknown BTEQ command .{name}", span)
    return BteqCommand(name, args, span, chunk.text)


_MACRO_DEF = re.compile(
    r"\s*(?:CREATE|REPLACE)\s+MACRO\s+(?P<name>[\w$#.\"]+)\s*(?:\((?P<params>.*?)\))?\s*AS\s*\((?P<body>.*)\)\s*$",
    re.I | re.S)


def _macro_node(match, chunk, text, path, positions, span, sink) -> MacroDef:
    params = []
    for item in _split_top_level(match.group("params") or ""):
        parts = item.strip().split(None, 1)
        if parts:
            params.append((parts[0].lower(), parts[1] if len(parts) > 1 else ""))
    body_offset = chunk.offset + match.start("body")
    body_chunks = split_script(match.group("body"))
    for c in body_chunks:
        c.offset += body_offset
    body = _parse_chunks(body_chunks, text, path, positions, sink)
    return MacroDef(match.group("name").replace('"', "").lower(), params, body, span, chunk.text)


def _split_top_level(text: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for i, c in enumerate(text):
        depth += (c == "(") - (c == ")")
        if c == "," and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    if text[start:].strip():
        parts.append(text[start:])
    return parts


_CT = re.compile(r"CT\b", re.I)
_RECURSIVE_VIEW = re.compile(
    r"\s*(?P<verb>CREATE|REPLACE)\s+RECURSIVE\s+VIEW\s+(?P<name>[\w$#.\"]+)\s*(?:\((?P<cols>[^)]*)\))?\s*AS\s*(?P<body>.*)$",
    re.I | re.S)


def _recursive_view(sql: str) -> exp.Expression | None:
    """CREATE RECURSIVE VIEW v (cols) AS (seed UNION ALL step over v): the same view as
    CREATE VIEW v (cols) AS WITH RECURSIVE v_rec (cols) AS (...) SELECT * FROM v_rec."""
    m = _RECURSIVE_VIEW.match(sql)
    if not m:
        return None
    name = m.group("name").replace('"', "")
    body = sqlglot.parse_one(m.group("body"), dialect=DIALECT)
    while isinstance(body, exp.Paren) or isinstance(body, exp.Subquery):
        body = body.this
    short = name.split(".")[-1]
    cte_name = f"{short}_rec"
    for table in body.find_all(exp.Table):
        if table.name.lower() == short.lower() and (not table.db or ".".join((table.db, table.name)).lower() == name.lower()):
            table.set("db", None)
            table.set("this", exp.to_identifier(cte_name))
    columns = [c.strip() for c in (m.group("cols") or "").split(",") if c.strip()]
    cte = exp.CTE(this=body, alias=exp.TableAlias(this=exp.to_identifier(cte_name),
                                                  columns=[exp.to_identifier(c) for c in columns] or None))
    query = exp.select("*").from_(cte_name)
    query.set("with_", exp.With(expressions=[cte], recursive=True))
    parts = name.split(".")
    view = exp.Table(this=exp.to_identifier(parts[-1]), db=exp.to_identifier(parts[-2]) if len(parts) > 1 else None)
    target = exp.Schema(this=view, expressions=[exp.to_identifier(c) for c in columns]) if columns else view
    return exp.Create(this=target, kind="VIEW", replace=m.group("verb").upper() == "REPLACE", expression=query)


_USING = re.compile(r"\s*USING\s*\(", re.I)


def _using_clause(sql: str) -> tuple[list[tuple[str, str]] | None, str]:
    """Split `USING (a VARCHAR(10), b INTEGER) INSERT ...` into its parameters and statement."""
    m = _USING.match(sql)
    if not m:
        return None, sql
    depth, i = 1, m.end()
    while i < len(sql) and depth:
        depth += (sql[i] == "(") - (sql[i] == ")")
        i += 1
    params = []
    for item in _split_top_level(sql[m.end():i - 1]):
        parts = item.strip().split(None, 1)
        if parts:
            params.append((parts[0].lower(), parts[1] if len(parts) > 1 else "VARCHAR"))
    return params, " " * i + sql[i:]


# Statistics collected with the copy: no effect on rows (the targets gather their own).
_WITH_DATA_AND_STATS = re.compile(r"\bWITH\s+(NO\s+)?DATA\s+AND\s+(?:NO\s+)?STAT(?:ISTIC)?S\b", re.I)
_CREATE_TABLE = re.compile(r"\s*(CREATE|CT\b)", re.I)
_MAP_OPTION = re.compile(r",\s*MAP\s*=\s*[\w$#]+(\s+COLOCATE\s+USING\s+[\w$#]+)?|,\s*BLOCKCOMPRESSION\s*=\s*\w+", re.I)
_PARTITION = re.compile(r"\bPARTITION\s+BY\s*\(?\s*(RANGE_N|CASE_N)\s*\(", re.I)


def _blank(text: str, start: int, end: int) -> str:
    """Replace text[start:end] by blanks (newlines kept), so later spans do not move."""
    return text[:start] + "".join(c if c == "\n" else " " for c in text[start:end]) + text[end:]


def _teradata_table_options(sql: str) -> str:
    """Physical options sqlglot cannot read, with no effect on results: MAP = ..., BLOCKCOMPRESSION;
    RANGE_N / CASE_N partitioning becomes PARTITION BY (first column) for the SORTKEY rule."""
    if not _CREATE_TABLE.match(sql):
        return sql
    head_end = sql.find("(")
    if head_end > 0:
        for m in reversed(list(_MAP_OPTION.finditer(sql, 0, head_end))):
            sql = _blank(sql, m.start(), m.end())
    m = _PARTITION.search(sql)
    if m:
        depth, i = 1, m.end()
        while i < len(sql) and depth:
            depth += (sql[i] == "(") - (sql[i] == ")")
            i += 1
        if sql[m.start():m.end()].count("(") == 2 and i < len(sql) and sql[i:].lstrip().startswith(")"):
            i = sql.index(")", i) + 1
        column = re.match(r"\s*([\w$#\"]+)", sql[m.end():])
        replacement = f"PARTITION BY ({column.group(1)})" if column else ""
        sql = sql[:m.start()] + replacement + " " * max(0, i - m.start() - len(replacement)) + sql[i:]
    return sql


def _statement(chunk: Chunk, span: Span, positions, path, sink) -> Statement:
    using, sql = _using_clause(chunk.text)
    if _CT.match(sql):
        sql = "CREATE TABLE" + sql[2:]
    sql = _teradata_table_options(sql)
    # WITH DEFAULT: the type's system default (0, blanks, ...); resolved per type by the DDL pass.
    sql = re.sub(r"\bWITH\s+DEFAULT\b", "DEFAULT LEAPC_SYSTEM_DEFAULT", sql, flags=re.I)
    sql = _WITH_DATA_AND_STATS.sub(lambda m: f"WITH {m.group(1) or ''}DATA" + " " * (len(m.group(0)) - len(f"WITH {m.group(1) or ''}DATA")), sql)
    try:
        expr = _parse_sql(sql)
    except (ParseError, TokenError) as e:
        line, col = _error_position(e, chunk, positions)
        message = _first_error(e)
        sink.add("LEAPC-E001", Severity.ERROR, f"does not parse as Teradata SQL: {message}",
                 Span(path, line, col))
        return Statement(None, span, chunk.text, chunk.comments)
    return Statement(expr, span, chunk.text, chunk.comments, using=using)


def _parse_sql(sql: str) -> exp.Expression:
    recursive_view = _recursive_view(sql)
    if recursive_view is not None:
        return recursive_view
    upsert = _upsert_split(sql)
    if upsert is not None:
        update, insert = (sqlglot.parse_one(part, dialect=DIALECT) for part in upsert)
        return Upsert(this=update, expression=insert)
    trees = [t for t in sqlglot.parse(sql, dialect=DIALECT) if t is not None]
    if len(trees) != 1:
        raise ParseError(f"expected one statement, found {len(trees)}")
    return trees[0]


def _upsert_split(sql: str) -> tuple[str, str] | None:
    """`UPDATE ... ELSE INSERT ...`: the offsets of the two halves, or None."""
    if not re.match(r"\s*(UPDATE|UPD)\b", sql, re.I):
        return None
    tokens = DIALECT.tokenize(sql)
    depth = 0
    for tok, nxt in zip(tokens, tokens[1:]):
        depth += (tok.token_type == TokenType.L_PAREN) - (tok.token_type == TokenType.R_PAREN)
        if depth == 0 and tok.token_type == TokenType.ELSE and nxt.token_type == TokenType.INSERT:
            return sql[:tok.start], sql[nxt.start:]
    return None


def _error_position(e: Exception, chunk: Chunk, positions: _Positions) -> tuple[int, int]:
    start_line, start_col = positions.line_col(chunk.offset)
    errors = getattr(e, "errors", None) or [{}]
    line = errors[0].get("line") or 1
    col = errors[0].get("col") or 1
    if line == 1:
        return start_line, start_col + col - 1
    return start_line + line - 1, col


def _first_error(e: Exception) -> str:
    errors = getattr(e, "errors", None)
    if errors and errors[0].get("description"):
        desc = re.sub(r"<Token token_type: [^,]+, text: ([^,]*),.*?>", r"'\1'", errors[0]["description"])
        highlight = errors[0].get("highlight")
        return f"{desc} near {highlight!r}" if highlight else desc
    return str(e).splitlines()[0]
