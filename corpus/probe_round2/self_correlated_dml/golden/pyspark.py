"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Staging clean-up with DML that reads the table it changes: delete superseded loads,
#    bump below-average scores, stamp segment sizes
# source: input.sql:3
S010 = """\
CREATE TABLE cs_db.cust_stage (
  cust_id INT,
  load_ts TIMESTAMP_NTZ,
  segment STRING,
  score DECIMAL(5, 1),
  seg_cnt INT
)
USING PARQUET
"""

# source: input.sql:13
S020 = """\
INSERT INTO cs_db.cust_stage
VALUES
  (1, CAST('2024-01-01 08:00:00' AS TIMESTAMP), 'A', 10.0, NULL)
"""

# source: input.sql:14
S030 = """\
INSERT INTO cs_db.cust_stage
VALUES
  (1, CAST('2024-01-02 08:00:00' AS TIMESTAMP), 'A', 20.0, NULL)
"""

# source: input.sql:15
S040 = """\
INSERT INTO cs_db.cust_stage
VALUES
  (1, NULL, 'B', 5.0, NULL)
"""

# source: input.sql:16
S050 = """\
INSERT INTO cs_db.cust_stage
VALUES
  (2, CAST('2024-01-05 00:00:00' AS TIMESTAMP), 'B', 30.0, NULL)
"""

# source: input.sql:17
S060 = """\
INSERT INTO cs_db.cust_stage
VALUES
  (2, CAST('2024-01-05 00:00:00' AS TIMESTAMP), 'B', 31.0, NULL)
"""

# source: input.sql:18
S070 = """\
INSERT INTO cs_db.cust_stage
VALUES
  (3, CAST('2024-01-03 00:00:00' AS TIMESTAMP), NULL, 12.0, NULL)
"""

# source: input.sql:19
S080 = """\
INSERT INTO cs_db.cust_stage
VALUES
  (4, CAST('2024-01-04 00:00:00' AS TIMESTAMP), 'A', NULL, NULL)
"""

# source: input.sql:20
S090 = """\
INSERT INTO cs_db.cust_stage
VALUES
  (5, CAST('2024-01-06 00:00:00' AS TIMESTAMP), 'a', 8.0, NULL)
"""

# a load superseded by a later load of the same customer goes; undated loads and ties stay
# source: input.sql:23
S100_WHERE = """\
EXISTS(
  SELECT
    1
  FROM cs_db.cust_stage AS s2
  WHERE
    s2.cust_id = cust_stage.cust_id AND s2.load_ts > cust_stage.load_ts
)
"""

# below the segment average (computed before the update) gets +1
# source: input.sql:30
S110_SET = {
    'score': "score + 1",
}
S110_WHERE = """\
score < (
  SELECT
    AVG(c2.score)
  FROM cs_db.cust_stage AS c2
  WHERE
    UPPER(RTRIM(c2.segment)) = UPPER(RTRIM(cust_stage.segment))
)
"""

# source: input.sql:36
S120_SET = {
    'seg_cnt': "(SELECT COUNT(*) FROM cs_db.cust_stage AS c2 WHERE UPPER(RTRIM(c2.segment)) = UPPER(RTRIM(cust_stage.segment)))",
}


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='cs_db.cust_stage')
        script.sql('S030', S030, writes='cs_db.cust_stage')
        script.sql('S040', S040, writes='cs_db.cust_stage')
        script.sql('S050', S050, writes='cs_db.cust_stage')
        script.sql('S060', S060, writes='cs_db.cust_stage')
        script.sql('S070', S070, writes='cs_db.cust_stage')
        script.sql('S080', S080, writes='cs_db.cust_stage')
        script.sql('S090', S090, writes='cs_db.cust_stage')
        script.delete('S100', 'cs_db.cust_stage', 'cust_stage', where=S100_WHERE)
        script.update('S110', 'cs_db.cust_stage', 'cust_stage', S110_SET, where=S110_WHERE)
        script.update('S120', 'cs_db.cust_stage', 'cust_stage', S120_SET)


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
