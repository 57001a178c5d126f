"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# February payments: TIMESTAMP columns filtered and matched with DATE values (period bounds,
#    a calendar table join)
# source: input.sql:3
S010 = """\
CREATE TABLE pdn_db.payments (
  pay_id INT NOT NULL,
  paid_ts TIMESTAMP_NTZ,
  amount DECIMAL(9, 2)
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
INSERT INTO pdn_db.payments
VALUES
  (1, CAST('2024-02-01 00:00:00' AS TIMESTAMP), 10.00)
"""

# source: input.sql:12
S030 = """\
INSERT INTO pdn_db.payments
VALUES
  (2, CAST('2024-02-15 12:30:00' AS TIMESTAMP), 20.00)
"""

# source: input.sql:13
S040 = """\
INSERT INTO pdn_db.payments
VALUES
  (3, CAST('2024-02-29 18:45:00' AS TIMESTAMP), 30.00)
"""

# source: input.sql:14
S050 = """\
INSERT INTO pdn_db.payments
VALUES
  (4, CAST('2024-03-01 00:00:00' AS TIMESTAMP), 40.00)
"""

# source: input.sql:15
S060 = """\
INSERT INTO pdn_db.payments
VALUES
  (5, CAST('2024-01-31 23:59:59' AS TIMESTAMP), 50.00)
"""

# source: input.sql:16
S070 = """\
INSERT INTO pdn_db.payments
VALUES
  (6, NULL, 60.00)
"""

# source: input.sql:18
S080 = """\
CREATE TABLE pdn_db.holidays (
  hol_dt DATE,
  hol_name STRING
)
USING PARQUET
"""

# source: input.sql:25
S090 = """\
INSERT INTO pdn_db.holidays
VALUES
  (CAST('2024-02-15' AS DATE), 'Mid-month close')
"""

# source: input.sql:26
S100 = """\
INSERT INTO pdn_db.holidays
VALUES
  (CAST('2024-02-29' AS DATE), 'Leap day')
"""

# source: input.sql:28
S110 = """\
CREATE TABLE pdn_db.result_feb_payments (
  pay_id INT,
  amount DECIMAL(9, 2),
  hol_name STRING,
  after_mid CHAR(1)
)
USING PARQUET
"""

# source: input.sql:37
S120 = """\
INSERT INTO pdn_db.result_feb_payments
SELECT
  p.pay_id,
  p.amount,
  h.hol_name,
  CASE WHEN CAST(p.paid_ts AS DATE) > CAST('2024-02-15' AS DATE) THEN 'Y' ELSE 'N' END
FROM pdn_db.payments AS p
LEFT JOIN pdn_db.holidays AS h
  ON CAST(p.paid_ts AS DATE) = h.hol_dt
WHERE
  CAST(p.paid_ts AS DATE) BETWEEN CAST('2024-02-01' AS DATE) AND CAST('2024-02-29' AS DATE)
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='pdn_db.payments')
        script.sql('S030', S030, writes='pdn_db.payments')
        script.sql('S040', S040, writes='pdn_db.payments')
        script.sql('S050', S050, writes='pdn_db.payments')
        script.sql('S060', S060, writes='pdn_db.payments')
        script.sql('S070', S070, writes='pdn_db.payments')
        script.sql('S080', S080)
        script.sql('S090', S090, writes='pdn_db.holidays')
        script.sql('S100', S100, writes='pdn_db.holidays')
        script.sql('S110', S110)
        script.sql('S120', S120, writes='pdn_db.result_feb_payments')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
