"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# DATE +/- INTEGER adds days, across month ends, leap days and year ends
# source: input.sql:2
S010 = """\
CREATE TABLE dt_db.due (
  id INT NOT NULL,
  base_dt DATE,
  grace INT
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO dt_db.due
VALUES
  (1, CAST('2024-02-28' AS DATE), 2)
"""

# source: input.sql:11
S030 = """\
INSERT INTO dt_db.due
VALUES
  (2, CAST('2023-02-28' AS DATE), 1)
"""

# source: input.sql:12
S040 = """\
INSERT INTO dt_db.due
VALUES
  (3, CAST('2024-12-31' AS DATE), 30)
"""

# source: input.sql:13
S050 = """\
INSERT INTO dt_db.due
VALUES
  (4, CAST('2024-03-01' AS DATE), -1)
"""

# source: input.sql:14
S060 = """\
INSERT INTO dt_db.due
VALUES
  (5, CAST('2024-01-15' AS DATE), NULL)
"""

# source: input.sql:15
S070 = """\
INSERT INTO dt_db.due
VALUES
  (6, NULL, 5)
"""

# source: input.sql:17
S080 = """\
CREATE TABLE dt_db.result_due (
  id INT,
  next_day DATE,
  prev_day DATE,
  due_dt DATE,
  plus_year DATE,
  in_march CHAR(1)
)
USING PARQUET
"""

# source: input.sql:28
S090 = """\
INSERT INTO dt_db.result_due
SELECT
  id,
  base_dt + 1,
  base_dt - 1,
  base_dt + grace,
  base_dt + 365,
  CASE
    WHEN base_dt + grace BETWEEN CAST('2024-03-01' AS DATE) AND CAST('2024-03-31' AS DATE)
    THEN 'Y'
    ELSE 'N'
  END
FROM dt_db.due
WHERE
  base_dt + 30 > CAST('2024-01-01' AS DATE) OR base_dt IS NULL
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='dt_db.due')
        script.sql('S030', S030, writes='dt_db.due')
        script.sql('S040', S040, writes='dt_db.due')
        script.sql('S050', S050, writes='dt_db.due')
        script.sql('S060', S060, writes='dt_db.due')
        script.sql('S070', S070, writes='dt_db.due')
        script.sql('S080', S080)
        script.sql('S090', S090, writes='dt_db.result_due')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
