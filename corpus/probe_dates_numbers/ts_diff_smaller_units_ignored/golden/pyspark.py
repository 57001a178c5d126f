"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Call-center SLA: elapsed hours / minutes / days between two TIMESTAMP(0) values with interval
#    qualifiers; Teradata ignores the fields smaller than the result unit
# source: input.sql:3
S010 = """\
CREATE TABLE pdn_db.tickets (
  ticket_id INT NOT NULL,
  opened_ts TIMESTAMP_NTZ,
  closed_ts TIMESTAMP_NTZ
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
INSERT INTO pdn_db.tickets
VALUES
  (
    1,
    CAST('2024-03-04 10:59:00' AS TIMESTAMP),
    CAST('2024-03-04 11:01:00' AS TIMESTAMP)
  )
"""

# source: input.sql:12
S030 = """\
INSERT INTO pdn_db.tickets
VALUES
  (
    2,
    CAST('2024-03-04 08:00:59' AS TIMESTAMP),
    CAST('2024-03-04 08:02:00' AS TIMESTAMP)
  )
"""

# source: input.sql:13
S040 = """\
INSERT INTO pdn_db.tickets
VALUES
  (
    3,
    CAST('2024-02-28 23:30:00' AS TIMESTAMP),
    CAST('2024-02-29 00:15:00' AS TIMESTAMP)
  )
"""

# source: input.sql:14
S050 = """\
INSERT INTO pdn_db.tickets
VALUES
  (
    4,
    CAST('2024-02-29 09:00:00' AS TIMESTAMP),
    CAST('2024-03-02 08:59:59' AS TIMESTAMP)
  )
"""

# source: input.sql:15
S060 = """\
INSERT INTO pdn_db.tickets
VALUES
  (
    5,
    CAST('2024-03-10 12:00:00' AS TIMESTAMP),
    CAST('2024-03-10 12:00:00' AS TIMESTAMP)
  )
"""

# source: input.sql:16
S070 = """\
INSERT INTO pdn_db.tickets
VALUES
  (6, CAST('2024-03-10 12:00:00' AS TIMESTAMP), NULL)
"""

# source: input.sql:18
S080 = """\
CREATE TABLE pdn_db.result_sla (
  ticket_id INT,
  elapsed_hr INT,
  elapsed_min INT,
  elapsed_day INT,
  hm_hours INT,
  hm_minutes INT,
  sla_flag CHAR(4)
)
USING PARQUET
"""

# source: input.sql:30
S090 = """\
INSERT INTO pdn_db.result_sla
SELECT
  ticket_id,
  CAST((
    FLOOR(UNIX_TIMESTAMP(closed_ts) / 3600) - FLOOR(UNIX_TIMESTAMP(opened_ts) / 3600)
  ) AS INT),
  CAST((
    FLOOR(UNIX_TIMESTAMP(closed_ts) / 60) - FLOOR(UNIX_TIMESTAMP(opened_ts) / 60)
  ) AS INT),
  CAST((
    FLOOR(UNIX_TIMESTAMP(closed_ts) / 86400) - FLOOR(UNIX_TIMESTAMP(opened_ts) / 86400)
  ) AS INT),
  CAST((
    FLOOR(UNIX_TIMESTAMP(closed_ts) / 60) - FLOOR(UNIX_TIMESTAMP(opened_ts) / 60)
  ) DIV 60 AS INT),
  CAST((
    FLOOR(UNIX_TIMESTAMP(closed_ts) / 60) - FLOOR(UNIX_TIMESTAMP(opened_ts) / 60)
  ) % 60 AS INT),
  CASE
    WHEN CAST((
      FLOOR(UNIX_TIMESTAMP(closed_ts) / 3600) - FLOOR(UNIX_TIMESTAMP(opened_ts) / 3600)
    ) AS INT) >= 1
    THEN 'LATE'
    ELSE 'OK'
  END
FROM pdn_db.tickets
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='pdn_db.tickets')
        script.sql('S030', S030, writes='pdn_db.tickets')
        script.sql('S040', S040, writes='pdn_db.tickets')
        script.sql('S050', S050, writes='pdn_db.tickets')
        script.sql('S060', S060, writes='pdn_db.tickets')
        script.sql('S070', S070, writes='pdn_db.tickets')
        script.sql('S080', S080)
        script.sql('S090', S090, writes='pdn_db.result_sla')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
