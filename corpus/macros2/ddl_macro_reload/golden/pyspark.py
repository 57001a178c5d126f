"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# A macro whose only statement is DDL (CREATE TABLE) creates the table when executed; a second
#    macro reloads it (DELETE ... ALL then INSERT ... SELECT with a parameter), executed twice so the
#    second run replaces the first run's rows; a third macro is replaced with REPLACE MACRO
# source: input.sql:4
S010 = """\
CREATE TABLE mac_db.sales (
  sid INT NOT NULL,
  region STRING,
  amt INT
)
USING PARQUET
"""

# source: input.sql:12
S020 = """\
INSERT INTO mac_db.sales
VALUES
  (1, 'N', 10)
"""

# source: input.sql:13
S030 = """\
INSERT INTO mac_db.sales
VALUES
  (2, 'N', 20)
"""

# source: input.sql:14
S040 = """\
INSERT INTO mac_db.sales
VALUES
  (3, 'S', 5)
"""

# source: input.sql:15
S050 = """\
INSERT INTO mac_db.sales
VALUES
  (4, 'S', NULL)
"""

# EXEC mac_db.mk_summary (from the macro body at line 18)
# source: input.sql:35
S060 = """\
CREATE TABLE mac_db.summary (
  region STRING,
  total INT,
  n INT
)
USING PARQUET
"""

# EXEC mac_db.load_summary (from the macro body at line 22)
# source: input.sql:36

# EXEC mac_db.load_summary (from the macro body at line 23)
# source: input.sql:36
S080 = """\
INSERT INTO mac_db.summary
SELECT
  MIN(region) AS region,
  SUM(amt),
  COUNT(amt)
FROM mac_db.sales
WHERE
  amt >= 0 OR amt IS NULL
GROUP BY
  UPPER(RTRIM(region))
"""

# EXEC mac_db.load_summary (from the macro body at line 22)
# source: input.sql:37

# EXEC mac_db.load_summary (from the macro body at line 23)
# source: input.sql:37
S100 = """\
INSERT INTO mac_db.summary
SELECT
  MIN(region) AS region,
  SUM(amt),
  COUNT(amt)
FROM mac_db.sales
WHERE
  amt >= 15 OR amt IS NULL
GROUP BY
  UPPER(RTRIM(region))
"""

# EXEC mac_db.bump (from the macro body at line 32)
# source: input.sql:38
S110_SET = {
    'total': "total * 3",
}
S110_WHERE = "n > 0"

# source: input.sql:40
S120 = """\
CREATE TABLE mac_db.result_ddl_macro (
  region STRING,
  total INT,
  n INT
)
USING PARQUET
"""

# source: input.sql:48
S130 = """\
INSERT INTO mac_db.result_ddl_macro
SELECT
  region,
  total,
  n
FROM mac_db.summary
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='mac_db.sales')
        script.sql('S030', S030, writes='mac_db.sales')
        script.sql('S040', S040, writes='mac_db.sales')
        script.sql('S050', S050, writes='mac_db.sales')
        script.sql('S060', S060)
        script.begin_request()
        script.delete('S070', 'mac_db.summary', 'summary')
        if script.error_code == 0:
            script.sql('S080', S080, writes='mac_db.summary')
        script.end_request()
        script.begin_request()
        script.delete('S090', 'mac_db.summary', 'summary')
        if script.error_code == 0:
            script.sql('S100', S100, writes='mac_db.summary')
        script.end_request()
        script.update('S110', 'mac_db.summary', 'summary', S110_SET, where=S110_WHERE)
        script.sql('S120', S120)
        script.sql('S130', S130, writes='mac_db.result_ddl_macro')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
