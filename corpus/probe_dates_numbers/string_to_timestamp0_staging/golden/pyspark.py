"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Staging text timestamps loaded into TIMESTAMP(0) columns with an open-ended validity high date
# source: input.sql:2
S010 = """\
CREATE TABLE pdn_db.stg_contracts (
  contract_id INT NOT NULL,
  valid_from_tx STRING,
  valid_to_tx STRING
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO pdn_db.stg_contracts
VALUES
  (1, '2024-02-29 08:15:00', '2024-03-31 23:59:59')
"""

# source: input.sql:11
S030 = """\
INSERT INTO pdn_db.stg_contracts
VALUES
  (2, '2024-03-01 00:00:00', NULL)
"""

# source: input.sql:12
S040 = """\
INSERT INTO pdn_db.stg_contracts
VALUES
  (3, '2023-12-31 23:59:59', '2024-01-01 00:00:00')
"""

# source: input.sql:14
S050 = """\
CREATE TABLE pdn_db.result_contracts (
  contract_id INT,
  valid_from TIMESTAMP_NTZ,
  valid_to TIMESTAMP_NTZ,
  from_dt DATE,
  is_open CHAR(1)
)
USING PARQUET
"""

# source: input.sql:24
S060 = """\
INSERT INTO pdn_db.result_contracts
SELECT
  contract_id,
  CAST(DATE_TRUNC('SECOND', CAST(valid_from_tx AS TIMESTAMP_NTZ)) AS TIMESTAMP_NTZ),
  COALESCE(
    CAST(DATE_TRUNC('SECOND', CAST(valid_to_tx AS TIMESTAMP_NTZ)) AS TIMESTAMP_NTZ),
    CAST(DATE_TRUNC('SECOND', CAST('9999-12-31 23:59:59' AS TIMESTAMP_NTZ)) AS TIMESTAMP_NTZ)
  ),
  CAST(CAST(DATE_TRUNC('SECOND', CAST(valid_from_tx AS TIMESTAMP_NTZ)) AS TIMESTAMP_NTZ) AS DATE),
  CASE
    WHEN COALESCE(
      CAST(DATE_TRUNC('SECOND', CAST(valid_to_tx AS TIMESTAMP_NTZ)) AS TIMESTAMP_NTZ),
      CAST(DATE_TRUNC('SECOND', CAST('9999-12-31 23:59:59' AS TIMESTAMP_NTZ)) AS TIMESTAMP_NTZ)
    ) > CAST('2024-06-30 00:00:00' AS TIMESTAMP)
    THEN 'Y'
    ELSE 'N'
  END
FROM pdn_db.stg_contracts
WHERE
  CAST(DATE_TRUNC('SECOND', CAST(valid_from_tx AS TIMESTAMP_NTZ)) AS TIMESTAMP_NTZ) >= CAST('2024-01-01 00:00:00' AS TIMESTAMP)
  OR contract_id = 3
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='pdn_db.stg_contracts')
        script.sql('S030', S030, writes='pdn_db.stg_contracts')
        script.sql('S040', S040, writes='pdn_db.stg_contracts')
        script.sql('S050', S050)
        script.sql('S060', S060, writes='pdn_db.result_contracts')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
