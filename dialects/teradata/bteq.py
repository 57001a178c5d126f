"""BTEQ dot-commands: a lark grammar and the reader that turns one command line into
(name, args).  Case-insensitive; the leading dot is optional where BTEQ allows it."""
from __future__ import annotations

from functools import lru_cache

from lark import Lark, Transformer, v_args
from lark.exceptions import LarkError

GRAMMAR = r"""
?start: command ";"?

?command: if_cmd | goto | label | quit | logon | logoff | set_cmd | remark | os_cmd
        | export | import_cmd | run_file | repeat | generic

if_cmd: "IF"i condition "THEN"i "."? command
condition: term (BOOLOP term)*
?term: comparison | "(" term ")" | negated
negated: NOTWORD term
NOTWORD.2: /NOT\b/i
comparison: STATUS CMPOP SIGNED_INT
STATUS.2: /(ERRORCODE|ERRORLEVEL|ACTIVITYCOUNT)\b/i
BOOLOP.2: /(AND|OR)\b/i
CMPOP: "<>" | "^=" | "!=" | ">=" | "<=" | "=" | "<" | ">" | /NE\b/i | /EQ\b/i | /GE\b/i | /LE\b/i | /GT\b/i | /LT\b/i

goto: "GOTO"i NAME
label: "LABEL"i NAME
quit: QUITWORD [exit_value]
QUITWORD.2: /(QUIT|EXIT)\b/i
exit_value: SIGNED_INT | STATUS
logon: "LOGON"i REST?
logoff: "LOGOFF"i
remark: "REMARK"i REST?
os_cmd: "OS"i REST?
set_cmd: "SET"i NAME REST?
export: "EXPORT"i REST?
import_cmd: "IMPORT"i REST?
run_file: "RUN"i REST?
repeat: "REPEAT"i REST?
generic: NAME REST?

NAME: /[A-Za-z_$%{][A-Za-z0-9_$#%{}]*/
REST: /[^;\n][^\n]*?(?=;?\s*$)/
%import common.SIGNED_INT
%import common.WS_INLINE
%ignore WS_INLINE
"""

KNOWN = {"IF", "GOTO", "LABEL", "QUIT", "EXIT", "LOGON", "LOGOFF", "SET", "REMARK", "OS", "EXPORT",
         "IMPORT", "RUN", "REPEAT", "SESSIONS", "HANG", "WIDTH", "TITLEDASHES", "SEPARATOR", "FORMAT",
         "QUIET", "RETRY", "MAXERROR", "ERROROUT", "ERRORLEVEL", "DEFAULTS", "SHOW", "MESSAGEOUT",
         "COMPILE", "INDICDATA", "RECORDMODE", "ECHOREQ", "FOLDLINE", "FOOTING", "HEADING", "NULL",
         "OMIT", "PAGEBREAK", "PAGELENGTH", "RETCANCEL", "RETLIMIT", "RTITLE", "SIDETITLES",
         "SKIPDOUBLE", "SKIPLINE", "SUPPRESS", "TDP", "TIMEMSG", "TRANSACTION", "SESSION",
         "CHARSET", "AUTOKEYRETRIEVE", "ABORT", "BRANCH"}


@v_args(inline=True)
class _ToArgs(Transformer):
    def if_cmd(self, condition, command):
        return ("IF", {"condition": condition, "then": command})

    def condition(self, *parts):
        terms, ops = [parts[0]], []
        for op, term in zip(parts[1::2], parts[2::2]):
            ops.append(str(op).upper())
            terms.append(term)
        return {"terms": terms, "ops": ops}

    def negated(self, _word, term):
        status, op, value = term
        return (status, _INVERSE[op], value)

    def comparison(self, status, op, value):
        op = {"^=": "<>", "!=": "<>", "NE": "<>", "EQ": "=", "GE": ">=", "LE": "<=", "GT": ">",
              "LT": "<"}.get(str(op).upper(), str(op))
        return (str(status).upper(), op, int(value))

    def goto(self, name):
        return ("GOTO", {"label": str(name).upper()})

    def label(self, name):
        return ("LABEL", {"label": str(name).upper()})

    def quit(self, word, value=None):
        return (str(word).upper(), {"code": value})

    def exit_value(self, value):
        text = str(value)
        return text.upper() if text[-1:].isalpha() else int(text)

    def logon(self, rest=None):
        # The password is deliberately not kept: connection details come from the runtime.
        return ("LOGON", {})

    def logoff(self):
        return ("LOGOFF", {})

    def remark(self, rest=None):
        return ("REMARK", {"text": str(rest or "").strip().strip("'")})

    def os_cmd(self, rest=None):
        return ("OS", {"command": str(rest or "").strip()})

    def set_cmd(self, name, rest=None):
        return ("SET", {"option": str(name).upper(), "value": str(rest or "").strip()})

    def export(self, rest=None):
        return ("EXPORT", {"spec": str(rest or "").strip()})

    def import_cmd(self, rest=None):
        return ("IMPORT", {"spec": str(rest or "").strip()})

    def run_file(self, rest=None):
        return ("RUN", {"spec": str(rest or "").strip()})

    def repeat(self, rest=None):
        return ("REPEAT", {"spec": str(rest or "").strip()})

    def generic(self, name, rest=None):
        return (str(name).upper(), {"text": str(rest or "").strip()})


@lru_cache(maxsize=1)
def _parser() -> Lark:
    return Lark(GRAMMAR, parser="lalr", maybe_placeholders=False)


class BteqSyntaxError(ValueError):
    def __init__(self, message: str, column: int) -> None:
        super().__init__(message)
        self.column = column


def parse_command(line: str) -> tuple[str, dict]:
    """Parse one BTEQ command line (with or without its leading dot) into (NAME, args)."""
    text = line.strip()
    if text.startswith("."):
        text = text[1:]
    try:
        tree = _parser().parse(text)
    except LarkError as e:
        column = getattr(e, "column", 1) or 1
        raise BteqSyntaxError(f"cannot read BTEQ command: {str(e).splitlines()[0]}", column) from None
    name, args = _ToArgs().transform(tree)
    if name == "IF" and "condition" not in args:
        # An .IF whose condition we cannot read would otherwise be skipped without a word.
        raise BteqSyntaxError(f"cannot read the .IF condition: {args.get('text', '')}", 1)
    return name, args


_INVERSE = {"=": "<>", "<>": "=", "<": ">=", ">=": "<", ">": "<=", "<=": ">"}


def negate_condition(condition: dict) -> dict | None:
    """NOT of an .IF condition by De Morgan's laws; None when it mixes AND and OR."""
    if len(set(condition["ops"])) > 1:
        return None
    return {"terms": [(status, _INVERSE[op], value) for status, op, value in condition["terms"]],
            "ops": ["OR" if op == "AND" else "AND" for op in condition["ops"]]}
