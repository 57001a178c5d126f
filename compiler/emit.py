"""Helpers every emitter shares: headers, statement ids, Python string literals."""
from __future__ import annotations

from leapc import __version__
from leapc.ir import Script, Statement


def header_lines(script: Script, target: str, comment: str) -> list[str]:
    return [
        f"{comment} Converted by leapc {__version__} from {script.path} (Teradata) for {target}.",
        f"{comment} Generated code: change the Teradata source or leapc's options and convert again.",
    ]


def statement_ids(script: Script) -> dict[int, str]:
    """Stable ids S010, S020, ... in source order (restart and logs refer to them)."""
    ids, n = {}, 0
    for node in script.nodes:
        if isinstance(node, Statement):
            n += 10
            ids[id(node)] = f"S{n:03d}"
    return ids


def py_string(text: str) -> str:
    """A Python literal for SQL text, triple-quoted when that stays readable."""
    if '"""' not in text and "\\" not in text and not text.endswith('"'):
        return f'"""\\\n{text}\n"""' if "\n" in text else f'"{text}"' if '"' not in text else repr(text)
    return repr(text)


def comment_block(lines: list[str], prefix: str) -> list[str]:
    out = []
    for line in lines:
        for part in line.splitlines() or [""]:
            out.append(f"{prefix} {part}".rstrip())
    return out


def with_statement(body: list[str]) -> list[str]:
    """A Python block body: `pass` when every line is a comment (nothing converted)."""
    return body if any(line.strip() and not line.lstrip().startswith("#") for line in body) else [*body, "pass"]


def unique_checks_constant(sid: str, expr, to_sql) -> str:
    """`{sid}_KEYS = [...]`: the queries a runner runs before an INSERT to refuse a duplicate
    unique key (Teradata error 2801), in the target's SQL."""
    queries = [py_string(to_sql(q)) for q in expr.meta["unique_checks"]]
    return f"{sid}_KEYS = [\n" + "".join(f"    {q},\n" for q in queries) + "]"
