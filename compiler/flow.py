"""BTEQ control flow as plain Python, shared by the PySpark job and the Redshift runner.

Forward .GOTO becomes a `skip_to` label: statements run only while no jump is pending, and the
matching .LABEL clears it.  Scripts without .GOTO get no guards at all.  A .GOTO to a label that
is not later in the script is rejected (BTEQ only jumps forward)."""
from __future__ import annotations

import re
from typing import Callable

from leapc.diagnostics import DiagnosticSink, Severity
from leapc.ir import BteqCommand, Node, Note, Statement

STATUS = {"ACTIVITYCOUNT": "script.activity_count", "ERRORCODE": "script.error_code",
          "ERRORLEVEL": "script.error_level"}
PY_OPS = {"=": "==", "<>": "!=", ">": ">", "<": "<", ">=": ">=", "<=": "<="}


def display(node: BteqCommand) -> str:
    """The command as it may appear in generated code: never a .LOGON's user or password."""
    if node.name == "LOGON":
        return ".LOGON (credentials removed: the runtime supplies the connection)"
    return " ".join(node.source.split())  # one line: it goes into a comment


def condition(cond: dict) -> str:
    terms = [f"{STATUS[s]} {PY_OPS[op]} {value}" for s, op, value in cond["terms"]]
    text = terms[0]
    for op, term in zip(cond["ops"], terms[1:]):
        text = f"{text} {op.lower()} {term}"
    return text


def _action(name: str, args: dict, sink: DiagnosticSink, cmd: BteqCommand) -> list[str]:
    if name == "GOTO":
        return [f"skip_to = {args['label']!r}"]
    if name in ("QUIT", "EXIT"):
        code = args.get("code")
        return [f"script.quit({code!r})" if code is not None else "script.quit()"]
    sink.add("LEAPC-W006", Severity.WARNING, f".{name} after THEN has no effect on the target", cmd.span)
    return [f"pass  # .{name} (no effect here)"]


_FILE = re.compile(r"\bFILE\s*=\s*([^\s,;]+)", re.I)
_SKIP = re.compile(r"\bSKIP\s*=\s*(\d+)", re.I)
_QUOTED = re.compile(r"'([^']*)'")


def export_spec(spec: str) -> dict | None:
    """`.EXPORT REPORT FILE=x` -> {"mode": "REPORT", "path": "x"}; RESET -> None."""
    words = spec.replace("=", " = ").split()
    if not words or words[0].upper() == "RESET":
        return None
    mode = words[0].upper() if words[0].upper() in ("REPORT", "DATA", "INDICDATA", "DIF") else "REPORT"
    path = _FILE.search(spec)
    return {"mode": mode, "path": path.group(1).strip("'\"") if path else None}


def import_spec(spec: str) -> dict:
    """`.IMPORT VARTEXT ',' FILE=x SKIP=1` -> mode, separator, path, skip."""
    words = spec.split()
    mode = words[0].upper() if words and words[0].upper() in ("VARTEXT", "DATA", "INDICDATA", "REPORT") else "DATA"
    sep = _QUOTED.search(spec.split("FILE", 1)[0] if "FILE" in spec.upper() else spec)
    path = _FILE.search(spec)
    skip = _SKIP.search(spec)
    return {"mode": mode, "separator": sep.group(1) if sep else "|", "path": path.group(1).strip("'\"") if path else None,
            "skip": int(skip.group(1)) if skip else 0}


def python_lines(nodes: list[Node], render: Callable[[Statement, dict], list[str]], sink: DiagnosticSink) -> list[str]:
    """The body of run(): one list of source lines (4-space indented inside the `with`).

    `render(statement, io)` writes the call for one statement; `io` says whether a BTEQ
    .EXPORT or .IMPORT is active at that point (keys "export", "import", "repeat")."""
    io: dict = {"export": None, "import": None, "repeat": 1}
    labels_ahead = _labels_ahead(nodes)
    uses_goto = any(isinstance(n, BteqCommand) and (n.name == "GOTO" or (
        n.name == "IF" and n.args["then"][0] == "GOTO")) for n in nodes)
    out: list[str] = ["skip_to = None"] if uses_goto else []
    guarded: list[str] = []

    def flush():
        if guarded:
            if uses_goto and any(not line.lstrip().startswith("#") for line in guarded):
                out.append("if skip_to is None:")
                out.extend("    " + line for line in guarded)
            else:
                out.extend(guarded)
            guarded.clear()

    in_request = False
    for i, node in enumerate(nodes):
        if isinstance(node, Statement):
            if node.using is not None and io["import"] is None:
                sink.add("LEAPC-E003", Severity.ERROR, "USING request without an .IMPORT before it", node.span)
            lines = render(node, dict(io))
            if in_request:
                lines = _unless_request_failed(lines)
            elif node.continues_request:
                # One request, several statements: all or nothing, and a failure skips the rest.
                guarded.append("script.begin_request()")
                in_request = True
            guarded.extend(lines)
            if in_request and not node.continues_request:
                guarded.append("script.end_request()")
                in_request = False
            if node.using is not None:
                io["repeat"] = 1  # .REPEAT applies to the next request only
            continue
        if isinstance(node, Note):
            guarded.append(f"# source: {node.span.file}:{node.span.line}  NOTE: {node.text}")
            continue
        if not isinstance(node, BteqCommand):
            continue
        head = f"# source: {node.span.file}:{node.span.line}  {display(node)}"
        if node.name == "LABEL":
            flush()
            out.append(head)
            if uses_goto:
                out.append(f"if skip_to == {node.args['label']!r}:")
                out.append("    skip_to = None")
            continue
        for target in _goto_targets(node):
            if target not in labels_ahead[i]:
                sink.add("LEAPC-E003", Severity.ERROR,
                         f".GOTO {target}: no .LABEL {target} later in the script (BTEQ jumps only forward)",
                         node.span)
        if node.name == "IF":
            then_name, then_args = node.args["then"]
            guarded.append(head)
            guarded.append(f"if {condition(node.args['condition'])}:")
            guarded.extend("    " + line for line in _action(then_name, then_args, sink, node))
            if then_name == "GOTO":
                flush()  # what follows must see the jump
        elif node.name in ("GOTO", "QUIT", "EXIT"):
            guarded.append(head)
            guarded.extend(_action(node.name, node.args, sink, node))
            flush()
        elif node.name == "SET" and node.args["option"] == "ERRORLEVEL":
            parts = node.args["value"].upper().replace("SEVERITY", " ").split()
            guarded.append(head)
            if len(parts) == 2:
                code = int(parts[0]) if parts[0].isdigit() else parts[0]
                guarded.append(f"script.set_error_level({code!r}, {int(parts[1])})")
        elif node.name == "EXPORT":
            io["export"] = export_spec(node.args["spec"])
            guarded.append(head)
            if io["export"] and io["export"]["mode"] != "REPORT":
                sink.add("LEAPC-W006", Severity.WARNING,
                         f".EXPORT {io['export']['mode']}: written as REPORT text (binary record formats are not produced)",
                         node.span)
        elif node.name == "IMPORT":
            io["import"] = import_spec(node.args["spec"])
            guarded.append(head)
            if io["import"]["mode"] != "VARTEXT":
                sink.add("LEAPC-E003", Severity.ERROR,
                         f".IMPORT {io['import']['mode']}: only VARTEXT (delimited text) files are read", node.span)
        elif node.name == "REPEAT":
            spec = node.args["spec"].strip().rstrip(";").split()[0] if node.args["spec"].strip() else "1"
            io["repeat"] = None if spec == "*" else int(spec) if spec.isdigit() else 1
            guarded.append(head)
        elif node.name == "SET" and node.args["option"] in ("SEPARATOR", "TITLEDASHES", "NULL"):
            guarded.append(head)
            value = node.args["value"].strip().rstrip(";")
            value = value[1:-1] if value[:1] == "'" and value[-1:] == "'" else value
            guarded.append(f"script.set_option({node.args['option']!r}, {value!r})")
        elif node.name == "REMARK":
            guarded.append(head)
            guarded.append(f"script.remark({node.args['text']!r})")
        else:
            if node.name in ("RUN", "OS"):
                # These do something in BTEQ (run another script, a shell command): say so.
                sink.add("LEAPC-W006", Severity.WARNING,
                         f".{node.name} is kept as a comment: convert the script or command it runs separately",
                         node.span)
            guarded.append(f"{head}  (no effect here)")
    flush()
    return out


def _unless_request_failed(lines: list[str]) -> list[str]:
    if all(line.lstrip().startswith("#") for line in lines):
        return lines
    return ["if script.error_code == 0:", *("    " + line for line in lines)]


def _goto_targets(node: BteqCommand) -> list[str]:
    if node.name == "GOTO":
        return [node.args["label"]]
    if node.name == "IF" and node.args["then"][0] == "GOTO":
        return [node.args["then"][1]["label"]]
    return []


def _labels_ahead(nodes: list[Node]) -> list[set[str]]:
    ahead: list[set[str]] = [set() for _ in nodes]
    seen: set[str] = set()
    for i in range(len(nodes) - 1, -1, -1):
        ahead[i] = set(seen)
        node = nodes[i]
        if isinstance(node, BteqCommand) and node.name == "LABEL":
            seen.add(node.args["label"])
    return ahead


def import_call(sid: str, constant: str, stmt: Statement, io: dict) -> str:
    spec = io["import"]
    columns = [name for name, _ in stmt.using]
    return (f"script.import_rows({sid!r}, {constant}, {spec['path']!r}, {columns!r}, "
            f"separator={spec['separator']!r}, skip={spec['skip']}, limit={io['repeat']!r})")
