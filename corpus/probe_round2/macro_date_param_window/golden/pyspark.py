"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Re-runnable "as of" extract packaged as a macro: DATE parameter given as text, date arithmetic on
#    parameters, optional (NULL) filter parameter, QUALIFY and a closing SELECT inside the macro
# source: input.sql:3
S010 = """\
CREATE TABLE mc_db.orders (
  order_id INT NOT NULL,
  cust_id INT,
  region STRING,
  order_dt DATE,
  amt DECIMAL(10, 2)
)
USING PARQUET
"""

# source: input.sql:13
S020 = """\
CREATE TABLE mc_db.result_window (
  asof_dt DATE,
  order_id INT,
  region STRING,
  amt DECIMAL(10, 2)
)
USING PARQUET
"""

# source: input.sql:22
S030 = """\
INSERT INTO mc_db.orders
VALUES
  (1, 100, 'EAST', CAST('2024-01-25' AS DATE), 50.00)
"""

# source: input.sql:23
S040 = """\
INSERT INTO mc_db.orders
VALUES
  (2, 100, 'east', CAST('2024-01-30' AS DATE), 80.00)
"""

# source: input.sql:24
S050 = """\
INSERT INTO mc_db.orders
VALUES
  (3, 101, 'EAST', CAST('2024-01-20' AS DATE), 70.00)
"""

# source: input.sql:25
S060 = """\
INSERT INTO mc_db.orders
VALUES
  (4, 101, 'East', CAST('2024-01-21' AS DATE), 20.00)
"""

# source: input.sql:26
S070 = """\
INSERT INTO mc_db.orders
VALUES
  (5, 102, 'WEST', CAST('2024-01-28' AS DATE), 60.00)
"""

# source: input.sql:27
S080 = """\
INSERT INTO mc_db.orders
VALUES
  (6, 102, 'WEST', CAST('2024-02-10' AS DATE), 90.00)
"""

# source: input.sql:28
S090 = """\
INSERT INTO mc_db.orders
VALUES
  (7, 103, NULL, CAST('2024-02-12' AS DATE), 40.00)
"""

# source: input.sql:29
S100 = """\
INSERT INTO mc_db.orders
VALUES
  (8, 100, 'EAST', CAST('2024-02-15' AS DATE), 80.00)
"""

# EXEC mc_db.load_window (from the macro body at line 33)
# source: input.sql:43
S110_WHERE = "asof_dt = CAST('2024-01-31' AS DATE)"

# EXEC mc_db.load_window (from the macro body at line 34)
# source: input.sql:43
S120 = """\
INSERT INTO mc_db.result_window
SELECT
  leapc_c_1,
  order_id,
  region,
  amt
FROM (
  SELECT
    CAST('2024-01-31' AS DATE) AS leapc_c_1,
    order_id,
    region,
    amt,
    ROW_NUMBER() OVER (PARTITION BY cust_id ORDER BY amt DESC) AS leapc_w_2
  FROM mc_db.orders
  WHERE
    order_dt BETWEEN CAST('2024-01-31' AS DATE) - 10 AND CAST('2024-01-31' AS DATE)
    AND (
      UPPER(RTRIM(region)) = 'EAST' OR 'EAST' IS NULL
    )
) AS leapc_t_3
WHERE
  leapc_w_2 = 1
"""

# EXEC mc_db.load_window (from the macro body at line 40)
# source: input.sql:43
S130 = """\
SELECT
  COUNT(*)
FROM mc_db.result_window
WHERE
  asof_dt = CAST('2024-01-31' AS DATE)
"""

# EXEC mc_db.load_window (from the macro body at line 33)
# source: input.sql:44
S140_WHERE = "asof_dt = CAST('2024-02-15' AS DATE)"

# EXEC mc_db.load_window (from the macro body at line 34)
# source: input.sql:44
S150 = """\
INSERT INTO mc_db.result_window
SELECT
  leapc_c_4,
  order_id,
  region,
  amt
FROM (
  SELECT
    CAST('2024-02-15' AS DATE) AS leapc_c_4,
    order_id,
    region,
    amt,
    ROW_NUMBER() OVER (PARTITION BY cust_id ORDER BY amt DESC) AS leapc_w_5
  FROM mc_db.orders
  WHERE
    order_dt BETWEEN CAST('2024-02-15' AS DATE) - 7 AND CAST('2024-02-15' AS DATE)
    AND (
      region = NULL OR NULL IS NULL
    )
) AS leapc_t_6
WHERE
  leapc_w_5 = 1
"""

# EXEC mc_db.load_window (from the macro body at line 40)
# source: input.sql:44
S160 = """\
SELECT
  COUNT(*)
FROM mc_db.result_window
WHERE
  asof_dt = CAST('2024-02-15' AS DATE)
"""

# EXEC mc_db.load_window (from the macro body at line 33)
# source: input.sql:45
S170_WHERE = "asof_dt = CAST('2024-01-31' AS DATE)"

# EXEC mc_db.load_window (from the macro body at line 34)
# source: input.sql:45
S180 = """\
INSERT INTO mc_db.result_window
SELECT
  leapc_c_7,
  order_id,
  region,
  amt
FROM (
  SELECT
    CAST('2024-01-31' AS DATE) AS leapc_c_7,
    order_id,
    region,
    amt,
    ROW_NUMBER() OVER (PARTITION BY cust_id ORDER BY amt DESC) AS leapc_w_8
  FROM mc_db.orders
  WHERE
    order_dt BETWEEN CAST('2024-01-31' AS DATE) - 7 AND CAST('2024-01-31' AS DATE)
    AND (
      UPPER(RTRIM(region)) = 'WEST' OR 'WEST' IS NULL
    )
) AS leapc_t_9
WHERE
  leapc_w_8 = 1
"""

# EXEC mc_db.load_window (from the macro body at line 40)
# source: input.sql:45
S190 = """\
SELECT
  COUNT(*)
FROM mc_db.result_window
WHERE
  asof_dt = CAST('2024-01-31' AS DATE)
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020)
        script.sql('S030', S030, writes='mc_db.orders')
        script.sql('S040', S040, writes='mc_db.orders')
        script.sql('S050', S050, writes='mc_db.orders')
        script.sql('S060', S060, writes='mc_db.orders')
        script.sql('S070', S070, writes='mc_db.orders')
        script.sql('S080', S080, writes='mc_db.orders')
        script.sql('S090', S090, writes='mc_db.orders')
        script.sql('S100', S100, writes='mc_db.orders')
        script.begin_request()
        script.delete('S110', 'mc_db.result_window', 'result_window', where=S110_WHERE)
        if script.error_code == 0:
            script.sql('S120', S120, writes='mc_db.result_window')
        if script.error_code == 0:
            script.sql('S130', S130)
        script.end_request()
        script.begin_request()
        script.delete('S140', 'mc_db.result_window', 'result_window', where=S140_WHERE)
        if script.error_code == 0:
            script.sql('S150', S150, writes='mc_db.result_window')
        if script.error_code == 0:
            script.sql('S160', S160)
        script.end_request()
        script.begin_request()
        script.delete('S170', 'mc_db.result_window', 'result_window', where=S170_WHERE)
        if script.error_code == 0:
            script.sql('S180', S180, writes='mc_db.result_window')
        if script.error_code == 0:
            script.sql('S190', S190)
        script.end_request()


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
