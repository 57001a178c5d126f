"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# INSTR with start position and occurrence; SUBSTRING ... FROM ... [FOR ...] forms, past the end,
#    and on a CHAR(n) column whose pads are part of the value
# source: input.sql:3
S010 = """\
CREATE TABLE fn_db.paths (
  id INT NOT NULL,
  p STRING,
  c CHAR(6)
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
INSERT INTO fn_db.paths
VALUES
  (1, 'a/b/c/d', 'AB')
"""

# source: input.sql:12
S030 = """\
INSERT INTO fn_db.paths
VALUES
  (2, 'root', 'ABCDEF')
"""

# source: input.sql:13
S040 = """\
INSERT INTO fn_db.paths
VALUES
  (3, '//x', 'Q')
"""

# source: input.sql:14
S050 = """\
INSERT INTO fn_db.paths
VALUES
  (4, NULL, NULL)
"""

# source: input.sql:16
S060 = """\
CREATE TABLE fn_db.result_instr_sub (
  id INT,
  first_sl INT,
  sl_from3 INT,
  second_sl INT,
  third_sl INT,
  tail3 STRING,
  mid STRING,
  past_end STRING,
  past_len INT,
  c_tail_len INT
)
USING PARQUET
"""

# source: input.sql:31
S070 = """\
INSERT INTO fn_db.result_instr_sub
SELECT
  id,
  LOCATE('/', UPPER(p)),
  LOCATE('/', UPPER(p), 3),
  LOCATE('/', UPPER(p), 1),
  LOCATE('/', UPPER(p), 1),
  SUBSTRING(SUBSTRING(p, 3), 1, 30),
  SUBSTRING(SUBSTRING(p, 2, 100), 1, 30),
  SUBSTRING(SUBSTRING(p, 40), 1, 30),
  LENGTH(SUBSTRING(p, 40)),
  LENGTH(SUBSTRING(c, 2))
FROM fn_db.paths
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='fn_db.paths')
        script.sql('S030', S030, writes='fn_db.paths')
        script.sql('S040', S040, writes='fn_db.paths')
        script.sql('S050', S050, writes='fn_db.paths')
        script.sql('S060', S060)
        script.sql('S070', S070, writes='fn_db.result_instr_sub')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
