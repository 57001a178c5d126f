"""Teradata source: SQL through an extended sqlglot dialect, BTEQ dot-commands through lark."""
from leapc.dialects.teradata.script import parse_script


class TeradataSource:
    name = "teradata"
    description = "Teradata SQL, BTEQ scripts, macros"
    extensions = (".sql", ".bteq", ".btq", ".ksh", ".sh", ".tpt", ".ddl")

    def parse(self, text: str, path: str):
        return parse_script(text, path)


SOURCE = TeradataSource()
