"""Shell text tools on lists of lines: grep, sed (s and d), cut, wc and a small awk.

A declared subset is implemented exactly; anything else raises `UnsupportedScript(token)` rather
than being guessed at.  Inputs are a list of lines (no trailing newlines) or one string (split
into lines).  Read files with wmg.s3.S3.read_lines or wmg.fs first.
"""
from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Sequence

from wmg.errors import WmgError

log = logging.getLogger("wmg.text")


class UnsupportedScript(WmgError):
    """A sed or awk construct outside the supported subset."""

    def __init__(self, token: str, where: str = "") -> None:
        self.token = token
        super().__init__(f"unsupported {where + ' ' if where else ''}construct: {token!r}")


def _lines(lines: str | Iterable[str]) -> list[str]:
    return lines.splitlines() if isinstance(lines, str) else [str(x) for x in lines]


# ============================================================================ grep

def grep(lines, text: str, *, regex: bool = False, invert: bool = False, ignore_case: bool = False) -> list[str]:
    """Lines containing `text` (a Python regex when regex=True); invert keeps the others."""
    flags = re.IGNORECASE if ignore_case else 0
    rx = re.compile(text if regex else re.escape(text), flags)
    return [ln for ln in _lines(lines) if bool(rx.search(ln)) != invert]


def drop_containing(lines, text: str) -> list[str]:
    """Lines that do not contain `text` (grep -v -F)."""
    return grep(lines, text, invert=True)


# ============================================================================ POSIX regex -> Python

_CLASSES = {"alpha": "a-zA-Z", "digit": "0-9", "alnum": "a-zA-Z0-9", "upper": "A-Z", "lower": "a-z",
            "space": r" \t\n\r\f\v", "blank": r" \t", "punct": re.escape("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"),
            "xdigit": "0-9A-Fa-f", "cntrl": r"\x00-\x1f\x7f", "print": r"\x20-\x7e", "graph": r"\x21-\x7e"}


def _bracket(src: str, i: int) -> tuple[str, int]:
    """Translate a bracket expression starting at src[i] == '['; returns (python, next index)."""
    j = i + 1
    out = "["
    if j < len(src) and src[j] == "^":
        out += "^"
        j += 1
    if j < len(src) and src[j] == "]":
        out += r"\]"
        j += 1
    while j < len(src) and src[j] != "]":
        if src.startswith("[:", j):
            k = src.find(":]", j)
            name = src[j + 2:k] if k > 0 else ""
            if name not in _CLASSES:
                raise UnsupportedScript(src[j:k + 2] if k > 0 else src[j:], "regex")
            out += _CLASSES[name]
            j = k + 2
            continue
        c = src[j]
        out += "\\" + c if c in "\\[" else c
        j += 1
    if j >= len(src):
        raise UnsupportedScript(src[i:], "regex (unterminated bracket)")
    return out + "]", j + 1


def posix_regex(src: str, *, extended: bool = False) -> str:
    """A POSIX BRE (or ERE when extended) as a Python regex."""
    out, i = [], 0
    while i < len(src):
        c = src[i]
        if c == "[":
            part, i = _bracket(src, i)
            out.append(part)
            continue
        if c == "\\" and i + 1 < len(src):
            n = src[i + 1]
            if not extended and n in "(){}+?|":
                out.append(n)
            elif n.isdigit() or n in "wWsSbB.*[]^$\\/":
                out.append("\\" + n)
            elif n == "n":
                out.append("\n")
            elif n == "t":
                out.append("\t")
            else:
                out.append(re.escape(n))
            i += 2
            continue
        if not extended and c in "(){}+?|":
            out.append("\\" + c)
        elif c == "*" and (not out or out[-1] in ("(", "^")) and not extended:
            out.append(r"\*")
        else:
            out.append(c)
        i += 1
    return "".join(out)


# ============================================================================ sed

@dataclass
class _SedCmd:
    addr1: Any
    addr2: Any
    op: str
    rx: re.Pattern | None = None
    repl: list | None = None
    count: int = 1          # which match to replace first (N flag)
    all: bool = False       # g flag
    active: bool = False    # range state
    end_line: int | None = None


def _read_delimited(script: str, i: int, delim: str) -> tuple[str, int]:
    out = []
    while i < len(script):
        c = script[i]
        if c == "\\" and i + 1 < len(script):
            out.append(script[i + 1] if script[i + 1] == delim else script[i:i + 2])
            i += 2
            continue
        if c == delim:
            return "".join(out), i + 1
        out.append(c)
        i += 1
    raise UnsupportedScript(script, "sed (unterminated)")


def _sed_address(script: str, i: int, flags: int, extended: bool):
    if i < len(script) and script[i].isdigit():
        m = re.match(r"\d+", script[i:])
        return int(m.group()), i + m.end()
    if i < len(script) and script[i] == "$":
        return "$", i + 1
    if i < len(script) and script[i] in "/\\":
        delim = "/"
        if script[i] == "\\":
            delim, i = script[i + 1], i + 1
        body, i = _read_delimited(script, i + 1, delim)
        return re.compile(posix_regex(body, extended=extended), flags), i
    return None, i


def _sed_repl(text: str) -> list:
    parts: list = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            n = text[i + 1]
            parts.append(int(n) if n.isdigit() else {"n": "\n", "t": "\t"}.get(n, n))
            i += 2
        elif c == "&":
            parts.append(0)
            i += 1
        else:
            parts.append(c)
            i += 1
    return parts


def _parse_sed(script: str, extended: bool) -> list[_SedCmd]:
    cmds = []
    for raw in re.split(r"\n", script):
        i, s = 0, raw
        while i < len(s):
            while i < len(s) and s[i] in " \t;":
                i += 1
            if i >= len(s):
                break
            a1, i = _sed_address(s, i, 0, extended)
            a2 = None
            if a1 is not None and i < len(s) and s[i] == ",":
                a2, i = _sed_address(s, i + 1, 0, extended)
                if a2 is None:
                    raise UnsupportedScript(s[i:], "sed address")
            while i < len(s) and s[i] == " ":
                i += 1
            if i >= len(s):
                raise UnsupportedScript(s, "sed (missing command)")
            op = s[i]
            if op == "d":
                cmds.append(_SedCmd(a1, a2, "d"))
                i += 1
            elif op == "s":
                delim = s[i + 1]
                pat, i = _read_delimited(s, i + 2, delim)
                rep, i = _read_delimited(s, i, delim)
                m = re.match(r"[gIi0-9]*", s[i:])
                fl = m.group()
                i += m.end()
                num = re.search(r"\d+", fl)
                rflags = re.IGNORECASE if ("i" in fl or "I" in fl) else 0
                cmds.append(_SedCmd(a1, a2, "s", re.compile(posix_regex(pat, extended=extended), rflags),
                                    _sed_repl(rep), int(num.group()) if num else 1, "g" in fl))
            else:
                raise UnsupportedScript(s[i:], "sed command")
            while i < len(s) and s[i] in " \t":
                i += 1
            if i < len(s) and s[i] not in ";}":
                raise UnsupportedScript(s[i:], "sed")
    return cmds


def _addr_match(a, lineno: int, last: bool, line: str) -> bool:
    if a == "$":
        return last
    if isinstance(a, int):
        return lineno == a
    return bool(a.search(line))


def _selected(cmd: _SedCmd, lineno: int, last: bool, line: str) -> bool:
    if cmd.addr1 is None:
        return True
    if cmd.addr2 is None:
        return _addr_match(cmd.addr1, lineno, last, line)
    if cmd.active:
        a2 = cmd.addr2
        if isinstance(a2, int):
            if lineno >= a2:
                cmd.active = False
            return lineno <= a2 or lineno == a2
        if _addr_match(a2, lineno, last, line):
            cmd.active = False
        return True
    if _addr_match(cmd.addr1, lineno, last, line):
        a2 = cmd.addr2
        if isinstance(a2, int):
            cmd.active = a2 > lineno
        elif a2 == "$":
            cmd.active = not last
        else:
            cmd.active = True
        return True
    return False


def _substitute(cmd: _SedCmd, line: str) -> str:
    # Not re.sub: Python allows an empty match right after a non-empty one ("a" with a* -> two
    # matches), POSIX sed does not.
    out, pos, n, last_end = [], 0, 0, -1
    for m in cmd.rx.finditer(line):
        if m.start() == m.end() == last_end:
            continue
        last_end = m.end()
        n += 1
        if n < cmd.count:
            continue
        out.append(line[pos:m.start()])
        out.append("".join((m.group(p) or "") if isinstance(p, int) else p for p in cmd.repl))
        pos = m.end()
        if not cmd.all:
            break
    out.append(line[pos:])
    return "".join(out)


def sed(lines, scripts: str | Sequence[str], *, extended: bool = False) -> list[str]:
    """Apply sed scripts: `s/re/repl/flags` (any delimiter; flags g, i/I, N; `&`, `\\1`-`\\9`)
    and `d`, each with an optional address (`N`, `$`, `/re/`) or range `a1,a2`; commands are
    separated by `;` or newlines.  Regexes are POSIX BRE (ERE with extended=True, like sed -E)."""
    text = scripts if isinstance(scripts, str) else "\n".join(scripts)
    cmds = _parse_sed(text, extended)
    src = _lines(lines)
    out = []
    for idx, line in enumerate(src, 1):
        last = idx == len(src)
        deleted = False
        for cmd in cmds:
            if not _selected(cmd, idx, last, line):
                continue
            if cmd.op == "d":
                deleted = True
                break
            line = _substitute(cmd, line)
        if not deleted:
            out.append(line)
    return out


# ============================================================================ cut

def _ranges(spec: str | Iterable[int]) -> Callable[[int], bool]:
    if not isinstance(spec, str):
        wanted = {int(x) for x in spec}
        return lambda i: i in wanted
    parts = []
    for piece in spec.split(","):
        m = re.fullmatch(r"(\d*)-(\d*)|(\d+)", piece.strip())
        if not m or piece.strip() == "-":
            raise ValueError(f"bad list {spec!r}: use N, N-M, N- or -M (1-based)")
        if m.group(3):
            lo = hi = int(m.group(3))
        else:
            lo, hi = int(m.group(1) or 1), int(m.group(2)) if m.group(2) else math.inf
        if lo < 1:
            raise ValueError("cut positions are numbered from 1")
        parts.append((lo, hi))
    return lambda i: any(lo <= i <= hi for lo, hi in parts)


def cut(lines, *, fields=None, chars=None, complement: bool = False, delimiter: str = "\t",
        only_delimited: bool = False) -> list[str]:
    """cut -f/-c: `fields` or `chars` as "1,3-5,7-" (or a list of 1-based ints).  Lines without
    the delimiter pass through whole (unless only_delimited, like -s)."""
    if (fields is None) == (chars is None):
        raise ValueError("pass exactly one of fields= or chars=")
    if len(delimiter) != 1:
        raise ValueError("delimiter must be one character")
    keep = _ranges(fields if fields is not None else chars)
    pick = (lambda i: not keep(i)) if complement else keep
    out = []
    for ln in _lines(lines):
        if chars is not None:
            out.append("".join(c for i, c in enumerate(ln, 1) if pick(i)))
        elif delimiter not in ln:
            if not only_delimited:
                out.append(ln)
        else:
            out.append(delimiter.join(f for i, f in enumerate(ln.split(delimiter), 1) if pick(i)))
    return out


# ============================================================================ wc

@dataclass(frozen=True)
class WcResult:
    lines: int
    words: int
    chars: int
    bytes: int
    max_line_length: int


def wc(text: str | Sequence[str], option: str | None = None):
    """wc of a text (a list of lines is joined with newlines, each line ending in one).
    option "-l", "-w", "-m", "-c" or "-L" returns that int; None returns a WcResult.
    (-L counts characters; GNU wc also expands tabs.)"""
    if not isinstance(text, str):
        text = "".join(f"{ln}\n" for ln in text)
    res = WcResult(text.count("\n"), len(text.split()), len(text), len(text.encode("utf-8")),
                   max((len(x) for x in text.split("\n")), default=0))
    if option is None:
        return res
    key = {"-l": "lines", "-w": "words", "-m": "chars", "-c": "bytes", "-L": "max_line_length"}.get(option)
    if key is None:
        raise ValueError(f"unsupported wc option {option!r}")
    return getattr(res, key)


# ============================================================================ awk

_TOKEN = re.compile(r"""
    (?P<ws>[ \t]+|\\\n)
  | (?P<nl>[\n;])
  | (?P<num>\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)
  | (?P<str>"(?:[^"\\]|\\.)*")
  | (?P<name>[A-Za-z_][A-Za-z_0-9]*)
  | (?P<op>\+\+|--|\+=|-=|\*=|/=|%=|\^=|==|!=|<=|>=|&&|\|\||!~|[-+*/%^<>!~=(){}$,?:])
  | (?P<bad>.)
""", re.VERBOSE)

_FUNCS = {"length", "substr", "index", "toupper", "tolower", "sprintf", "int"}
_KEYWORDS = {"print", "printf", "next", "BEGIN", "END"}


class _Num(float):
    pass


class _StrNum(str):
    """An input field: compares as a number when it looks like one (awk's strnum)."""


_NUMERIC = re.compile(r"\s*[-+]?(\d+\.?\d*([eE][-+]?\d+)?|\.\d+([eE][-+]?\d+)?)\s*")


def _to_num(v) -> float:
    if isinstance(v, (int, float)):
        return float(v)
    m = re.match(r"\s*[-+]?(\d+\.?\d*([eE][-+]?\d+)?|\.\d+([eE][-+]?\d+)?)", v)
    return float(m.group()) if m else 0.0


def _to_str(v) -> str:
    if isinstance(v, str):
        return v
    if v == int(v) and abs(v) < 1e16:
        return str(int(v))
    return "%.6g" % v


def _is_numeric(v) -> bool:
    return isinstance(v, (int, float)) or (isinstance(v, _StrNum) and bool(_NUMERIC.fullmatch(v)))


def _truth(v) -> bool:
    if isinstance(v, (int, float)):
        return v != 0
    if isinstance(v, _StrNum) and _NUMERIC.fullmatch(v):
        return _to_num(v) != 0
    return v != ""


def _format(fmt: str, args: list) -> str:
    out, ai = [], 0
    for m in re.finditer(r"%%|%([-+ #0]*)(\d*)(?:\.(\d+))?([diouxXeEfgGcs])|[^%]+|%", fmt):
        tok = m.group()
        if tok == "%%":
            out.append("%")
            continue
        if not tok.startswith("%") or m.group(4) is None:
            out.append(tok)
            continue
        flags, width, prec, conv = m.group(1), m.group(2), m.group(3), m.group(4)
        arg = args[ai] if ai < len(args) else ""
        ai += 1
        spec = "%" + flags + width + ("." + prec if prec is not None else "")
        if conv in "dioxXu":
            out.append((spec + ("d" if conv in "iu" else conv)) % int(_to_num(arg)))
        elif conv in "eEfgG":
            out.append((spec + conv) % _to_num(arg))
        elif conv == "c":
            out.append((spec + "s") % (chr(int(arg)) if isinstance(arg, (int, float)) else _to_str(arg)[:1]))
        else:
            out.append((spec + "s") % _to_str(arg))
    return "".join(out)


class _Next(Exception):
    pass


class _Awk:
    def __init__(self, fs: str | None, ofs: str) -> None:
        self.vars: dict[str, Any] = {"NR": 0.0, "NF": 0.0, "FS": " " if fs in (None, "", " ") else fs,
                                     "OFS": ofs, "ORS": "\n"}
        self.fields: list[str] = [""]
        self.out: list[str] = []

    # ---------------------------------------------------------------- record handling
    def set_record(self, line: str) -> None:
        fs = _to_str(self.vars["FS"])
        if fs == " ":
            parts = line.split()
        elif len(fs) == 1 and fs != "\\":
            parts = line.split(fs) if line else []
        else:
            parts = re.split(posix_regex(fs, extended=True), line) if line else []
        self.fields = [line] + parts
        self.vars["NF"] = float(len(parts))

    def get_field(self, i: int):
        if i < 0:
            raise UnsupportedScript(f"${i}", "awk (negative field)")
        return _StrNum(self.fields[i]) if i < len(self.fields) else _StrNum("")

    def set_field(self, i: int, value) -> None:
        if i == 0:
            self.set_record(_to_str(value))
            return
        while len(self.fields) <= i:
            self.fields.append("")
        self.fields[i] = _to_str(value)
        self.vars["NF"] = float(len(self.fields) - 1)
        self.fields[0] = _to_str(self.vars["OFS"]).join(self.fields[1:])

    def get_var(self, name: str):
        if name == "NF":
            return self.vars["NF"]
        return self.vars.get(name, "" if name not in ("NR",) else 0.0)

    def set_var(self, name: str, value) -> None:
        if name == "NF":
            n = int(_to_num(value))
            self.fields = (self.fields + [""] * n)[: n + 1]
            self.vars["NF"] = float(n)
            self.fields[0] = _to_str(self.vars["OFS"]).join(self.fields[1:])
            return
        self.vars[name] = value


class _Parser:
    """Recursive-descent parser of the awk subset into Python closures over an _Awk state."""

    def __init__(self, src: str) -> None:
        self.toks: list[tuple[str, str]] = []
        pos, prev = 0, None
        while pos < len(src):
            m = _TOKEN.match(src, pos)
            kind, text = m.lastgroup, m.group()
            pos = m.end()
            if kind == "ws":
                continue
            if kind == "bad":
                raise UnsupportedScript(text, "awk")
            if kind == "op" and text == "/" and not self._divides(prev):
                j = pos  # a regex literal: up to the next unescaped '/'
                while j < len(src) and src[j] != "/":
                    j += 2 if src[j] == "\\" else 1
                if j >= len(src):
                    raise UnsupportedScript(src[m.start():], "awk (unterminated regex)")
                kind, text, pos = "re", src[pos:j], j + 1
            self.toks.append((kind, text))
            prev = (kind, text)
        self.toks.append(("eof", ""))
        self.i = 0

    @staticmethod
    def _divides(prev) -> bool:
        """After an operand, '/' divides; elsewhere it starts a regex literal."""
        if prev is None:
            return False
        kind, text = prev
        return kind in ("num", "str", "name", "re") or text == ")"

    # ---------------------------------------------------------------- token helpers
    def peek(self, k: int = 0) -> tuple[str, str]:
        return self.toks[min(self.i + k, len(self.toks) - 1)]

    def at(self, *texts: str) -> bool:
        kind, text = self.peek()
        return kind in ("op", "name", "nl") and text in texts

    def take(self, text: str | None = None) -> tuple[str, str]:
        tok = self.peek()
        if text is not None and tok[1] != text:
            raise UnsupportedScript(tok[1] or "<end>", f"awk (expected {text!r})")
        self.i += 1
        return tok

    def skip_nl(self) -> None:
        while self.peek()[0] == "nl":
            self.i += 1

    # ---------------------------------------------------------------- program structure
    def rules(self):
        """pattern? { action } ...  or a bare print/printf statement list for every record."""
        self.skip_nl()
        out = []
        if not self._has_braces() and self.peek()[1] in ("print", "printf", "next"):
            body = self.statements(until=("eof",))  # a bare action (not awk syntax; WMG accepted it)
            return [(None, body)]
        while self.peek()[0] != "eof":
            pattern = None
            if not self.at("{"):
                if self.peek()[1] in ("BEGIN", "END"):
                    raise UnsupportedScript(self.peek()[1], "awk (use the begin=/end= arguments)")
                pattern = self.expr()
            if self.at("{"):
                self.take("{")
                body = self.statements(until=("}",))
                self.take("}")
            else:
                body = [lambda st: st.out.append(_to_str(st.fields[0]) + _to_str(st.vars["ORS"]))]
            out.append((pattern, body))
            self.skip_nl()
        return out

    def _has_braces(self) -> bool:
        return any(k == "op" and t == "{" for k, t in self.toks)

    def action(self):
        """begin/end text: statements, optionally wrapped in one pair of braces."""
        self.skip_nl()
        if self.at("{"):
            self.take("{")
            body = self.statements(until=("}",))
            self.take("}")
            self.skip_nl()
        else:
            body = self.statements(until=("eof",))
        if self.peek()[0] != "eof":
            raise UnsupportedScript(self.peek()[1], "awk")
        return body

    def statements(self, until):
        body = []
        self.skip_nl()
        while not (self.peek()[1] in until or self.peek()[0] in until):
            body.append(self.statement())
            if not (self.peek()[0] == "nl" or self.peek()[1] in until or self.peek()[0] in until):
                raise UnsupportedScript(self.peek()[1], "awk")
            self.skip_nl()
        return body

    def statement(self):
        kind, text = self.peek()
        if kind == "name" and text == "print":
            self.take()
            args = [] if self._end_of_simple() else self.expr_list(no_gt=True)
            if self.at(">", "|"):
                raise UnsupportedScript(self.peek()[1], "awk (output redirection)")

            def do_print(st, args=args):
                text = _to_str(st.vars["OFS"]).join(_to_str(a(st)) for a in args) if args else _to_str(st.fields[0])
                st.out.append(text + _to_str(st.vars["ORS"]))
            return do_print
        if kind == "name" and text == "printf":
            self.take()
            args = self.expr_list(no_gt=True)
            if self.at(">", "|"):
                raise UnsupportedScript(self.peek()[1], "awk (output redirection)")
            return lambda st, args=args: st.out.append(_format(_to_str(args[0](st)), [a(st) for a in args[1:]]))
        if kind == "name" and text == "next":
            self.take()

            def do_next(st):
                raise _Next()
            return do_next
        if kind == "name" and text in ("if", "while", "for", "do", "getline", "exit", "delete", "function",
                                       "return", "break", "continue", "system", "split", "sub", "gsub", "match"):
            raise UnsupportedScript(text, "awk")
        e = self.expr()
        return lambda st, e=e: e(st)

    def _end_of_simple(self) -> bool:
        return self.peek()[0] in ("nl", "eof") or self.at("}")

    def expr_list(self, no_gt=False):
        if self.at("("):
            # print (a, b) — a parenthesized list
            save = self.i
            self.take("(")
            items = [self.expr()]
            while self.at(","):
                self.take(",")
                self.skip_nl()
                items.append(self.expr())
            if self.at(")"):
                self.take(")")
                if self._end_of_simple() or self.at(">", "|"):
                    return items
            self.i = save
        items = [self.expr(no_gt)]
        while self.at(","):
            self.take(",")
            self.skip_nl()
            items.append(self.expr(no_gt))
        return items

    # ---------------------------------------------------------------- expressions
    def expr(self, no_gt=False):
        return self.assignment(no_gt)

    def assignment(self, no_gt):
        start = self.i
        target = self._lvalue()
        if target is not None and self.at("=", "+=", "-=", "*=", "/=", "%=", "^="):
            op = self.take()[1]
            rhs = self.assignment(no_gt)
            get, put = target

            def assign(st, get=get, put=put, op=op, rhs=rhs):
                v = rhs(st)
                if op != "=":
                    a, b = _to_num(get(st)), _to_num(v)
                    v = {"+=": lambda: a + b, "-=": lambda: a - b, "*=": lambda: a * b,
                         "/=": lambda: a / b, "%=": lambda: math.fmod(a, b), "^=": lambda: a ** b}[op]()
                elif isinstance(v, _StrNum):
                    v = _StrNum(v)
                put(st, v)
                return v
            return assign
        self.i = start
        return self.ternary(no_gt)

    def _lvalue(self):
        kind, text = self.peek()
        if kind == "name" and text not in _FUNCS and text not in _KEYWORDS and self.peek(1)[1] != "(":
            self.take()
            return (lambda st, n=text: st.get_var(n)), (lambda st, v, n=text: st.set_var(n, v))
        if text == "$" and kind == "op":
            self.take()
            idx = self.primary()
            return (lambda st: st.get_field(int(_to_num(idx(st))))), \
                   (lambda st, v: st.set_field(int(_to_num(idx(st))), v))
        return None

    def ternary(self, no_gt):
        cond = self.or_(no_gt)
        if self.at("?"):
            self.take()
            a = self.ternary(no_gt)
            self.take(":")
            b = self.ternary(no_gt)
            return lambda st: a(st) if _truth(cond(st)) else b(st)
        return cond

    def or_(self, no_gt):
        left = self.and_(no_gt)
        while self.at("||"):
            self.take()
            self.skip_nl()
            right = self.and_(no_gt)
            left = (lambda l, r: lambda st: 1.0 if _truth(l(st)) or _truth(r(st)) else 0.0)(left, right)
        return left

    def and_(self, no_gt):
        left = self.match(no_gt)
        while self.at("&&"):
            self.take()
            self.skip_nl()
            right = self.match(no_gt)
            left = (lambda l, r: lambda st: 1.0 if _truth(l(st)) and _truth(r(st)) else 0.0)(left, right)
        return left

    def match(self, no_gt):
        left = self.compare(no_gt)
        while self.at("~", "!~"):
            neg = self.take()[1] == "!~"
            if self.peek()[0] == "re":
                rx = re.compile(posix_regex(self.take()[1], extended=True))
                right = None
            else:
                rx, right = None, self.compare(no_gt)
            left = (lambda l, r, rx, neg: lambda st: 1.0 if bool(
                (rx or re.compile(posix_regex(_to_str(r(st)), extended=True))).search(_to_str(l(st)))) != neg
                else 0.0)(left, right, rx, neg)
        return left

    def compare(self, no_gt):
        left = self.concat(no_gt)
        ops = ("<", "<=", "==", "!=", ">=") + (() if no_gt else (">",))
        if self.at(*ops):
            op = self.take()[1]
            right = self.concat(no_gt)

            def cmp(st, l=left, r=right, op=op):
                a, b = l(st), r(st)
                if _is_numeric(a) and _is_numeric(b):
                    a, b = _to_num(a), _to_num(b)
                else:
                    a, b = _to_str(a), _to_str(b)
                return 1.0 if {"<": a < b, "<=": a <= b, "==": a == b, "!=": a != b,
                               ">=": a >= b, ">": a > b}[op] else 0.0
            return cmp
        return left

    def _starts_operand(self) -> bool:
        kind, text = self.peek()
        if kind in ("num", "str", "re"):
            return True
        if kind == "name":
            return text not in ("in", "getline") and text not in _KEYWORDS
        return kind == "op" and text in ("$", "(", "!", "-", "+")

    def concat(self, no_gt):
        left = self.additive()
        while self._starts_operand() and not self.at("-", "+"):
            right = self.additive()
            left = (lambda l, r: lambda st: _to_str(l(st)) + _to_str(r(st)))(left, right)
        return left

    def additive(self):
        left = self.term()
        while self.at("+", "-"):
            op = self.take()[1]
            right = self.term()
            left = (lambda l, r, op: lambda st: _to_num(l(st)) + _to_num(r(st)) if op == "+"
                    else _to_num(l(st)) - _to_num(r(st)))(left, right, op)
        return left

    def term(self):
        left = self.unary()
        while self.at("*", "/", "%"):
            op = self.take()[1]
            right = self.unary()

            def arith(st, l=left, r=right, op=op):
                a, b = _to_num(l(st)), _to_num(r(st))
                if op == "*":
                    return a * b
                if b == 0:
                    raise ZeroDivisionError("awk: division by zero")
                return a / b if op == "/" else math.fmod(a, b)
            left = arith
        return left

    def unary(self):
        if self.at("!"):
            self.take()
            e = self.unary()
            return lambda st: 0.0 if _truth(e(st)) else 1.0
        if self.at("-"):
            self.take()
            e = self.unary()
            return lambda st: -_to_num(e(st))
        if self.at("+"):
            self.take()
            e = self.unary()
            return lambda st: _to_num(e(st))
        return self.power()

    def power(self):
        base = self.postfix()
        if self.at("^"):
            self.take()
            exp = self.unary()
            return lambda st: _to_num(base(st)) ** _to_num(exp(st))
        return base

    def postfix(self):
        start = self.i
        target = self._lvalue()
        if target is not None and self.at("++", "--"):
            op = self.take()[1]
            get, put = target

            def incr(st):
                old = _to_num(get(st))
                put(st, old + (1 if op == "++" else -1))
                return old
            return incr
        self.i = start
        if self.at("++", "--"):
            raise UnsupportedScript(self.peek()[1], "awk (pre-increment)")
        return self.primary()

    def primary(self):
        kind, text = self.take()
        if kind == "num":
            v = float(text)
            return lambda st: v
        if kind == "str":
            s = re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/"}.get(
                m.group(1), "\\" + m.group(1)), text[1:-1])
            return lambda st: s
        if kind == "re":
            rx = re.compile(posix_regex(text, extended=True))
            return lambda st: 1.0 if rx.search(st.fields[0]) else 0.0
        if kind == "op" and text == "$":
            idx = self.primary()
            return lambda st: st.get_field(int(_to_num(idx(st))))
        if kind == "op" and text == "(":
            e = self.expr()
            self.take(")")
            return e
        if kind == "name" and text in _FUNCS:
            args = []
            if self.at("("):
                self.take("(")
                if not self.at(")"):
                    args.append(self.expr())
                    while self.at(","):
                        self.take(",")
                        args.append(self.expr())
                self.take(")")
            elif text != "length":
                raise UnsupportedScript(text, "awk (function without arguments)")
            return self._call(text, args)
        if kind == "name" and text not in _KEYWORDS and text not in ("if", "while", "for", "in", "getline"):
            if self.at("("):
                raise UnsupportedScript(text + "(", "awk function")
            return lambda st, n=text: st.get_var(n)
        raise UnsupportedScript(text or "<end>", "awk")

    def _call(self, name: str, args):
        n = len(args)
        if name == "length":
            if n > 1:
                raise UnsupportedScript("length", "awk (arguments)")
            a = args[0] if args else (lambda st: st.fields[0])
            return lambda st: float(len(_to_str(a(st))))
        if name == "substr":
            if n not in (2, 3):
                raise UnsupportedScript("substr", "awk (arguments)")

            def substr(st):
                s = _to_str(args[0](st))
                m = _to_num(args[1](st))
                ln = _to_num(args[2](st)) if n == 3 else math.inf
                # POSIX: characters from position round(m) for round(n) characters, clipped to 1..len
                start = _round(m)
                end = start + _round(ln) if ln != math.inf else math.inf
                lo, hi = max(start, 1), min(end, len(s) + 1)
                return s[lo - 1:hi - 1] if hi > lo else ""
            return substr
        if name == "index":
            if n != 2:
                raise UnsupportedScript("index", "awk (arguments)")
            return lambda st: float(_to_str(args[0](st)).find(_to_str(args[1](st))) + 1)
        if name in ("toupper", "tolower"):
            if n != 1:
                raise UnsupportedScript(name, "awk (arguments)")
            f = str.upper if name == "toupper" else str.lower
            return lambda st: f(_to_str(args[0](st)))
        if name == "int":
            if n != 1:
                raise UnsupportedScript(name, "awk (arguments)")
            return lambda st: float(math.trunc(_to_num(args[0](st))))
        if name == "sprintf":
            if n < 1:
                raise UnsupportedScript(name, "awk (arguments)")
            return lambda st: _format(_to_str(args[0](st)), [a(st) for a in args[1:]])
        raise UnsupportedScript(name, "awk")


def _round(x: float) -> int:
    return int(math.floor(x + 0.5)) if x != math.inf else 1 << 62


def awk(records, sep: str | None = None, *, begin: str | None = None, each: str | None = None,
        end: str | None = None, record_separator: str = "\n", ofs: str = " ") -> str:
    """Run a small awk program over `records` (a list of lines, or a string split on
    `record_separator`) with field separator `sep` (None or " " = runs of blanks; one character
    = literal; longer = ERE).  `begin`/`end` are actions; `each` is awk's `pattern { action } ...`
    (a rule without an action prints the record), or a bare print/printf statement list.  Returns everything printed.

    Supported: $N, $0, NF, NR, FS, OFS, ORS and user variables; assignment (= += -= *= /= %= ^=),
    x++ / x--, field assignment; arithmetic, concatenation, comparisons (numeric for numbers and
    numeric-looking fields), ~ !~ and /re/ patterns, && || ! and ?:; print, printf, next;
    length substr index toupper tolower sprintf int.  Anything else raises UnsupportedScript."""
    if isinstance(records, str):
        text = records
        if text.endswith(record_separator):
            text = text[: -len(record_separator)]
        lines = text.split(record_separator) if text else []
    else:
        lines = [str(x) for x in records]
    begin_body = _Parser(begin).action() if begin else []
    rules = _Parser(each).rules() if each else []
    end_body = _Parser(end).action() if end else []
    st = _Awk(sep, ofs)
    for stmt in begin_body:
        stmt(st)
    for line in lines:
        st.vars["NR"] = _to_num(st.vars.get("NR", 0)) + 1
        st.set_record(line)
        try:
            for pattern, body in rules:
                if pattern is None or _truth(pattern(st)):
                    for stmt in body:
                        stmt(st)
        except _Next:
            continue
    if end_body:
        if lines:
            st.set_record(lines[-1])
        for stmt in end_body:
            stmt(st)
    return "".join(st.out)
