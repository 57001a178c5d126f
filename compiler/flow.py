"""BTEQ control flow as plain Python, shared by the PySpark job and the Redshift runner.

Forward .GOTO becomes a `skip_to` label: statements run only while no jump is pending, and the
matching .LABEL clears it.  Scripts without .GOTO get no guards at all.  A .GOTO to a label that
is not later in the script is rejected (BTEQ only jumps forward)."""
from __future__ import annotations

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
    return node.source.strip()


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


def python_lines(nodes: list[Node], render: Callable[[Statement], list[str]], sink: DiagnosticSink) -> list[str]:
    """The body of run(): one list of source lines (4-space indented inside the `with`)."""
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

    for i, node in enumerate(nodes):
        if isinstance(node, Statement):
            guarded.extend(render(node))
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
        elif node.name == "REMARK":
            guarded.append(head)
            guarded.append(f"script.remark({node.args['text']!r})")
        else:
            guarded.append(f"{head}  (no effect here)")
    flush()
    return out


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
