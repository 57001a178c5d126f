"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Weekly sales calendar with Teradata's built-in calendar functions (TD_SYSFNLIB)
# source: input.sql:2
S010 = """\
CREATE TABLE pdn_db.pos_sales (
  sale_id INT NOT NULL,
  sale_dt DATE,
  amount DECIMAL(10, 2)
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO pdn_db.pos_sales
VALUES
  (1, CAST('2024-01-01' AS DATE), 10.00)
"""

# source: input.sql:11
S030 = """\
INSERT INTO pdn_db.pos_sales
VALUES
  (2, CAST('2024-01-06' AS DATE), 20.00)
"""

# source: input.sql:12
S040 = """\
INSERT INTO pdn_db.pos_sales
VALUES
  (3, CAST('2024-01-07' AS DATE), 30.00)
"""

# source: input.sql:13
S050 = """\
INSERT INTO pdn_db.pos_sales
VALUES
  (4, CAST('2024-02-29' AS DATE), 40.00)
"""

# source: input.sql:14
S060 = """\
INSERT INTO pdn_db.pos_sales
VALUES
  (5, CAST('2023-01-01' AS DATE), 50.00)
"""

# source: input.sql:15
S070 = """\
INSERT INTO pdn_db.pos_sales
VALUES
  (6, CAST('2024-12-31' AS DATE), 60.00)
"""

# source: input.sql:16
S080 = """\
INSERT INTO pdn_db.pos_sales
VALUES
  (7, NULL, 70.00)
"""

# source: input.sql:18
S090 = """\
CREATE TABLE pdn_db.result_calendar (
  sale_id INT,
  dow_td INT,
  dow_iso INT,
  week_no INT,
  day_of_yr INT,
  qtr_no INT,
  month_beg DATE,
  month_end DATE,
  weekend_ind CHAR(1)
)
USING PARQUET
"""

# source: input.sql:32
S100 = """\
INSERT INTO pdn_db.result_calendar
SELECT
  sale_id,
  (
    (
      DAYOFWEEK(sale_dt) - 1
    ) + 1
  ),
  (
    WEEKDAY(sale_dt) + 1
  ),
  CAST((
    DAYOFYEAR(sale_dt) + 6 - (
      DAYOFWEEK(sale_dt) - 1
    )
  ) DIV (
    7
  ) AS INT),
  DAYOFYEAR(sale_dt),
  QUARTER(sale_dt),
  CAST(TRUNC(sale_dt, 'MM') AS DATE),
  CAST(LAST_DAY(sale_dt) AS DATE),
  CASE WHEN (
    (
      DAYOFWEEK(sale_dt) - 1
    ) + 1
  ) IN (1, 7) THEN 'Y' ELSE 'N' END
FROM pdn_db.pos_sales
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='pdn_db.pos_sales')
        script.sql('S030', S030, writes='pdn_db.pos_sales')
        script.sql('S040', S040, writes='pdn_db.pos_sales')
        script.sql('S050', S050, writes='pdn_db.pos_sales')
        script.sql('S060', S060, writes='pdn_db.pos_sales')
        script.sql('S070', S070, writes='pdn_db.pos_sales')
        script.sql('S080', S080, writes='pdn_db.pos_sales')
        script.sql('S090', S090)
        script.sql('S100', S100, writes='pdn_db.result_calendar')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
