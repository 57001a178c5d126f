"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Teradata integer dates: (year-1900)*10000 + month*100 + day, compared with DATE columns and cast
# source: input.sql:2
S010 = """\
CREATE TABLE dt_db.postings (
  id INT NOT NULL,
  post_dt DATE
)
USING PARQUET
"""

# source: input.sql:9
S020 = """\
INSERT INTO dt_db.postings
VALUES
  (1, CAST('2024-01-31' AS DATE))
"""

# source: input.sql:10
S030 = """\
INSERT INTO dt_db.postings
VALUES
  (2, CAST('2024-02-01' AS DATE))
"""

# source: input.sql:11
S040 = """\
INSERT INTO dt_db.postings
VALUES
  (3, CAST('2024-02-29' AS DATE))
"""

# source: input.sql:12
S050 = """\
INSERT INTO dt_db.postings
VALUES
  (4, CAST('1999-12-31' AS DATE))
"""

# source: input.sql:13
S060 = """\
INSERT INTO dt_db.postings
VALUES
  (5, CAST('2000-01-01' AS DATE))
"""

# source: input.sql:14
S070 = """\
INSERT INTO dt_db.postings
VALUES
  (6, NULL)
"""

# source: input.sql:16
S080 = """\
CREATE TABLE dt_db.result_int_dates (
  tag STRING,
  id INT,
  post_dt DATE,
  dt_int INT,
  yr INT
)
USING PARQUET
"""

# source: input.sql:26
S090 = """\
INSERT INTO dt_db.result_int_dates
SELECT
  'ALL',
  id,
  post_dt,
  (
    (
      CAST(EXTRACT(YEAR FROM post_dt) AS INT) - 1900
    ) * 10000 + CAST(EXTRACT(MONTH FROM post_dt) AS INT) * 100 + CAST(EXTRACT(DAY FROM post_dt) AS INT)
  ),
  CAST((
    (
      CAST(EXTRACT(YEAR FROM post_dt) AS INT) - 1900
    ) * 10000 + CAST(EXTRACT(MONTH FROM post_dt) AS INT) * 100 + CAST(EXTRACT(DAY FROM post_dt) AS INT)
  ) DIV 10000 AS INT) + 1900
FROM dt_db.postings
"""

# source: input.sql:30
S100 = """\
INSERT INTO dt_db.result_int_dates
SELECT
  'GT',
  id,
  post_dt,
  NULL,
  NULL
FROM dt_db.postings
WHERE
  post_dt > CAST('2024-01-31' AS DATE)
"""

# source: input.sql:35
S110 = """\
INSERT INTO dt_db.result_int_dates
SELECT
  'BTW',
  id,
  post_dt,
  NULL,
  NULL
FROM dt_db.postings
WHERE
  post_dt BETWEEN CAST('1999-12-31' AS DATE) AND CAST('2024-02-01' AS DATE)
"""

# source: input.sql:40
S120 = """\
INSERT INTO dt_db.result_int_dates (
  tag,
  id,
  post_dt
)
VALUES
  ('INTLIT', 99, CAST('2024-03-15' AS DATE))
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='dt_db.postings')
        script.sql('S030', S030, writes='dt_db.postings')
        script.sql('S040', S040, writes='dt_db.postings')
        script.sql('S050', S050, writes='dt_db.postings')
        script.sql('S060', S060, writes='dt_db.postings')
        script.sql('S070', S070, writes='dt_db.postings')
        script.sql('S080', S080)
        script.sql('S090', S090, writes='dt_db.result_int_dates')
        script.sql('S100', S100, writes='dt_db.result_int_dates')
        script.sql('S110', S110, writes='dt_db.result_int_dates')
        script.sql('S120', S120, writes='dt_db.result_int_dates')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
