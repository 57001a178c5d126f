"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# DATE - DATE is an INTEGER day count: stored, compared in WHERE and summed
# source: input.sql:2
S010 = """\
CREATE TABLE dt_db.shipments (
  order_id INT NOT NULL,
  order_dt DATE,
  ship_dt DATE
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO dt_db.shipments
VALUES
  (1, CAST('2024-02-27' AS DATE), CAST('2024-03-01' AS DATE))
"""

# source: input.sql:11
S030 = """\
INSERT INTO dt_db.shipments
VALUES
  (2, CAST('2023-02-27' AS DATE), CAST('2023-03-01' AS DATE))
"""

# source: input.sql:12
S040 = """\
INSERT INTO dt_db.shipments
VALUES
  (3, CAST('2023-12-31' AS DATE), CAST('2024-01-01' AS DATE))
"""

# source: input.sql:13
S050 = """\
INSERT INTO dt_db.shipments
VALUES
  (4, CAST('2024-03-10' AS DATE), CAST('2024-03-05' AS DATE))
"""

# source: input.sql:14
S060 = """\
INSERT INTO dt_db.shipments
VALUES
  (5, CAST('2024-01-01' AS DATE), NULL)
"""

# source: input.sql:15
S070 = """\
INSERT INTO dt_db.shipments
VALUES
  (6, CAST('2023-03-01' AS DATE), CAST('2024-03-01' AS DATE))
"""

# source: input.sql:17
S080 = """\
CREATE TABLE dt_db.result_ship_days (
  label STRING,
  order_id INT,
  days INT
)
USING PARQUET
"""

# source: input.sql:25
S090 = """\
INSERT INTO dt_db.result_ship_days
SELECT
  'EACH',
  order_id,
  DATEDIFF(ship_dt, order_dt)
FROM dt_db.shipments
"""

# source: input.sql:29
S100 = """\
INSERT INTO dt_db.result_ship_days
SELECT
  'LATE',
  order_id,
  NULL
FROM dt_db.shipments
WHERE
  DATEDIFF(ship_dt, order_dt) > 2
"""

# source: input.sql:34
S110 = """\
INSERT INTO dt_db.result_ship_days
SELECT
  'TOTAL',
  COUNT(*),
  SUM(DATEDIFF(ship_dt, order_dt))
FROM dt_db.shipments
WHERE
  DATEDIFF(ship_dt, order_dt) BETWEEN 1 AND 3
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='dt_db.shipments')
        script.sql('S030', S030, writes='dt_db.shipments')
        script.sql('S040', S040, writes='dt_db.shipments')
        script.sql('S050', S050, writes='dt_db.shipments')
        script.sql('S060', S060, writes='dt_db.shipments')
        script.sql('S070', S070, writes='dt_db.shipments')
        script.sql('S080', S080)
        script.sql('S090', S090, writes='dt_db.result_ship_days')
        script.sql('S100', S100, writes='dt_db.result_ship_days')
        script.sql('S110', S110, writes='dt_db.result_ship_days')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
