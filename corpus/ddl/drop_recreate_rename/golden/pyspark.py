"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# DROP TABLE then CREATE TABLE with the same name and a different shape (old rows are gone),
#    RENAME TABLE old TO new keeps the rows under the new name and frees the old name
# source: input.sql:3
S010 = """\
CREATE TABLE ddl_db.wrk (
  a INT,
  b STRING
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO ddl_db.wrk
VALUES
  (1, 'x')
"""

# source: input.sql:11
S030 = """\
INSERT INTO ddl_db.wrk
VALUES
  (2, 'y')
"""

# source: input.sql:13
S040 = "DROP TABLE ddl_db.wrk"

# source: input.sql:15
S050 = """\
CREATE TABLE ddl_db.wrk (
  a INT,
  c DECIMAL(5, 1),
  b STRING
)
USING PARQUET
"""

# source: input.sql:23
S060 = """\
INSERT INTO ddl_db.wrk
VALUES
  (3, 1.5, 'z')
"""

# source: input.sql:24
S070 = """\
INSERT INTO ddl_db.wrk (
  a,
  b
)
VALUES
  (4, 'w')
"""

# source: input.sql:26
S080 = "ALTER TABLE ddl_db.wrk RENAME TO ddl_db.wrk_prev"

# source: input.sql:28
S090 = """\
CREATE TABLE ddl_db.wrk (
  a INT
)
USING PARQUET
"""

# source: input.sql:34
S100 = """\
INSERT INTO ddl_db.wrk
SELECT
  a * 10
FROM ddl_db.wrk_prev
"""

# source: input.sql:36
S110 = """\
CREATE TABLE ddl_db.result_rename (
  src STRING,
  a INT,
  c DECIMAL(5, 1),
  b STRING
)
USING PARQUET
"""

# source: input.sql:45
S120 = """\
INSERT INTO ddl_db.result_rename
SELECT
  'prev',
  a,
  c,
  b
FROM ddl_db.wrk_prev
"""

# source: input.sql:46
S130 = """\
INSERT INTO ddl_db.result_rename
SELECT
  'wrk',
  a,
  NULL,
  NULL
FROM ddl_db.wrk
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='ddl_db.wrk')
        script.sql('S030', S030, writes='ddl_db.wrk')
        script.sql('S040', S040)
        script.sql('S050', S050)
        script.sql('S060', S060, writes='ddl_db.wrk')
        script.sql('S070', S070, writes='ddl_db.wrk')
        script.sql('S080', S080)
        script.sql('S090', S090)
        script.sql('S100', S100, writes='ddl_db.wrk')
        script.sql('S110', S110)
        script.sql('S120', S120, writes='ddl_db.result_rename')
        script.sql('S130', S130, writes='ddl_db.result_rename')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
