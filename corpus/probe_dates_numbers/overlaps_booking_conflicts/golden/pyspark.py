"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Room booking conflicts: pairs of stays whose (check-in, check-out) periods OVERLAP
# source: input.sql:2
S010 = """\
CREATE TABLE pdn_db.stays (
  stay_id INT NOT NULL,
  room_no INT,
  check_in DATE,
  check_out DATE
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
INSERT INTO pdn_db.stays
VALUES
  (1, 101, CAST('2024-02-26' AS DATE), CAST('2024-03-01' AS DATE))
"""

# source: input.sql:12
S030 = """\
INSERT INTO pdn_db.stays
VALUES
  (2, 101, CAST('2024-03-01' AS DATE), CAST('2024-03-04' AS DATE))
"""

# source: input.sql:13
S040 = """\
INSERT INTO pdn_db.stays
VALUES
  (3, 101, CAST('2024-02-29' AS DATE), CAST('2024-03-02' AS DATE))
"""

# source: input.sql:14
S050 = """\
INSERT INTO pdn_db.stays
VALUES
  (4, 101, CAST('2024-02-26' AS DATE), CAST('2024-02-27' AS DATE))
"""

# source: input.sql:15
S060 = """\
INSERT INTO pdn_db.stays
VALUES
  (5, 102, CAST('2024-03-10' AS DATE), CAST('2024-03-20' AS DATE))
"""

# source: input.sql:16
S070 = """\
INSERT INTO pdn_db.stays
VALUES
  (6, 102, CAST('2024-03-12' AS DATE), CAST('2024-03-15' AS DATE))
"""

# source: input.sql:17
S080 = """\
INSERT INTO pdn_db.stays
VALUES
  (7, 102, CAST('2024-03-20' AS DATE), CAST('2024-03-21' AS DATE))
"""

# source: input.sql:19
S090 = """\
CREATE TABLE pdn_db.result_conflicts (
  room_no INT,
  stay_a INT,
  stay_b INT,
  shared_nights INT
)
USING PARQUET
"""

# source: input.sql:28
S100 = """\
INSERT INTO pdn_db.result_conflicts
SELECT
  a.room_no,
  a.stay_id,
  b.stay_id,
  DATEDIFF(
    CASE WHEN a.check_out < b.check_out THEN a.check_out ELSE b.check_out END,
    CASE WHEN a.check_in > b.check_in THEN a.check_in ELSE b.check_in END
  )
FROM pdn_db.stays AS a
JOIN pdn_db.stays AS b
  ON a.room_no = b.room_no AND a.stay_id < b.stay_id
WHERE
  (
    (
      CASE
        WHEN (
          a.check_in IS NULL OR a.check_out < a.check_in
        )
        THEN a.check_out
        ELSE a.check_in
      END > CASE
        WHEN (
          b.check_in IS NULL OR b.check_out < b.check_in
        )
        THEN b.check_out
        ELSE b.check_in
      END
      AND NOT (
        CASE
          WHEN (
            a.check_in IS NULL OR a.check_out < a.check_in
          )
          THEN a.check_out
          ELSE a.check_in
        END >= CASE
          WHEN (
            b.check_in IS NULL OR b.check_out < b.check_in
          )
          THEN b.check_in
          ELSE b.check_out
        END
        AND CASE
          WHEN (
            a.check_in IS NULL OR a.check_out < a.check_in
          )
          THEN a.check_in
          ELSE a.check_out
        END >= CASE
          WHEN (
            b.check_in IS NULL OR b.check_out < b.check_in
          )
          THEN b.check_in
          ELSE b.check_out
        END
      )
    )
    OR (
      CASE
        WHEN (
          b.check_in IS NULL OR b.check_out < b.check_in
        )
        THEN b.check_out
        ELSE b.check_in
      END > CASE
        WHEN (
          a.check_in IS NULL OR a.check_out < a.check_in
        )
        THEN a.check_out
        ELSE a.check_in
      END
      AND NOT (
        CASE
          WHEN (
            b.check_in IS NULL OR b.check_out < b.check_in
          )
          THEN b.check_out
          ELSE b.check_in
        END >= CASE
          WHEN (
            a.check_in IS NULL OR a.check_out < a.check_in
          )
          THEN a.check_in
          ELSE a.check_out
        END
        AND CASE
          WHEN (
            b.check_in IS NULL OR b.check_out < b.check_in
          )
          THEN b.check_in
          ELSE b.check_out
        END >= CASE
          WHEN (
            a.check_in IS NULL OR a.check_out < a.check_in
          )
          THEN a.check_in
          ELSE a.check_out
        END
      )
    )
    OR (
      CASE
        WHEN (
          a.check_in IS NULL OR a.check_out < a.check_in
        )
        THEN a.check_out
        ELSE a.check_in
      END = CASE
        WHEN (
          b.check_in IS NULL OR b.check_out < b.check_in
        )
        THEN b.check_out
        ELSE b.check_in
      END
      AND (
        CASE
          WHEN (
            a.check_in IS NULL OR a.check_out < a.check_in
          )
          THEN a.check_in
          ELSE a.check_out
        END <> CASE
          WHEN (
            b.check_in IS NULL OR b.check_out < b.check_in
          )
          THEN b.check_in
          ELSE b.check_out
        END
        OR CASE
          WHEN (
            a.check_in IS NULL OR a.check_out < a.check_in
          )
          THEN a.check_in
          ELSE a.check_out
        END = CASE
          WHEN (
            b.check_in IS NULL OR b.check_out < b.check_in
          )
          THEN b.check_in
          ELSE b.check_out
        END
      )
    )
  )
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='pdn_db.stays')
        script.sql('S030', S030, writes='pdn_db.stays')
        script.sql('S040', S040, writes='pdn_db.stays')
        script.sql('S050', S050, writes='pdn_db.stays')
        script.sql('S060', S060, writes='pdn_db.stays')
        script.sql('S070', S070, writes='pdn_db.stays')
        script.sql('S080', S080, writes='pdn_db.stays')
        script.sql('S090', S090)
        script.sql('S100', S100, writes='pdn_db.result_conflicts')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
