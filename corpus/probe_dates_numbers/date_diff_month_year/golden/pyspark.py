"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Tenure and age bands from DATE differences with MONTH / YEAR / DAY interval qualifiers
# source: input.sql:2
S010 = """\
CREATE TABLE pdn_db.members (
  member_id INT NOT NULL,
  birth_dt DATE,
  join_dt DATE,
  as_of_dt DATE
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
INSERT INTO pdn_db.members
VALUES
  (
    1,
    CAST('1990-06-15' AS DATE),
    CAST('2024-01-31' AS DATE),
    CAST('2024-03-01' AS DATE)
  )
"""

# source: input.sql:12
S030 = """\
INSERT INTO pdn_db.members
VALUES
  (
    2,
    CAST('2000-02-29' AS DATE),
    CAST('2023-03-15' AS DATE),
    CAST('2024-02-28' AS DATE)
  )
"""

# source: input.sql:13
S040 = """\
INSERT INTO pdn_db.members
VALUES
  (
    3,
    CAST('1985-12-31' AS DATE),
    CAST('2022-12-31' AS DATE),
    CAST('2024-01-01' AS DATE)
  )
"""

# source: input.sql:14
S050 = """\
INSERT INTO pdn_db.members
VALUES
  (
    4,
    CAST('2010-01-01' AS DATE),
    CAST('2024-02-01' AS DATE),
    CAST('2024-02-29' AS DATE)
  )
"""

# source: input.sql:15
S060 = """\
INSERT INTO pdn_db.members
VALUES
  (5, NULL, CAST('2024-02-10' AS DATE), NULL)
"""

# source: input.sql:17
S070 = """\
CREATE TABLE pdn_db.result_tenure (
  member_id INT,
  tenure_mon INT,
  tenure_days INT,
  age_years INT,
  ym_years INT,
  ym_months INT
)
USING PARQUET
"""

# source: input.sql:28
S080 = """\
INSERT INTO pdn_db.result_tenure
SELECT
  member_id,
  CAST((
    (
      CAST(EXTRACT(YEAR FROM as_of_dt) AS INT) * 12 + CAST(EXTRACT(MONTH FROM as_of_dt) AS INT)
    ) - (
      CAST(EXTRACT(YEAR FROM join_dt) AS INT) * 12 + CAST(EXTRACT(MONTH FROM join_dt) AS INT)
    )
  ) AS INT),
  CAST((
    DATEDIFF(as_of_dt, join_dt)
  ) AS INT),
  CAST((
    CAST(EXTRACT(YEAR FROM as_of_dt) AS INT) - CAST(EXTRACT(YEAR FROM birth_dt) AS INT)
  ) AS INT),
  CAST((
    (
      CAST(EXTRACT(YEAR FROM as_of_dt) AS INT) * 12 + CAST(EXTRACT(MONTH FROM as_of_dt) AS INT)
    ) - (
      CAST(EXTRACT(YEAR FROM join_dt) AS INT) * 12 + CAST(EXTRACT(MONTH FROM join_dt) AS INT)
    )
  ) DIV 12 AS INT),
  CAST((
    (
      CAST(EXTRACT(YEAR FROM as_of_dt) AS INT) * 12 + CAST(EXTRACT(MONTH FROM as_of_dt) AS INT)
    ) - (
      CAST(EXTRACT(YEAR FROM join_dt) AS INT) * 12 + CAST(EXTRACT(MONTH FROM join_dt) AS INT)
    )
  ) % 12 AS INT)
FROM pdn_db.members
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='pdn_db.members')
        script.sql('S030', S030, writes='pdn_db.members')
        script.sql('S040', S040, writes='pdn_db.members')
        script.sql('S050', S050, writes='pdn_db.members')
        script.sql('S060', S060, writes='pdn_db.members')
        script.sql('S070', S070)
        script.sql('S080', S080, writes='pdn_db.result_tenure')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
