"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# CAST(string AS DATE FORMAT '...') with several Teradata format strings
# source: input.sql:2
S010 = """\
CREATE TABLE fmt_db.stg_dates (
  id INT NOT NULL,
  s_iso STRING,
  s_us STRING,
  s_mon STRING,
  s_jul STRING,
  s_compact CHAR(8),
  s_eu STRING
)
USING PARQUET
"""

# source: input.sql:14
S020 = """\
INSERT INTO fmt_db.stg_dates
VALUES
  (1, '2024-02-29', '02/29/2024', '29Feb2024', '2024060', '20240229', '29.02.2024')
"""

# source: input.sql:15
S030 = """\
INSERT INTO fmt_db.stg_dates
VALUES
  (2, '2023-03-05', '03/05/2023', '05Mar2023', '2023064', '20230305', '05.03.2023')
"""

# source: input.sql:16
S040 = """\
INSERT INTO fmt_db.stg_dates
VALUES
  (3, '2024-12-31', '12/31/2024', '31Dec2024', '2024366', '20241231', '31.12.2024')
"""

# source: input.sql:17
S050 = """\
INSERT INTO fmt_db.stg_dates
VALUES
  (4, NULL, NULL, NULL, NULL, NULL, NULL)
"""

# source: input.sql:19
S060 = """\
CREATE TABLE fmt_db.result_parsed_dates (
  id INT,
  d_iso DATE,
  d_us DATE,
  d_mon DATE,
  d_jul DATE,
  d_comp DATE,
  d_eu DATE
)
USING PARQUET
"""

# source: input.sql:31
S070 = """\
INSERT INTO fmt_db.result_parsed_dates
SELECT
  id,
  TO_DATE(TRIM(s_iso), 'yyyy-MM-dd'),
  TO_DATE(TRIM(s_us), 'MM/dd/yyyy'),
  TO_DATE(TRIM(s_mon), 'ddMMMyyyy'),
  TO_DATE(TRIM(s_jul), 'yyyyDDD'),
  TO_DATE(TRIM(s_compact), 'yyyyMMdd'),
  TO_DATE(TRIM(s_eu), 'dd.MM.yyyy')
FROM fmt_db.stg_dates
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='fmt_db.stg_dates')
        script.sql('S030', S030, writes='fmt_db.stg_dates')
        script.sql('S040', S040, writes='fmt_db.stg_dates')
        script.sql('S050', S050, writes='fmt_db.stg_dates')
        script.sql('S060', S060)
        script.sql('S070', S070, writes='fmt_db.result_parsed_dates')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
