"""Type normalisation (any dialect's spelling -> TypeSpec) and the type-compatibility rules.

The rules are documented, row by row, in docs/ddl.md ("Type compatibility"); each verdict carries
the row's code (TC01...).  ``check_types(left, right, left_dialect, right_dialect)`` returns an
empty list for an exact mapping and otherwise one or more ``Verdict``s.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .model import DdlError, TypeSpec

# --------------------------------------------------------------------------------------------
# Normalisation

_ALIASES = {
    "INT": "INTEGER", "INT4": "INTEGER", "INTEGER": "INTEGER", "SIGNED": "INTEGER",
    "INT2": "SMALLINT", "SMALLINT": "SMALLINT", "SHORT": "SMALLINT",
    "INT8": "BIGINT", "BIGINT": "BIGINT", "LONG": "BIGINT",
    "BYTEINT": "BYTEINT", "TINYINT": "BYTEINT",
    "SERIAL": "INTEGER", "SERIAL4": "INTEGER", "BIGSERIAL": "BIGINT", "SERIAL8": "BIGINT",
    "SMALLSERIAL": "SMALLINT", "SERIAL2": "SMALLINT",
    "DECIMAL": "DECIMAL", "DEC": "DECIMAL", "NUMERIC": "DECIMAL", "NUMBER": "NUMBER",
    "FLOAT4": "REAL", "FLOAT8": "DOUBLE", "DOUBLE": "DOUBLE", "DOUBLE PRECISION": "DOUBLE",
    "CHAR": "CHAR", "CHARACTER": "CHAR", "BPCHAR": "CHAR", "NCHAR": "CHAR",
    "NATIONAL CHARACTER": "CHAR", "GRAPHIC": "CHAR",
    "VARCHAR": "VARCHAR", "CHARACTER VARYING": "VARCHAR", "CHAR VARYING": "VARCHAR",
    "NVARCHAR": "VARCHAR", "VARCHAR2": "VARCHAR", "NATIONAL CHARACTER VARYING": "VARCHAR",
    "VARGRAPHIC": "VARCHAR", "LONG VARCHAR": "VARCHAR", "LONG VARGRAPHIC": "VARCHAR",
    "CLOB": "CLOB", "CHARACTER LARGE OBJECT": "CLOB",
    "STRING": "TEXT", "TEXT": "TEXT",
    "BYTE": "BYTE", "VARBYTE": "VARBYTE", "VARBINARY": "VARBYTE", "BINARY VARYING": "VARBYTE",
    "BYTEA": "VARBYTE", "BLOB": "BLOB", "BINARY LARGE OBJECT": "BLOB",
    "DATE": "DATE", "TIME": "TIME", "TIMETZ": "TIME", "TIMESTAMP": "TIMESTAMP",
    "TIMESTAMPTZ": "TIMESTAMP", "TIMESTAMP_NTZ": "TIMESTAMP", "TIMESTAMP_LTZ": "TIMESTAMP",
    "DATETIME": "TIMESTAMP",
    "BOOLEAN": "BOOLEAN", "BOOL": "BOOLEAN",
    "JSON": "JSON", "JSONB": "JSON", "SUPER": "SUPER", "XML": "XML",
    "INTERVAL": "INTERVAL", "PERIOD": "PERIOD",
    "ARRAY": "ARRAY", "MAP": "MAP", "STRUCT": "STRUCT",
}
_SIZE_SUFFIX = {"K": 1024, "M": 1024 ** 2, "G": 1024 ** 3}
TERADATA_LOB_DEFAULT = 2097088000
REDSHIFT_VARCHAR_MAX = 65535
REDSHIFT_CHAR_MAX = 4096
REDSHIFT_VARBYTE_MAX = 1024000


def _int(v, what: str) -> int:
    if isinstance(v, int):
        return v
    s = str(v).strip().upper()
    m = re.fullmatch(r"(\d+)\s*([KMG])?", s)
    if not m:
        raise DdlError(f"bad {what} {v!r}")
    return int(m.group(1)) * (_SIZE_SUFFIX[m.group(2)] if m.group(2) else 1)


def make_type(dialect: str, name: str, params=(), *, charset: str | None = None,
              casespecific: bool | None = None, with_time_zone: bool | None = None,
              qualifier: str | None = None, element: str | None = None,
              raw: str | None = None) -> TypeSpec:
    """Normalise one type of ``dialect`` (teradata|redshift|postgres|spark) into a TypeSpec."""
    d = dialect
    nm = " ".join(name.upper().split())
    raw = raw or (nm + (f"({','.join(str(p) for p in params)})" if params else ""))
    params = [p for p in params if p is not None and str(p).strip() != ""]
    cs = charset.upper() if charset else None
    if nm in ("GRAPHIC", "VARGRAPHIC", "LONG VARGRAPHIC"):
        cs = cs or "GRAPHIC"
    tz = bool(with_time_zone)
    if nm in ("TIMESTAMPTZ", "TIMETZ", "TIMESTAMP_LTZ"):
        tz = True
    if nm == "FLOAT" or nm == "REAL":
        if d == "teradata":
            base = "DOUBLE"                    # Teradata REAL/FLOAT/DOUBLE are all 64-bit
        elif d == "spark":
            base = "REAL" if nm in ("FLOAT", "REAL") else "DOUBLE"
        elif nm == "REAL":
            base = "REAL"
        else:                                  # redshift/postgres FLOAT[(p)]
            base = "REAL" if params and _int(params[0], "float precision") <= 24 else "DOUBLE"
        return TypeSpec(base=base, raw=raw)
    base = _ALIASES.get(nm)
    if base is None:
        return TypeSpec(base=nm, raw=raw, element=element)
    t = TypeSpec(base=base, raw=raw, charset=cs, casespecific=casespecific)
    fam = t.family
    if fam == "integer":
        return t
    if base in ("DECIMAL", "NUMBER"):
        p = params[0] if params else None
        s = params[1] if len(params) > 1 else None
        star = p is not None and str(p).strip() == "*"
        if p is None or star:
            if base == "NUMBER":
                t.precision, t.scale = None, (_int(s, "scale") if s is not None else None)
                if star and t.scale is not None:
                    t.precision = 38
            else:
                default = {"teradata": (5, 0), "redshift": (18, 0), "spark": (10, 0)}.get(d)
                t.precision, t.scale = default if default else (None, None)
        else:
            t.precision = _int(p, "precision")
            t.scale = _int(s, "scale") if s is not None else 0
        return t
    if fam == "char":
        t.length_unit = "byte" if d == "redshift" else "char"
        n = params[0] if params else None
        if base == "TEXT":
            if d == "redshift":                # Redshift TEXT is VARCHAR(256)
                t.base, t.length = "VARCHAR", 256
            return t
        if nm in ("LONG VARCHAR", "LONG VARGRAPHIC"):
            t.length = 32000 if (cs in ("UNICODE", "GRAPHIC")) else 64000
            return t
        if n is not None and str(n).strip().upper() == "MAX":
            t.length = REDSHIFT_CHAR_MAX if base == "CHAR" else REDSHIFT_VARCHAR_MAX
            return t
        if n is not None:
            t.length = _int(n, "length")
        elif base == "CHAR":
            t.length = 256 if (nm == "BPCHAR" and d == "redshift") else (None if nm == "BPCHAR" else 1)
        elif base == "CLOB":
            t.length = TERADATA_LOB_DEFAULT if d == "teradata" else None
        elif d == "redshift":
            t.length = 256
        if d == "redshift" and base == "CHAR" and nm == "NCHAR":
            pass
        return t
    if fam == "binary":
        t.length_unit = "byte"
        n = params[0] if params else None
        if n is not None and str(n).strip().upper() == "MAX":
            t.length = REDSHIFT_VARBYTE_MAX
        elif n is not None:
            t.length = _int(n, "length")
        elif base == "BYTE":
            t.length = 1
        elif base == "BLOB":
            t.length = TERADATA_LOB_DEFAULT if d == "teradata" else None
        elif d == "redshift":
            t.length = 64000
        if d == "spark" and nm == "BINARY":
            t.length = None
        return t
    if base in ("TIME", "TIMESTAMP"):
        t.precision = _int(params[0], "precision") if params else 6
        if d == "spark" and base == "TIMESTAMP" and nm in ("TIMESTAMP", "TIMESTAMP_LTZ") \
                and with_time_zone is None:
            tz = True                          # Spark TIMESTAMP = instant in the session zone
        t.with_time_zone = tz
        return t
    if base == "INTERVAL":
        t.qualifier = " ".join(qualifier.upper().split()) if qualifier else None
        return t
    if base in ("PERIOD", "ARRAY", "MAP", "STRUCT"):
        e = " ".join((element or "").upper().split())
        t.element = re.sub(r"\s*([<>,:()])\s*", r"\1", e) or None
        return t
    return t


_MULTI = sorted((k for k in _ALIASES if " " in k), key=len, reverse=True)


def parse_type(text: str, dialect: str) -> TypeSpec:
    """Parse a type string as catalogs report it ("decimal(10,2)", "character varying(20)",
    "timestamp(6) with time zone", "array<int>", "INTERVAL DAY(4) TO SECOND")."""
    raw = " ".join(str(text).split())
    s = raw.upper()
    m = re.match(r"(ARRAY|MAP|STRUCT)\s*<(.*)>$", s)
    if m:
        return make_type(dialect, m.group(1), element=m.group(2), raw=raw)
    if s.startswith("INTERVAL"):
        return make_type(dialect, "INTERVAL", qualifier=s[len("INTERVAL"):].strip() or None, raw=raw)
    m = re.match(r"PERIOD\s*\((.*)\)$", s)
    if m:
        return make_type(dialect, "PERIOD", element=m.group(1), raw=raw)
    tz = None
    for suffix, val in ((" WITHOUT TIME ZONE", False), (" WITH TIME ZONE", True),
                        (" WITH LOCAL TIME ZONE", True)):
        if s.endswith(suffix):
            s, tz = s[: -len(suffix)].strip(), val
            break
    charset = None
    m = re.search(r"\s+CHAR(?:ACTER)?\s+SET\s+(\w+)$", s)
    if m:
        charset, s = m.group(1), s[: m.start()].strip()
    m = re.fullmatch(r"([A-Z_][A-Z0-9_ ]*?)\s*(?:\(([^()]*)\))?", s)
    if not m:
        raise DdlError(f"cannot read type {raw!r}")
    name, args = m.group(1).strip(), m.group(2)
    params = [a.strip() for a in args.split(",")] if args else []
    return make_type(dialect, name, params, charset=charset, with_time_zone=tz, raw=raw)


# --------------------------------------------------------------------------------------------
# Compatibility rules


@dataclass(frozen=True)
class Verdict:
    kind: str        # widening | narrowing | type_mismatch | trap | case
    severity: str    # error | warning | info
    rule: str        # TCnn, see docs/ddl.md
    message: str


_INT_RANK = {"BYTEINT": 1, "SMALLINT": 2, "INTEGER": 3, "BIGINT": 4}
_INT_DIGITS = {"BYTEINT": 3, "SMALLINT": 5, "INTEGER": 10, "BIGINT": 19}
# Decimal digits every value of DECIMAL(p,0) keeps in the integer type: p <= digits - 1.
_INT_SAFE_DIGITS = {k: v - 1 for k, v in _INT_DIGITS.items()}


def bytes_per_char(t: TypeSpec, dialect: str | None) -> int:
    """Worst-case UTF-8 bytes one declared length unit of ``t`` needs."""
    if t.length_unit == "byte":
        return 1
    if dialect == "teradata":
        # UNICODE/GRAPHIC count UTF-16 code units: a BMP character is <= 3 UTF-8 bytes, a
        # supplementary one is 2 units and 4 bytes, so 3 bytes per unit is the worst case.
        if (t.charset or "LATIN") in ("UNICODE", "GRAPHIC", "KANJISJIS", "KANJI1"):
            return 3
        return 2                              # LATIN: accented characters are 2 bytes in UTF-8
    return 4                                  # UTF-8 characters (PostgreSQL, Spark)


def _V(kind, sev, rule, msg):
    return Verdict(kind, sev, rule, msg)


def check_types(left: TypeSpec, right: TypeSpec, left_dialect: str | None = None,
                right_dialect: str | None = None) -> list[Verdict]:
    lf, rf = left.family, right.family
    L, R = left.render(), right.render()
    out: list[Verdict] = []
    if lf == "char" and rf == "char":
        out += _check_chars(left, right, left_dialect, right_dialect)
    elif lf == "binary" and rf == "binary":
        out += _check_lengths(left, right, 1, "TC19")
    elif lf in ("integer", "decimal", "float") and rf in ("integer", "decimal", "float"):
        out += _check_numbers(left, right)
    elif lf in ("date", "time", "timestamp") and rf in ("date", "time", "timestamp"):
        out += _check_datetimes(left, right, left_dialect, right_dialect)
    elif lf == "period" or rf == "period":
        if lf == rf and left.element == right.element:
            return []
        out.append(_V("trap", "error", "TC16", f"{L} -> {R}: PERIOD has no equivalent on the "
                      "target; store begin and end as two columns"))
    elif lf == "interval" and rf == "interval":
        if left.qualifier != right.qualifier:
            out.append(_V("type_mismatch", "warning", "TC18",
                          f"{L} -> {R}: interval qualifiers differ"))
    elif lf == "interval":
        out.append(_V("trap", "warning", "TC18", f"{L} -> {R}: interval stored as "
                      f"{right.family}; check that the unit is documented"))
    elif lf == "time" or (lf == "char" and rf == "time"):
        out.append(_V("type_mismatch", "warning", "TC17", f"{L} -> {R}"))
    elif {lf, rf} == {"boolean", "integer"} or {lf, rf} == {"boolean", "char"}:
        out.append(_V("type_mismatch", "warning", "TC23", f"{L} -> {R}: flag representation "
                      "changes (check the values mapped to true/false)"))
    elif lf == "semi" and rf in ("semi", "char"):
        if left.base != right.base:
            out.append(_V("type_mismatch", "warning", "TC22", f"{L} -> {R}"))
    elif lf == "complex" and rf == "complex":
        if left.base != right.base or (left.element or "") != (right.element or ""):
            out.append(_V("type_mismatch", "error", "TC21", f"{L} -> {R}"))
    elif lf == "other" and rf == "other" and left.base == right.base:
        if left.raw.upper() != right.raw.upper():
            out.append(_V("type_mismatch", "warning", "TC21", f"{L} -> {R}"))
    else:
        out.append(_V("type_mismatch", "error", "TC21",
                      f"{L} -> {R}: {lf} values stored as {rf}"))
    return out


def _check_lengths(left: TypeSpec, right: TypeSpec, bpc: int, rule: str) -> list[Verdict]:
    L, R = left.render(), right.render()
    if right.length is None:
        if left.length is None:
            return []
        return [_V("widening", "info", rule, f"{L} -> {R}: unbounded target")]
    if left.length is None:
        return [_V("narrowing", "error", rule, f"{L} -> {R}: unbounded values into {right.length}")]
    need = left.length * bpc
    if right.length < left.length:
        return [_V("narrowing", "error", rule, f"{L} -> {R}: {left.length} -> {right.length}; "
                   "longer values are truncated or rejected")]
    if right.length >= need:
        return [] if right.length == left.length else \
            [_V("widening", "info", rule, f"{L} -> {R}")]
    return [_V("trap", "warning", rule, f"{L} -> {R}: needs {need} bytes")]


def _check_chars(left, right, ld, rd) -> list[Verdict]:
    L, R = left.render(), right.render()
    out: list[Verdict] = []
    if right.length_unit == "byte" and left.length_unit != "byte":
        bpc = bytes_per_char(left, ld)
        if right.length is None:
            pass
        elif left.length is None:
            out.append(_V("narrowing", "error", "TC10", f"{L} -> {R}: unbounded text into "
                          f"{right.length} bytes"))
        elif right.length < left.length:
            out.append(_V("narrowing", "error", "TC10", f"{L} -> {R}: {left.length} characters "
                          f"into {right.length} bytes; longer values are truncated or rejected"))
        elif right.length < left.length * bpc:
            need = left.length * bpc
            if bpc >= 3:
                out.append(_V("trap", "error", "TC11",
                              f"{L} -> {R}: target counts bytes, source counts characters; "
                              f"{left.length} non-ASCII characters need up to {need} bytes "
                              f"(declare {min(need, REDSHIFT_VARCHAR_MAX)})"))
            else:
                out.append(_V("trap", "warning", "TC12",
                              f"{L} -> {R}: target counts bytes; {left.length} accented LATIN "
                              f"characters need up to {need} bytes (declare {need})"))
        elif right.length > left.length:
            out.append(_V("widening", "info", "TC10", f"{L} -> {R}: bytes cover the "
                          "worst-case UTF-8 length"))
        if right.base == "CHAR" and rd == "redshift" and bpc > 1:
            sev = "error" if bpc >= 3 else "warning"
            out.append(_V("trap", sev, "TC13", f"{L} -> {R}: Redshift CHAR accepts single-byte "
                          "characters only; use VARCHAR"))
    else:
        out += _check_lengths(left, right, 1, "TC10")
    if left.base == "CHAR" and right.base != "CHAR":
        out.append(_V("trap", "info", "TC13", f"{L} -> {R}: CHAR pads are not kept; "
                      "pad-sensitive expressions need RPAD/RTRIM"))
    elif left.base != "CHAR" and right.base == "CHAR":
        out.append(_V("trap", "warning", "TC13", f"{L} -> {R}: values gain trailing pads"))
    if left.casespecific is False and right.casespecific is not False:
        out.append(_V("case", "info", "TC24", f"{L} -> {R}: NOT CASESPECIFIC column becomes "
                      "case-sensitive; comparisons need UPPER() on both sides"))
    return out


def _check_numbers(left, right) -> list[Verdict]:
    lf, rf = left.family, right.family
    L, R = left.render(), right.render()
    if lf == "integer" and rf == "integer":
        a, b = _INT_RANK[left.base], _INT_RANK[right.base]
        if a == b:
            return []
        if a < b:
            return [_V("widening", "info", "TC02", f"{L} -> {R}")]
        return [_V("narrowing", "error", "TC03", f"{L} -> {R}: values may overflow")]
    if lf == "integer" and rf == "decimal":
        if right.precision is None:
            return [_V("widening", "info", "TC04", f"{L} -> {R}")]
        room = right.precision - (right.scale or 0)
        if room >= _INT_DIGITS[left.base]:
            return [_V("widening", "info", "TC04", f"{L} -> {R}")]
        return [_V("narrowing", "error", "TC04", f"{L} -> {R}: {room} integer digits cannot hold "
                   f"every {left.base} ({_INT_DIGITS[left.base]} digits)")]
    if lf == "decimal" and rf == "integer":
        if left.precision is not None and (left.scale or 0) == 0 and \
                left.precision <= _INT_SAFE_DIGITS[right.base]:
            return [_V("widening", "info", "TC06", f"{L} -> {R}")]
        return [_V("narrowing", "error", "TC06", f"{L} -> {R}: fractions or large values lost")]
    if lf == "decimal" and rf == "decimal":
        if left.precision is None:
            if right.precision is None:
                return []
            sev = "warning"
            return [_V("trap", sev, "TC07", f"{L} -> {R}: {left.base} without precision has a "
                       f"floating scale (up to 38 digits); fixed {R} rounds or overflows")]
        if right.precision is None:
            return [_V("widening", "info", "TC05", f"{L} -> {R}")]
        ls, rs = left.scale or 0, right.scale or 0
        lint, rint = left.precision - ls, right.precision - rs
        problems = []
        if rint < lint:
            problems.append(f"{lint - rint} integer digit(s) fewer")
        if rs < ls:
            problems.append(f"scale {ls} -> {rs} rounds fractions")
        if problems:
            return [_V("narrowing", "error", "TC05", f"{L} -> {R}: " + ", ".join(problems))]
        if (left.precision, ls) == (right.precision, rs):
            return []
        return [_V("widening", "info", "TC05", f"{L} -> {R}")]
    if lf == "float" and rf == "float":
        if left.base == right.base:
            return []
        if left.base == "REAL":
            return [_V("widening", "info", "TC09", f"{L} -> {R}")]
        return [_V("narrowing", "error", "TC09", f"{L} -> {R}: 64-bit float into 32-bit")]
    if lf == "integer" and rf == "float":
        if right.base == "DOUBLE" and left.base != "BIGINT":
            return [_V("widening", "info", "TC08", f"{L} -> {R}")]
        return [_V("type_mismatch", "warning", "TC08", f"{L} -> {R}: large integers lose "
                   "precision in binary floating point")]
    if lf == "decimal" and rf == "float":
        return [_V("type_mismatch", "warning", "TC08", f"{L} -> {R}: exact decimal becomes "
                   "binary floating point")]
    return [_V("type_mismatch", "warning", "TC08", f"{L} -> {R}: floating point into exact "
               "numeric rounds or overflows")]


def _check_datetimes(left, right, ld, rd) -> list[Verdict]:
    lf, rf = left.family, right.family
    L, R = left.render(), right.render()
    if lf == "date" and rf == "date":
        return []
    if lf != rf:
        if lf == "date" and rf == "timestamp":
            return [_V("type_mismatch", "warning", "TC17", f"{L} -> {R}: dates gain a time part")]
        if lf == "timestamp" and rf == "date":
            return [_V("narrowing", "error", "TC17", f"{L} -> {R}: time part lost")]
        return [_V("type_mismatch", "warning", "TC17", f"{L} -> {R}")]
    out = []
    lp, rp = left.precision or 0, right.precision or 0
    if rp < lp:
        out.append(_V("narrowing", "error", "TC14", f"{L} -> {R}: fractional seconds "
                      f"{lp} -> {rp} digits"))
    elif rp > lp:
        out.append(_V("widening", "info", "TC14", f"{L} -> {R}: values keep their "
                      f"{lp}-digit fraction; computed values may gain digits"))
    if left.with_time_zone and not right.with_time_zone:
        out.append(_V("type_mismatch", "error", "TC15", f"{L} -> {R}: the time zone offset is "
                      "dropped and values shift"))
    elif left.with_time_zone and right.with_time_zone and ld == "teradata" and rd != "teradata":
        out.append(_V("trap", "warning", "TC15", f"{L} -> {R}: the target stores the instant in "
                      "UTC; the original offset is not kept"))
    elif not left.with_time_zone and right.with_time_zone:
        what = ("Spark TIMESTAMP is relative to the session time zone; use TIMESTAMP_NTZ"
                if rd == "spark" else "local values are read in the session time zone")
        out.append(_V("trap", "warning", "TC15", f"{L} -> {R}: {what}"))
    return out
