"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Atomic upsert: UPDATE ... ELSE INSERT run several times (insert on first sight, update after)
# source: input.sql:2
S010 = """\
CREATE TABLE dml_db.counters (
  ckey STRING NOT NULL,
  hits INT,
  last_v INT
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO dml_db.counters
VALUES
  ('home', 5, 0)
"""

# source: input.sql:12
S030_SET = {
    'hits': "hits + 1",
    'last_v': "1",
}
S030_WHERE = "UPPER(RTRIM(ckey)) = 'HOME'"

# source: input.sql:12
S040 = """\
INSERT INTO dml_db.counters
SELECT
  'home',
  1,
  1
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM dml_db.counters
    WHERE
      UPPER(RTRIM(ckey)) = 'HOME'
  )
"""

# source: input.sql:15
S050_SET = {
    'hits': "hits + 1",
    'last_v': "2",
}
S050_WHERE = "UPPER(RTRIM(ckey)) = 'ABOUT'"

# source: input.sql:15
S060 = """\
INSERT INTO dml_db.counters
SELECT
  'about',
  1,
  2
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM dml_db.counters
    WHERE
      UPPER(RTRIM(ckey)) = 'ABOUT'
  )
"""

# source: input.sql:18
S070_SET = {
    'hits': "hits + 1",
    'last_v': "3",
}
S070_WHERE = "UPPER(RTRIM(ckey)) = 'ABOUT'"

# source: input.sql:18
S080 = """\
INSERT INTO dml_db.counters
SELECT
  'about',
  1,
  3
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM dml_db.counters
    WHERE
      UPPER(RTRIM(ckey)) = 'ABOUT'
  )
"""

# source: input.sql:21
S090_SET = {
    'hits': "hits + 1",
    'last_v': "4",
}
S090_WHERE = "UPPER(RTRIM(ckey)) = 'CART'"

# source: input.sql:21
S100 = """\
INSERT INTO dml_db.counters
SELECT
  'cart',
  1,
  4
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM dml_db.counters
    WHERE
      UPPER(RTRIM(ckey)) = 'CART'
  )
"""

# source: input.sql:24
S110 = """\
CREATE TABLE dml_db.result_upsert (
  ckey STRING,
  hits INT,
  last_v INT
)
USING PARQUET
"""

# source: input.sql:32
S120 = """\
INSERT INTO dml_db.result_upsert
SELECT
  ckey,
  hits,
  last_v
FROM dml_db.counters
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='dml_db.counters')
        script.update('S030', 'dml_db.counters', 'counters', S030_SET, where=S030_WHERE)
        script.sql('S040', S040, writes='dml_db.counters')
        script.update('S050', 'dml_db.counters', 'counters', S050_SET, where=S050_WHERE)
        script.sql('S060', S060, writes='dml_db.counters')
        script.update('S070', 'dml_db.counters', 'counters', S070_SET, where=S070_WHERE)
        script.sql('S080', S080, writes='dml_db.counters')
        script.update('S090', 'dml_db.counters', 'counters', S090_SET, where=S090_WHERE)
        script.sql('S100', S100, writes='dml_db.counters')
        script.sql('S110', S110)
        script.sql('S120', S120, writes='dml_db.result_upsert')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
