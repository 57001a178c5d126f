"""Teradata FORMAT strings: a lark grammar for the format mini-language and their translation to
Redshift (TO_CHAR/TO_DATE patterns) and Spark (Java DateTimeFormatter patterns, printf).

Date/time elements: Y4 YYYY YY, M4 MMMM M3 MMM MM M, D3 DDD DD D, E4 EEEE E3 EEE, HH MI SS,
S(n) fractional seconds, T (AM/PM), B (a blank); separators / - . , : and spaces pass through.
Numeric elements: 9 (digit, zero-filled), Z (digit, blank-filled), 9(n)/Z(n) repetition, a
decimal point, grouping commas, $, and a leading or trailing sign -."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from lark import Lark, Token
from lark.exceptions import LarkError

GRAMMAR = r"""
start: item*
?item: DATEPART | FRACTION | REPEAT | NUMPART | SEP | BLANK | QUOTED
DATEPART.2: /Y4|YYYY|YY|M4|MMMM|M3|MMM|MM|D3|DDD|DD|E4|EEEE|E3|EEE|HH|MI|SS|T/i
FRACTION.3: /S\(\d\)/i
REPEAT.3: /[9Z$\-]\(\d+\)/i
NUMPART: /[9Z$]/i
BLANK: /B/i
SEP: /[\/\-.,: %]/
QUOTED: /'[^']*'/
"""


class FormatError(ValueError):
    """A FORMAT string leapc cannot translate faithfully."""


@dataclass(frozen=True)
class Element:
    kind: str   # "date", "fraction", "number", "sep"
    text: str   # upper-cased element


@lru_cache(maxsize=1)
def _parser() -> Lark:
    return Lark(GRAMMAR, parser="lalr")


@lru_cache(maxsize=512)
def parse_format(fmt: str) -> tuple[Element, ...]:
    try:
        tree = _parser().parse(fmt)
    except LarkError as e:
        raise FormatError(f"cannot read FORMAT '{fmt}': {str(e).splitlines()[0]}") from None
    out = []
    for tok in tree.children:
        assert isinstance(tok, Token)
        text = str(tok)
        if tok.type == "DATEPART":
            out.append(Element("date", text.upper()))
        elif tok.type == "FRACTION":
            digits = int(text[2]) if "(" in text else len(text)
            out.append(Element("fraction", str(digits)))
        elif tok.type == "REPEAT":
            kind = "sep" if text[0] == "-" else "number"   # -(n): a floating minus sign
            out.extend(Element(kind, text[0].upper()) for _ in range(int(text[2:-1])))
        elif tok.type == "NUMPART":
            out.append(Element("number", text.upper()))
        elif tok.type == "BLANK":
            out.append(Element("sep", " "))
        elif tok.type == "QUOTED":
            out.append(Element("sep", text[1:-1]))
        else:
            out.append(Element("sep", text))
    return tuple(out)


def is_numeric_format(fmt: str) -> bool:
    elements = parse_format(fmt)
    return any(e.kind == "number" for e in elements) and not any(e.kind in ("date", "fraction") for e in elements)


_REDSHIFT = {"Y4": "YYYY", "YYYY": "YYYY", "YY": "YY", "M4": "FMMonth", "MMMM": "FMMonth", "M3": "Mon",
             "MMM": "Mon", "MM": "MM", "D3": "DDD", "DDD": "DDD", "DD": "DD", "E4": "FMDay", "EEEE": "FMDay",
             "E3": "Dy", "EEE": "Dy", "HH": "HH24", "MI": "MI", "SS": "SS", "T": "AM"}
_SPARK = {"Y4": "yyyy", "YYYY": "yyyy", "YY": "yy", "M4": "MMMM", "MMMM": "MMMM", "M3": "MMM", "MMM": "MMM",
          "MM": "MM", "D3": "DDD", "DDD": "DDD", "DD": "dd", "E4": "EEEE", "EEEE": "EEEE", "E3": "EEE",
          "EEE": "EEE", "HH": "HH", "MI": "mm", "SS": "ss", "T": "a"}


def _hour12(elements: tuple[Element, ...]) -> bool:
    return any(e.text == "T" for e in elements)


def redshift_datetime_pattern(fmt: str) -> str:
    """A Teradata date/time FORMAT as a Redshift TO_CHAR / TO_DATE / TO_TIMESTAMP pattern."""
    elements = parse_format(fmt)
    parts = []
    for e in elements:
        if e.kind == "date":
            parts.append("HH12" if e.text == "HH" and _hour12(elements) else _REDSHIFT[e.text])
        elif e.kind == "fraction":
            parts.append({3: "MS", 6: "US"}.get(int(e.text), "US"))
        elif e.kind == "sep":
            parts.append(e.text if e.text.strip() == "" or not e.text.isalpha() else f'"{e.text}"')
        else:
            raise FormatError(f"numeric element {e.text} in the date FORMAT '{fmt}'")
    return "".join(parts)


def spark_datetime_pattern(fmt: str) -> str:
    """A Teradata date/time FORMAT as a Spark (Java DateTimeFormatter) pattern."""
    elements = parse_format(fmt)
    parts = []
    for e in elements:
        if e.kind == "date":
            parts.append("hh" if e.text == "HH" and _hour12(elements) else _SPARK[e.text])
        elif e.kind == "fraction":
            parts.append("S" * int(e.text))
        elif e.kind == "sep":
            parts.append(f"'{e.text}'" if any(c.isalpha() for c in e.text) else e.text)
        else:
            raise FormatError(f"numeric element {e.text} in the date FORMAT '{fmt}'")
    return "".join(parts)


@dataclass(frozen=True)
class NumberFormat:
    integer_digits: int
    fraction_digits: int
    zero_filled: bool
    grouping: bool
    currency: bool
    sign: str  # "", "leading", "trailing"


def number_format(fmt: str) -> NumberFormat:
    elements = parse_format(fmt)
    texts = [e.text for e in elements]
    if "." in texts:
        point = texts.index(".")
        before, after = elements[:point], elements[point + 1:]
    else:
        before, after = elements, ()
    digits_before = [e for e in before if e.kind == "number" and e.text in "9Z"]
    digits_after = [e for e in after if e.kind == "number" and e.text in "9Z"]
    sign = "leading" if texts and texts[0] == "-" else "trailing" if texts and texts[-1] == "-" else ""
    return NumberFormat(len(digits_before), len(digits_after),
                        zero_filled=bool(digits_before) and digits_before[0].text == "9",
                        grouping="," in texts, currency="$" in texts, sign=sign)


def number_format_width(fmt: str) -> int:
    """The width of the text a numeric FORMAT renders: one character per element."""
    return sum(len(e.text) for e in parse_format(fmt))


def redshift_number_pattern(fmt: str) -> str:
    """TO_CHAR pattern: FM drops the sign blank, 0 keeps leading zeros, 9 blanks them.

    Without a sign element the pattern is in fill mode (FM: no sign position, no padding), each
    Teradata Z a 9 and each Teradata 9 a 0, so 'ZZZ,ZZ9.99' -> 'FM999,990.00' renders 0 as '0.00'
    and a comma of the suppressed zone not at all; the caller pads it to number_format_width."""
    nf = number_format(fmt)
    if not nf.sign and all(e.kind == "number" or e.text in (",", ".") for e in parse_format(fmt)):
        return "FM" + "".join("0" if e.text == "9" else "9" if e.text == "Z" else e.text
                              for e in parse_format(fmt))
    digit = "0" if nf.zero_filled else "9"
    integer = digit * nf.integer_digits
    if nf.grouping:
        groups = []
        while integer:
            groups.insert(0, integer[-3:])
            integer = integer[:-3]
        integer = ",".join(groups)
    pattern = ("$" if nf.currency else "") + integer
    if nf.fraction_digits:
        pattern += "." + "0" * nf.fraction_digits
    if nf.sign == "leading":
        pattern = "S" + pattern
    elif nf.sign == "trailing":
        pattern += "MI"
    return ("FM" if nf.zero_filled else "") + pattern


@dataclass(frozen=True)
class FloatingFormat:
    """A numeric FORMAT starting with a run of '$' (floating currency) or '-' (floating sign):
    the symbol is printed immediately left of the first printed digit, the rest of the run is
    digit positions blanked when unused, and the text is right-aligned in `width`."""
    symbol: str    # "$" or "-"
    pattern: str   # the digits after the symbol as a fill-mode model: 9 suppressible, 0 printed
    width: int


def floating_format(fmt: str) -> FloatingFormat | None:
    texts = [e.text for e in parse_format(fmt)]
    if len(texts) < 2 or texts[0] not in ("$", "-") or texts[1] != texts[0]:
        return None
    symbol, digits = texts[0], []
    for t in texts[1:]:
        if t in (symbol, "Z"):
            digits.append("9")
        elif t == "9":
            digits.append("0")
        elif t in (",", "."):
            digits.append(t)
        else:
            return None
    return FloatingFormat(symbol, "".join(digits), number_format_width(fmt))


def spark_number_format(fmt: str) -> str:
    """A java.util.Formatter (format_string) pattern for the same layout."""
    nf = number_format(fmt)
    width = nf.integer_digits + (nf.fraction_digits + 1 if nf.fraction_digits else 0)
    flags = ("0" if nf.zero_filled else "") + ("," if nf.grouping else "")
    if nf.grouping:
        width += (nf.integer_digits - 1) // 3
    body = f"%{flags}{width}.{nf.fraction_digits}f"
    return ("$" if nf.currency else "") + body


_ORACLE_TO_JAVA = [("YYYY", "yyyy"), ("YYY", "yyy"), ("YY", "yy"), ("MONTH", "MMMM"), ("MON", "MMM"),
                   ("MM", "MM"), ("DDD", "DDD"), ("DD", "dd"), ("DY", "EEE"), ("DAY", "EEEE"),
                   ("HH24", "HH"), ("HH12", "hh"), ("HH", "hh"), ("MI", "mm"), ("SS", "ss"),
                   ("FF6", "SSSSSS"), ("FF3", "SSS"), ("FF", "SSSSSS"), ("AM", "a"), ("PM", "a")]


def spark_pattern_from_oracle(fmt: str) -> str:
    """A TO_CHAR/TO_DATE format model (YYYY-MM-DD HH24:MI:SS, as Teradata's Oracle-style
    functions take it) as a Spark pattern."""
    out, i = [], 0
    upper = fmt.upper()
    while i < len(fmt):
        if fmt[i] == '"':
            end = fmt.find('"', i + 1)
            end = len(fmt) if end < 0 else end
            out.append("'" + fmt[i + 1:end] + "'")
            i = end + 1
            continue
        for element, java in _ORACLE_TO_JAVA:
            if upper.startswith(element, i):
                out.append(java)
                i += len(element)
                break
        else:
            out.append(f"'{fmt[i]}'" if fmt[i].isalpha() else fmt[i])
            i += 1
    return "".join(out)


# Elements of a TO_CHAR format model, longest first (so DDD wins over DD over D).
_ORACLE_ELEMENTS = ("YYYY", "YYY", "YY", "MONTH", "MON", "MM", "DDD", "DD", "DY", "DAY", "D", "HH24", "HH12",
                    "HH", "MI", "SS", "FF6", "FF3", "FF", "AM", "PM", "IW", "WW", "W", "Q", "FM")


def oracle_elements(fmt: str) -> list[tuple[str, str]]:
    """A TO_CHAR format model split into ("element", text as written) and ("text", literal)
    pieces; "quoted" text and any other character are literal."""
    out: list[tuple[str, str]] = []
    i, upper = 0, fmt.upper()
    while i < len(fmt):
        if fmt[i] == '"':
            end = fmt.find('"', i + 1)
            end = len(fmt) if end < 0 else end
            out.append(("text", fmt[i + 1:end]))
            i = end + 1
            continue
        element = next((e for e in _ORACLE_ELEMENTS if upper.startswith(e, i)), None)
        if element is not None:
            out.append(("element", fmt[i:i + len(element)]))
            i += len(element)
        else:
            out.append(("text", fmt[i]))
            i += 1
    return out


def spark_pattern_element(element: str) -> str | None:
    """The Spark pattern letters of an element DATE_FORMAT renders as TO_CHAR does, else None."""
    return dict(_ORACLE_TO_JAVA).get(element.upper())


def spark_decimal_format(fmt: str) -> tuple[str, int | None] | None:
    """An Oracle-style number model of TO_CHAR (9, 0, ',', '.', G, D, $, FM) as a Java
    DecimalFormat pattern for Spark's FORMAT_NUMBER, with the width to pad to (None in fill mode,
    FM); None when it has other elements (signs, V, EEEE, ...)."""
    text = fmt.upper()
    fill = text.startswith("FM")
    body = text[2:] if fill else text
    mapping = {"9": "#", "0": "0", ",": ",", "G": ",", ".": ".", "D": ".", "$": "$"}
    if not body or any(c not in mapping for c in body):
        return None
    pattern = "".join(mapping[c] for c in body)
    # Without FM, TO_CHAR pads to the model's width plus the sign position.
    return pattern, None if fill else len(body) + 1
