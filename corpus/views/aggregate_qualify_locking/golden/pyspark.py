"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Views with LOCKING ROW FOR ACCESS, with GROUP BY/HAVING, and with QUALIFY (latest row per key,
#    NULL timestamps sort first ascending / last descending); queries filter on the views'
#    aggregate and window columns
# source: input.sql:4
S010 = """\
CREATE TABLE vw_db.readings (
  dev STRING,
  ts TIMESTAMP_NTZ,
  val INT
)
USING PARQUET
"""

# source: input.sql:12
S020 = """\
INSERT INTO vw_db.readings
VALUES
  ('d1', CAST('2024-01-01 10:00:00' AS TIMESTAMP), 5)
"""

# source: input.sql:13
S030 = """\
INSERT INTO vw_db.readings
VALUES
  ('d1', CAST('2024-01-01 11:00:00' AS TIMESTAMP), 7)
"""

# source: input.sql:14
S040 = """\
INSERT INTO vw_db.readings
VALUES
  ('d1', NULL, 99)
"""

# source: input.sql:15
S050 = """\
INSERT INTO vw_db.readings
VALUES
  ('d2', CAST('2024-01-01 09:00:00' AS TIMESTAMP), 1)
"""

# source: input.sql:16
S060 = """\
INSERT INTO vw_db.readings
VALUES
  ('D2', CAST('2024-01-02 09:00:00' AS TIMESTAMP), 2)
"""

# source: input.sql:17
S070 = """\
INSERT INTO vw_db.readings
VALUES
  ('d3', NULL, 4)
"""

# source: input.sql:19
S080 = """\
CREATE OR REPLACE VIEW vw_db.v_dev_stats AS
SELECT
  MIN(dev) AS dev,
  COUNT(*) AS n,
  SUM(val) AS total,
  MAX(ts) AS last_ts
FROM vw_db.readings
GROUP BY
  UPPER(RTRIM(dev))
HAVING
  COUNT(ts) > 0
"""

# source: input.sql:26
S090 = """\
CREATE OR REPLACE VIEW vw_db.v_dev_latest AS
SELECT
  dev,
  ts,
  val,
  rn
FROM (
  SELECT
    dev,
    ts,
    val,
    ROW_NUMBER() OVER (PARTITION BY UPPER(RTRIM(dev)) ORDER BY ts DESC) AS rn
  FROM vw_db.readings
) AS leapc_t_1
WHERE
  rn <= 2
"""

# source: input.sql:33
S100 = """\
CREATE TABLE vw_db.result_view_agg (
  kind STRING,
  dev STRING,
  n INT,
  total INT,
  ts TIMESTAMP_NTZ
)
USING PARQUET
"""

# source: input.sql:43
S110 = """\
INSERT INTO vw_db.result_view_agg
SELECT
  'stats',
  UPPER(dev),
  n,
  total,
  last_ts
FROM vw_db.v_dev_stats
WHERE
  total > 2
"""

# source: input.sql:46
S120 = """\
INSERT INTO vw_db.result_view_agg
SELECT
  'latest',
  dev,
  rn,
  val,
  ts
FROM vw_db.v_dev_latest
WHERE
  rn = 2 OR UPPER(RTRIM(dev)) = 'D3'
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='vw_db.readings')
        script.sql('S030', S030, writes='vw_db.readings')
        script.sql('S040', S040, writes='vw_db.readings')
        script.sql('S050', S050, writes='vw_db.readings')
        script.sql('S060', S060, writes='vw_db.readings')
        script.sql('S070', S070, writes='vw_db.readings')
        script.sql('S080', S080)
        script.sql('S090', S090)
        script.sql('S100', S100)
        script.sql('S110', S110, writes='vw_db.result_view_agg')
        script.sql('S120', S120, writes='vw_db.result_view_agg')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
