"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# QUALIFY ROW_NUMBER() = 1 per customer: Teradata puts NULL timestamps last when sorting DESC
#    and first when sorting ASC
# source: input.sql:3
S010 = """\
CREATE TABLE qry_db.events (
  event_id INT NOT NULL,
  cust_id INT,
  event_ts TIMESTAMP_NTZ,
  amount DECIMAL(8, 2)
)
USING PARQUET
"""

# source: input.sql:12
S020 = """\
INSERT INTO qry_db.events
VALUES
  (1, 100, CAST('2024-01-01 10:00:00' AS TIMESTAMP), 10.00)
"""

# source: input.sql:13
S030 = """\
INSERT INTO qry_db.events
VALUES
  (2, 100, CAST('2024-01-05 09:00:00' AS TIMESTAMP), 20.00)
"""

# source: input.sql:14
S040 = """\
INSERT INTO qry_db.events
VALUES
  (3, 100, NULL, 99.00)
"""

# source: input.sql:15
S050 = """\
INSERT INTO qry_db.events
VALUES
  (4, 200, NULL, 5.00)
"""

# source: input.sql:16
S060 = """\
INSERT INTO qry_db.events
VALUES
  (5, 200, CAST('2024-02-01 00:00:00' AS TIMESTAMP), 7.00)
"""

# source: input.sql:17
S070 = """\
INSERT INTO qry_db.events
VALUES
  (6, 300, CAST('2024-03-01 00:00:00' AS TIMESTAMP), 1.00)
"""

# source: input.sql:19
S080 = """\
CREATE TABLE qry_db.result_pick (
  pick STRING,
  cust_id INT,
  event_id INT,
  amount DECIMAL(8, 2)
)
USING PARQUET
"""

# source: input.sql:28
S090 = """\
INSERT INTO qry_db.result_pick
SELECT
  SUBSTRING(leapc_c_1, 1, 10),
  cust_id,
  event_id,
  amount
FROM (
  SELECT
    'latest' AS leapc_c_1,
    cust_id,
    event_id,
    amount,
    ROW_NUMBER() OVER (PARTITION BY cust_id ORDER BY event_ts DESC) AS leapc_w_2
  FROM qry_db.events
) AS leapc_t_3
WHERE
  leapc_w_2 = 1
"""

# source: input.sql:33
S100 = """\
INSERT INTO qry_db.result_pick
SELECT
  SUBSTRING(leapc_c_4, 1, 10),
  cust_id,
  event_id,
  amount
FROM (
  SELECT
    'earliest' AS leapc_c_4,
    cust_id,
    event_id,
    amount,
    ROW_NUMBER() OVER (PARTITION BY cust_id ORDER BY event_ts ASC) AS leapc_w_5
  FROM qry_db.events
) AS leapc_t_6
WHERE
  leapc_w_5 = 1
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='qry_db.events')
        script.sql('S030', S030, writes='qry_db.events')
        script.sql('S040', S040, writes='qry_db.events')
        script.sql('S050', S050, writes='qry_db.events')
        script.sql('S060', S060, writes='qry_db.events')
        script.sql('S070', S070, writes='qry_db.events')
        script.sql('S080', S080)
        script.sql('S090', S090, writes='qry_db.result_pick')
        script.sql('S100', S100, writes='qry_db.result_pick')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
