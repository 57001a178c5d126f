"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# PARTITION BY RANGE_N with NO RANGE OR UNKNOWN: partitioning is physical only; rows outside the
#    ranges and NULL partitioning values land in the catch-all partition and are queried normally.
#    CASE_N partitioning on a second table; DELETE by range.
# source: input.sql:4
S010 = """\
CREATE TABLE ddl_db.events (
  ev_id INT NOT NULL,
  ev_dt DATE,
  amt DECIMAL(8, 2)
)
USING PARQUET
"""

# source: input.sql:14
S020 = """\
CREATE TABLE ddl_db.sizes (
  id INT NOT NULL,
  qty INT
)
USING PARQUET
"""

# source: input.sql:22
S030 = """\
INSERT INTO ddl_db.events
VALUES
  (1, CAST('2024-01-15' AS DATE), 10.00)
"""

# source: input.sql:23
S040 = """\
INSERT INTO ddl_db.events
VALUES
  (2, CAST('2024-01-31' AS DATE), 5.00)
"""

# source: input.sql:24
S050 = """\
INSERT INTO ddl_db.events
VALUES
  (3, CAST('2024-02-29' AS DATE), 7.50)
"""

# source: input.sql:25
S060 = """\
INSERT INTO ddl_db.events
VALUES
  (4, CAST('2023-12-31' AS DATE), 1.00)
"""

# source: input.sql:26
S070 = """\
INSERT INTO ddl_db.events
VALUES
  (5, NULL, 2.00)
"""

# source: input.sql:27
S080 = """\
INSERT INTO ddl_db.events
VALUES
  (6, CAST('2025-01-01' AS DATE), 3.00)
"""

# source: input.sql:28
S090 = """\
INSERT INTO ddl_db.sizes
VALUES
  (1, 5)
"""

# source: input.sql:29
S100 = """\
INSERT INTO ddl_db.sizes
VALUES
  (2, 50)
"""

# source: input.sql:30
S110 = """\
INSERT INTO ddl_db.sizes
VALUES
  (3, 500)
"""

# source: input.sql:31
S120 = """\
INSERT INTO ddl_db.sizes
VALUES
  (4, NULL)
"""

# source: input.sql:33
S130_WHERE = "ev_dt BETWEEN CAST('2024-02-01' AS DATE) AND CAST('2024-02-29' AS DATE)"

# source: input.sql:34
S140_WHERE = "qty < 10"

# source: input.sql:36
S150 = """\
CREATE TABLE ddl_db.result_ppi (
  src STRING,
  mon INT,
  n INT,
  total DECIMAL(10, 2)
)
USING PARQUET
"""

# source: input.sql:45
S160 = """\
INSERT INTO ddl_db.result_ppi
SELECT
  'events',
  EXTRACT(MONTH FROM ev_dt),
  COUNT(*),
  SUM(amt)
FROM ddl_db.events
GROUP BY
  2
"""

# source: input.sql:50
S170 = """\
INSERT INTO ddl_db.result_ppi
SELECT
  'sizes',
  NULL,
  COUNT(*),
  SUM(qty)
FROM ddl_db.sizes
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020)
        script.sql('S030', S030, writes='ddl_db.events')
        script.sql('S040', S040, writes='ddl_db.events')
        script.sql('S050', S050, writes='ddl_db.events')
        script.sql('S060', S060, writes='ddl_db.events')
        script.sql('S070', S070, writes='ddl_db.events')
        script.sql('S080', S080, writes='ddl_db.events')
        script.sql('S090', S090, writes='ddl_db.sizes')
        script.sql('S100', S100, writes='ddl_db.sizes')
        script.sql('S110', S110, writes='ddl_db.sizes')
        script.sql('S120', S120, writes='ddl_db.sizes')
        script.delete('S130', 'ddl_db.events', 'events', where=S130_WHERE)
        script.delete('S140', 'ddl_db.sizes', 'sizes', where=S140_WHERE)
        script.sql('S150', S150)
        script.sql('S160', S160, writes='ddl_db.result_ppi')
        script.sql('S170', S170, writes='ddl_db.result_ppi')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
