"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Sort order of a default NOT CASESPECIFIC column is case-blind: ROW_NUMBER/RANK over
#    ORDER BY name (ASC, DESC) with an id tiebreaker, NULL first ascending
# source: input.sql:3
S010 = """\
CREATE TABLE ncs_db.fruits (
  id INT NOT NULL,
  name STRING
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO ncs_db.fruits
VALUES
  (1, 'banana')
"""

# source: input.sql:11
S030 = """\
INSERT INTO ncs_db.fruits
VALUES
  (2, 'Apple')
"""

# source: input.sql:12
S040 = """\
INSERT INTO ncs_db.fruits
VALUES
  (3, 'cherry')
"""

# source: input.sql:13
S050 = """\
INSERT INTO ncs_db.fruits
VALUES
  (4, 'APPLE')
"""

# source: input.sql:14
S060 = """\
INSERT INTO ncs_db.fruits
VALUES
  (5, 'Banana ')
"""

# source: input.sql:15
S070 = """\
INSERT INTO ncs_db.fruits
VALUES
  (6, 'apple')
"""

# source: input.sql:16
S080 = """\
INSERT INTO ncs_db.fruits
VALUES
  (7, NULL)
"""

# source: input.sql:18
S090 = """\
CREATE TABLE ncs_db.result_order_ncs (
  id INT,
  rn_asc INT,
  rn_desc INT,
  rk_asc INT
)
USING PARQUET
"""

# source: input.sql:27
S100 = """\
INSERT INTO ncs_db.result_order_ncs
SELECT
  id,
  ROW_NUMBER() OVER (ORDER BY UPPER(RTRIM(name)), id),
  ROW_NUMBER() OVER (ORDER BY UPPER(RTRIM(name)) DESC, id),
  RANK() OVER (ORDER BY UPPER(RTRIM(name)))
FROM ncs_db.fruits
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='ncs_db.fruits')
        script.sql('S030', S030, writes='ncs_db.fruits')
        script.sql('S040', S040, writes='ncs_db.fruits')
        script.sql('S050', S050, writes='ncs_db.fruits')
        script.sql('S060', S060, writes='ncs_db.fruits')
        script.sql('S070', S070, writes='ncs_db.fruits')
        script.sql('S080', S080, writes='ncs_db.fruits')
        script.sql('S090', S090)
        script.sql('S100', S100, writes='ncs_db.result_order_ncs')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
