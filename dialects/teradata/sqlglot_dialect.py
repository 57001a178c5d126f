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


class CaseSpecificity(exp.Expression):
    """`x (CASESPECIFIC)` / `x (NOT CASESPECIFIC)`: x compares case-sensitive / case-blind."""

    arg_types = {"this": True, "blind": True}


class IntervalDifference(exp.Expression):
    """`(ts2 - ts1) DAY(4) TO SECOND`: a datetime difference as an interval of those units."""

    arg_types = {"this": True, "start": True, "end": False}


INTERVAL_UNITS = ("YEAR", "MONTH", "DAY", "HOUR", "MINUTE", "SECOND")


class ResetWhen(exp.Expression):
    """`OVER (PARTITION BY p ORDER BY o RESET WHEN cond ...)`: a row where cond is TRUE starts a
    new dynamic partition.  Kept on the window's ORDER BY (arg `reset_when`) until
    leapc.passes.queries lowers it; no target has it."""

    arg_types = {"this": True}


class LegacyMovingAggregate(exp.Expression, exp.Func):
    """Teradata's pre-ANSI ordered analytics: MSUM/MAVG/MCOUNT/MMIN/MMAX(value, width, sort...),
    MDIFF(value, width, sort...), CSUM(value, sort...), RANK(sort...) and QUANTILE(q, sort...)
    (value is q).  Their GROUP BY names
    the partitions the window resets on."""

    arg_types = {"this": False, "width": False, "order": True, "kind": True}


class LeapTeradata(Teradata):
    """The Teradata dialect leapc reads."""

    # FORMAT strings stay as written: leapc.dialects.teradata.formats translates them per target
    # (sqlglot's strftime detour loses elements such as DDD and B).
    TIME_MAPPING: dict = {}

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

        FUNCTION_PARSERS = {
            **Teradata.Parser.FUNCTION_PARSERS,
            **{name: (lambda kind: lambda self: self._parse_legacy_analytic(kind))(name)
               for name in ("MSUM", "MAVG", "MCOUNT", "MMIN", "MMAX", "MDIFF", "CSUM", "RANK", "QUANTILE")},
        }

        def _parse_legacy_analytic(self, kind: str):
            if kind == "RANK" and self._match(TokenType.R_PAREN, advance=False):
                return self.expression(exp.Rank())  # ANSI RANK() OVER (...)
            value = None if kind == "RANK" else self._parse_assignment()
            width = None
            if kind in ("MSUM", "MAVG", "MCOUNT", "MMIN", "MMAX", "MDIFF"):
                self._match(TokenType.COMMA)
                width = self._parse_number()
            if kind != "RANK":
                self._match(TokenType.COMMA)
            order = self._parse_csv(self._parse_ordered)
            return self.expression(LegacyMovingAggregate(this=value, width=width, order=exp.Tuple(expressions=order),
                                                         kind=exp.Literal.string(kind)))

        def _parse_partition_and_order(self):
            partition, order = super()._parse_partition_and_order()
            # Teradata's RESET WHEN follows the window's ORDER BY.
            if self._match_text_seq("RESET", "WHEN"):
                if order is None:
                    self.raise_error("RESET WHEN needs an ORDER BY")
                else:
                    order.set("reset_when", self.expression(ResetWhen(this=self._parse_assignment())))
            return partition, order

        def _parse_macro_call(self) -> MacroCall:
            parts = [self._parse_id_var(any_token=True)]
            while self._match(TokenType.DOT):
                parts.append(self._parse_id_var(any_token=True))
            name = exp.Table(this=parts[-1], db=parts[-2] if len(parts) > 1 else None)
            args = []
            if self._match(TokenType.L_PAREN):
                # Positional arguments may be skipped (`m(1, , 'x')`): the slot keeps its place.
                while not self._match(TokenType.R_PAREN):
                    if self._curr is None:
                        self.raise_error("Expecting )")
                        break
                    if self._match(TokenType.COMMA):
                        args.append(exp.Placeholder(this="LEAPC_SKIPPED"))
                        continue
                    args.append(self._parse_assignment())
                    if self._match(TokenType.R_PAREN):
                        break
                    self._match(TokenType.COMMA)
                    if self._curr and self._curr.token_type == TokenType.R_PAREN:
                        args.append(exp.Placeholder(this="LEAPC_SKIPPED"))
            return self.expression(MacroCall(this=name, expressions=args))

        def _parse_function(self, functions=None, anonymous=False, optional_parens=True, any_token=False):
            # `col (INTEGER)` is a conversion, not a call of a function named col.
            if (self._curr and self._next and self._next.token_type == TokenType.L_PAREN
                    and self._index + 2 < len(self._tokens)
                    and (self._tokens[self._index + 2].token_type in self.TYPE_TOKENS
                         or self._tokens[self._index + 2].text.upper() in ("TITLE", "NAMED", "CASESPECIFIC", "CS", "NOT"))
                    and self._curr.text.upper() not in self.FUNCTIONS
                    and self._curr.text.upper() not in self.FUNCTION_PARSERS
                    and self._curr.token_type in (TokenType.VAR, TokenType.IDENTIFIER)):
                return None
            return super()._parse_function(functions=functions, anonymous=anonymous,
                                           optional_parens=optional_parens, any_token=any_token)

        def _parse_paren(self):
            this = super()._parse_paren()
            if isinstance(this, exp.Paren) and self._curr and self._curr.text.upper() in INTERVAL_UNITS:
                start = self._interval_unit()
                end = self._interval_unit() if self._match_text_seq("TO") else None
                return self.expression(IntervalDifference(this=this.this, start=start, end=end))
            return this

        def _interval_unit(self) -> exp.Var:
            unit = self._curr.text.upper()
            self._advance()
            if self._match(TokenType.L_PAREN):  # precision, e.g. DAY(4): no effect on values
                self._parse_number()
                if self._match(TokenType.COMMA):
                    self._parse_number()
                self._match_r_paren()
            return exp.var(unit)

        def _parse_column_ops(self, this):
            this = super()._parse_column_ops(this)
            # Teradata's shorthand conversion: `expr (CHAR(10))`, `expr (DATE)`, also after a
            # `(FORMAT '...')` phrase: `d (FORMAT 'YYYYMMDD') (CHAR(8))`.
            while (this is not None and self._curr and self._curr.token_type == TokenType.L_PAREN
                   and self._next and self._next.text.upper() in ("TITLE", "NAMED", "CASESPECIFIC", "CS", "NOT")
                   and (self._next.text.upper() != "NOT" or (
                       self._index + 2 < len(self._tokens)
                       and self._tokens[self._index + 2].text.upper() in ("CASESPECIFIC", "CS")))):
                if self._next.text.upper() in ("CASESPECIFIC", "CS", "NOT"):
                    self._advance()
                    blind = self._match_text_seq("NOT")
                    self._advance()
                    self._match_r_paren()
                    this = self.expression(CaseSpecificity(this=this, blind=bool(blind)))
                    continue
                # `x (TITLE 'heading')` only labels BTEQ output; `x (NAMED n)` is an alias.
                self._advance(2)
                if self._prev.text.upper() == "TITLE":
                    self._parse_string()
                else:
                    this = self.expression(exp.Alias(this=this, alias=self._parse_id_var(any_token=True)))
                self._match_r_paren()
            while (this is not None and self._curr and self._curr.token_type == TokenType.L_PAREN
                   and self._next and self._next.token_type in self.TYPE_TOKENS):
                index = self._index
                self._advance()
                to = self._parse_types(check_func=False)
                if to is None or not self._match(TokenType.R_PAREN):
                    self._retreat(index)
                    break
                this = self.expression(exp.Cast(this=this, to=to))
            return this

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
