"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Month-to-date reporting: period boundaries from TRUNC(date, 'MM'/'Q'/'YYYY') used in DATE arithmetic
# source: input.sql:2
S010 = """\
CREATE TABLE pdn_db.daily_kpi (
  kpi_id INT NOT NULL,
  kpi_dt DATE,
  kpi_val INT
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO pdn_db.daily_kpi
VALUES
  (1, CAST('2024-03-15' AS DATE), 10)
"""

# source: input.sql:11
S030 = """\
INSERT INTO pdn_db.daily_kpi
VALUES
  (2, CAST('2024-03-01' AS DATE), 20)
"""

# source: input.sql:12
S040 = """\
INSERT INTO pdn_db.daily_kpi
VALUES
  (3, CAST('2024-02-29' AS DATE), 30)
"""

# source: input.sql:13
S050 = """\
INSERT INTO pdn_db.daily_kpi
VALUES
  (4, CAST('2024-01-01' AS DATE), 40)
"""

# source: input.sql:14
S060 = """\
INSERT INTO pdn_db.daily_kpi
VALUES
  (5, CAST('2023-12-31' AS DATE), 50)
"""

# source: input.sql:15
S070 = """\
INSERT INTO pdn_db.daily_kpi
VALUES
  (6, NULL, 60)
"""

# source: input.sql:17
S080 = """\
CREATE TABLE pdn_db.result_periods (
  kpi_id INT,
  prev_month_end DATE,
  day_of_month INT,
  month_end DATE,
  day_of_quarter INT,
  day_of_year INT
)
USING PARQUET
"""

# source: input.sql:28
S090 = """\
INSERT INTO pdn_db.result_periods
SELECT
  kpi_id,
  TRUNC(kpi_dt, 'MONTH') - 1,
  DATEDIFF(kpi_dt, TRUNC(kpi_dt, 'MONTH')) + 1,
  ADD_MONTHS(TRUNC(kpi_dt, 'MONTH'), 1) - 1,
  DATEDIFF(kpi_dt, TRUNC(kpi_dt, 'QUARTER')) + 1,
  DATEDIFF(kpi_dt, TRUNC(kpi_dt, 'YEAR')) + 1
FROM pdn_db.daily_kpi
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='pdn_db.daily_kpi')
        script.sql('S030', S030, writes='pdn_db.daily_kpi')
        script.sql('S040', S040, writes='pdn_db.daily_kpi')
        script.sql('S050', S050, writes='pdn_db.daily_kpi')
        script.sql('S060', S060, writes='pdn_db.daily_kpi')
        script.sql('S070', S070, writes='pdn_db.daily_kpi')
        script.sql('S080', S080)
        script.sql('S090', S090, writes='pdn_db.result_periods')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
