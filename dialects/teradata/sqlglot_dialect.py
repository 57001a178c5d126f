"""sqlglot's Teradata dialect, extended where it misreads Teradata SQL that real scripts use.

Each override names the Teradata behaviour it adds; everything else is upstream's.
"""
from __future__ import annotations

from sqlglot import exp
from sqlglot.dialects.teradata import Teradata
from sqlglot.tokens import TokenType


class Upsert(exp.Expression):
    """Teradata's atomic upsert: `UPDATE ... WHERE ... ELSE INSERT ...` (one branch runs)."""

    arg_types = {"this": True, "expression": True}


class MacroCall(exp.Expression):
    """`EXEC[UTE] macro (args)`: expanded by the macro pass where the macro is known."""

    arg_types = {"this": True, "expressions": False}


class LegacyMovingAggregate(exp.Expression, exp.Func):
    """MSUM/MAVG/MCOUNT/MMIN/MMAX(value, width, sort...): Teradata's pre-ANSI moving window."""

    arg_types = {"this": True, "width": True, "order": True, "kind": True}


class LeapTeradata(Teradata):
    """The Teradata dialect leapc reads."""

    class Tokenizer(Teradata.Tokenizer):
        KEYWORDS = {
            **Teradata.Tokenizer.KEYWORDS,
            "EXEC": TokenType.EXECUTE,
            "EXECUTE": TokenType.EXECUTE,
        }
        # EXEC takes a macro name and arguments, not a raw command string.
        COMMANDS = Teradata.Tokenizer.COMMANDS - {TokenType.EXECUTE}

    class Parser(Teradata.Parser):
        STATEMENT_PARSERS = {
            **Teradata.Parser.STATEMENT_PARSERS,
            TokenType.EXECUTE: lambda self: self._parse_macro_call(),
        }

        FUNCTIONS = {
            **Teradata.Parser.FUNCTIONS,
            **{
                name: (lambda kind: lambda args: LegacyMovingAggregate(
                    this=args[0] if args else None,
                    width=args[1] if len(args) > 1 else None,
                    order=exp.Tuple(expressions=args[2:]),
                    kind=exp.Literal.string(kind)))(name)
                for name in ("MSUM", "MAVG", "MCOUNT", "MMIN", "MMAX")
            },
        }

        def _parse_macro_call(self) -> MacroCall:
            parts = [self._parse_id_var(any_token=True)]
            while self._match(TokenType.DOT):
                parts.append(self._parse_id_var(any_token=True))
            name = exp.Table(this=parts[-1], db=parts[-2] if len(parts) > 1 else None)
            args = []
            if self._match(TokenType.L_PAREN):
                args = self._parse_csv(self._parse_assignment)
                self._match_r_paren()
            return self.expression(MacroCall(this=name, expressions=args))

        def _parse_insert(self):
            insert = super()._parse_insert()
            # `INS t (1, 'a')`: Teradata reads a parenthesised list with no VALUES keyword as the
            # values, not as a column list.  sqlglot takes it for columns, so move it back.
            schema = insert.this if isinstance(insert, exp.Insert) else None
            if (isinstance(schema, exp.Schema) and not insert.expression
                    and any(not isinstance(e, (exp.Column, exp.Identifier)) for e in schema.expressions)):
                insert.set("this", schema.this)
                insert.set("expression", exp.Values(expressions=[exp.Tuple(expressions=schema.expressions)]))
            elif (isinstance(schema, exp.Schema) and not insert.expression
                    and all(isinstance(e, exp.Identifier) for e in schema.expressions)):
                # Every item was a bare word: still values when nothing follows (INS t (a, b)
                # with column-like values is ambiguous; Teradata reads it as values too).
                insert.set("this", schema.this)
                insert.set("expression", exp.Values(expressions=[exp.Tuple(
                    expressions=[exp.column(e.this, quoted=e.quoted) for e in schema.expressions])]))
            return insert
