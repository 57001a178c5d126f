"""Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift (runner).
 Generated code: change the Teradata source or leapc's options and convert again.

run(conn, args=None) runs the statements of the .sql file beside this one over a
DB-API connection, with the BTEQ control flow of the source."""
import sys

from wmg.scripts import DbScript

# source: input.sql:3
S010 = """\
CREATE TABLE str_db.raw_values (
  id INTEGER NOT NULL,
  txt VARCHAR(60)
)
DISTKEY(id)
"""

# source: input.sql:10
S020 = """\
INSERT INTO str_db.raw_values
VALUES
  (1, '1.234.567,89')
"""

# source: input.sql:11
S030 = """\
INSERT INTO str_db.raw_values
VALUES
  (2, 'a.b${c}(d)a.b')
"""

# source: input.sql:12
S040 = """\
INSERT INTO str_db.raw_values
VALUES
  (3, 'abcabc')
"""

# source: input.sql:13
S050 = """\
INSERT INTO str_db.raw_values
VALUES
  (4, NULL)
"""

# source: input.sql:15
S060 = """\
CREATE TABLE str_db.result_replace (
  id INTEGER,
  no_dots VARCHAR(60),
  ab_to_x VARCHAR(60),
  no_dollar VARCHAR(60),
  no_paren VARCHAR(60),
  translated VARCHAR(60)
)
DISTKEY(id)
"""

# source: input.sql:26
S070 = """\
INSERT INTO str_db.result_replace
SELECT
  id,
  REPLACE(txt, '.', ''),
  REPLACE(txt, 'a.b', 'X'),
  REPLACE(txt, '$', ''),
  REPLACE(REPLACE(txt, '(', '['), ')', ']'),
  TRANSLATE(txt, 'abc.', 'x')
FROM str_db.raw_values
"""


def run(conn, args=None):
    with DbScript(conn, args, raise_errors=False) as script:
        script.sql('S010', S010)
        script.sql('S020', S020)
        script.sql('S030', S030)
        script.sql('S040', S040)
        script.sql('S050', S050)
        script.sql('S060', S060)
        script.sql('S070', S070)
    status = script.final_status()
    if status:
        raise SystemExit(status)


if __name__ == "__main__":
    from wmg.elt import db_main

    sys.exit(db_main(run))
