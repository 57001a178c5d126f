"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Reconciling scanned parcels between two depots, duplicates included: EXCEPT ALL / INTERSECT ALL
#    over NOT CASESPECIFIC codes that differ only in case or trailing blanks
# source: input.sql:3
S010 = """\
CREATE TABLE ea_db.depot_out (
  parcel_cd STRING,
  route_no INT
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
CREATE TABLE ea_db.depot_in (
  parcel_cd STRING,
  route_no INT
)
USING PARQUET
"""

# source: input.sql:17
S030 = """\
INSERT INTO ea_db.depot_out
VALUES
  ('px1', 1)
"""

# source: input.sql:18
S040 = """\
INSERT INTO ea_db.depot_out
VALUES
  ('px1', 1)
"""

# source: input.sql:19
S050 = """\
INSERT INTO ea_db.depot_out
VALUES
  ('PX2', 2)
"""

# source: input.sql:20
S060 = """\
INSERT INTO ea_db.depot_out
VALUES
  ('px3', 3)
"""

# source: input.sql:21
S070 = """\
INSERT INTO ea_db.depot_out
VALUES
  (NULL, 4)
"""

# source: input.sql:22
S080 = """\
INSERT INTO ea_db.depot_out
VALUES
  (NULL, 4)
"""

# source: input.sql:24
S090 = """\
INSERT INTO ea_db.depot_in
VALUES
  ('PX1 ', 1)
"""

# source: input.sql:25
S100 = """\
INSERT INTO ea_db.depot_in
VALUES
  ('px2', 2)
"""

# source: input.sql:26
S110 = """\
INSERT INTO ea_db.depot_in
VALUES
  ('px3', 9)
"""

# source: input.sql:27
S120 = """\
INSERT INTO ea_db.depot_in
VALUES
  (NULL, 4)
"""

# source: input.sql:29
S130 = """\
CREATE TABLE ea_db.result_parcel_recon (
  kind STRING,
  parcel_cd STRING,
  route_no INT
)
USING PARQUET
"""

# source: input.sql:37
S140 = """\
INSERT INTO ea_db.result_parcel_recon
SELECT
  'MISSING',
  UPPER(TRIM(parcel_cd)),
  route_no
FROM (
  SELECT
    parcel_cd,
    route_no
  FROM ea_db.depot_out
  EXCEPT ALL
  SELECT
    parcel_cd,
    route_no
  FROM ea_db.depot_in
) AS x
"""

# source: input.sql:43
S150 = """\
INSERT INTO ea_db.result_parcel_recon
SELECT
  'ARRIVED',
  UPPER(TRIM(parcel_cd)),
  route_no
FROM (
  SELECT
    parcel_cd,
    route_no
  FROM ea_db.depot_out
  INTERSECT ALL
  SELECT
    parcel_cd,
    route_no
  FROM ea_db.depot_in
) AS x
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020)
        script.sql('S030', S030, writes='ea_db.depot_out')
        script.sql('S040', S040, writes='ea_db.depot_out')
        script.sql('S050', S050, writes='ea_db.depot_out')
        script.sql('S060', S060, writes='ea_db.depot_out')
        script.sql('S070', S070, writes='ea_db.depot_out')
        script.sql('S080', S080, writes='ea_db.depot_out')
        script.sql('S090', S090, writes='ea_db.depot_in')
        script.sql('S100', S100, writes='ea_db.depot_in')
        script.sql('S110', S110, writes='ea_db.depot_in')
        script.sql('S120', S120, writes='ea_db.depot_in')
        script.sql('S130', S130)
        script.sql('S140', S140, writes='ea_db.result_parcel_recon')
        script.sql('S150', S150, writes='ea_db.result_parcel_recon')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
