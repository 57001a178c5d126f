"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Column attributes: UPPERCASE stores values upper-cased (on INSERT and UPDATE), COMPRESS,
#    FORMAT and TITLE change no value, DEFAULT fills omitted columns, CASESPECIFIC vs
#    NOT CASESPECIFIC decides whether 'abc' = 'ABC'
# source: input.sql:4
S010 = """\
CREATE TABLE ddl_db.people (
  id INT NOT NULL,
  uname STRING,
  city CHAR(6),
  qty INT DEFAULT 0,
  cs_txt STRING,
  ncs_txt STRING
)
USING PARQUET
"""

# source: input.sql:15
S020 = """\
INSERT INTO ddl_db.people
VALUES
  (1, 'alice', 'PARIS', 5, 'abc', 'abc')
"""

# source: input.sql:16
S030 = """\
INSERT INTO ddl_db.people
VALUES
  (2, 'Bob', 'Lyon', 0, 'ABC', 'ABC')
"""

# source: input.sql:17
S040 = """\
INSERT INTO ddl_db.people (
  id,
  uname,
  city
)
VALUES
  (3, 'cy', NULL)
"""

# source: input.sql:18
S050_SET = {
    'uname': "SUBSTRING('dora' || uname, 1, 10)",
}
S050_WHERE = "id = 3"

# source: input.sql:20
S060 = """\
CREATE TABLE ddl_db.result_col_attrs (
  id INT,
  uname STRING,
  city STRING,
  qty INT,
  cs_eq CHAR(1),
  ncs_eq CHAR(1),
  found_bob CHAR(1)
)
USING PARQUET
"""

# source: input.sql:32
S070 = """\
INSERT INTO ddl_db.result_col_attrs
SELECT
  id,
  uname,
  city,
  qty,
  CASE WHEN RTRIM(cs_txt) = 'abc' THEN 'Y' ELSE 'N' END,
  CASE WHEN UPPER(RTRIM(ncs_txt)) = 'ABC' THEN 'Y' ELSE 'N' END,
  CASE WHEN UPPER(RTRIM(uname)) = 'BOB' THEN 'Y' ELSE 'N' END
FROM ddl_db.people
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='ddl_db.people')
        script.sql('S030', S030, writes='ddl_db.people')
        script.sql('S040', S040, writes='ddl_db.people')
        script.update('S050', 'ddl_db.people', 'people', S050_SET, where=S050_WHERE)
        script.sql('S060', S060)
        script.sql('S070', S070, writes='ddl_db.result_col_attrs')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
