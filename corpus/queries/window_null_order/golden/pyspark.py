"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# NULL placement inside window ORDER BY: first for ASC, last for DESC (Teradata)
# source: input.sql:2
S010 = """\
CREATE TABLE qry_db.measures (
  m_id INT NOT NULL,
  grp CHAR(1),
  val INT
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO qry_db.measures
VALUES
  (1, 'A', 5)
"""

# source: input.sql:11
S030 = """\
INSERT INTO qry_db.measures
VALUES
  (2, 'A', NULL)
"""

# source: input.sql:12
S040 = """\
INSERT INTO qry_db.measures
VALUES
  (3, 'A', 9)
"""

# source: input.sql:13
S050 = """\
INSERT INTO qry_db.measures
VALUES
  (4, 'B', 1)
"""

# source: input.sql:14
S060 = """\
INSERT INTO qry_db.measures
VALUES
  (5, 'B', NULL)
"""

# source: input.sql:15
S070 = """\
INSERT INTO qry_db.measures
VALUES
  (6, 'B', 3)
"""

# source: input.sql:17
S080 = """\
CREATE TABLE qry_db.result_window_nulls (
  m_id INT,
  rn_asc INT,
  rn_desc INT,
  rk_grp INT,
  prev_val INT
)
USING PARQUET
"""

# source: input.sql:27
S090 = """\
INSERT INTO qry_db.result_window_nulls
SELECT
  m_id,
  ROW_NUMBER() OVER (ORDER BY val, m_id),
  ROW_NUMBER() OVER (ORDER BY val DESC, m_id),
  RANK() OVER (PARTITION BY UPPER(RTRIM(grp)) ORDER BY val DESC),
  MAX(val) OVER (
    PARTITION BY UPPER(RTRIM(grp))
    ORDER BY val
    ROWS BETWEEN 1 PRECEDING AND 1 PRECEDING
  )
FROM qry_db.measures
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='qry_db.measures')
        script.sql('S030', S030, writes='qry_db.measures')
        script.sql('S040', S040, writes='qry_db.measures')
        script.sql('S050', S050, writes='qry_db.measures')
        script.sql('S060', S060, writes='qry_db.measures')
        script.sql('S070', S070, writes='qry_db.measures')
        script.sql('S080', S080)
        script.sql('S090', S090, writes='qry_db.result_window_nulls')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
