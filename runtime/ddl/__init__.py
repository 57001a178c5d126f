"""wmg.ddl: the normalised table model, type-compatibility rules, comparator, validator and live
catalog readers shared by `leapc ddl` and Glue jobs.  Standard library only; the catalog readers
import psycopg / boto3 / pyspark lazily.

    from wmg.ddl import compare, validate, read_glue
    diffs = compare(source_tables, read_glue("sales"), left_dialect="teradata", right_dialect="spark")
"""
from .catalog import read_glue, read_postgres, read_postgres_dsn, read_spark
from .comparator import Difference, NameMapping, compare, has_errors, summarize
from .model import DIALECTS, Column, DdlError, Key, Table, TypeSpec
from .report import diff_to_json, diff_to_text, findings_to_json, findings_to_text
from .types import Verdict, bytes_per_char, check_types, make_type, parse_type
from .validator import Finding, validate

__all__ = [
    "DIALECTS", "Column", "DdlError", "Difference", "Finding", "Key", "NameMapping", "Table",
    "TypeSpec", "Verdict", "bytes_per_char", "check_types", "compare", "diff_to_json",
    "diff_to_text", "findings_to_json", "findings_to_text", "has_errors", "make_type",
    "parse_type", "read_glue", "read_postgres", "read_postgres_dsn", "read_spark", "summarize",
    "validate",
]
