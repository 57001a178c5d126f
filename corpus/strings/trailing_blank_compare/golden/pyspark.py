"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Trailing blanks are insignificant when Teradata compares strings: =, joins, GROUP BY and
#    DISTINCT treat 'AB' and 'AB  ' as equal; leading blanks still count
# source: input.sql:3
S010 = """\
CREATE TABLE str_db.tags (
  id INT NOT NULL,
  tag STRING
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
CREATE TABLE str_db.tag_names (
  tag_key STRING,
  tag_name STRING
)
USING PARQUET
"""

# source: input.sql:17
S030 = """\
INSERT INTO str_db.tags
VALUES
  (1, 'AB')
"""

# source: input.sql:18
S040 = """\
INSERT INTO str_db.tags
VALUES
  (2, 'AB  ')
"""

# source: input.sql:19
S050 = """\
INSERT INTO str_db.tags
VALUES
  (3, 'CD')
"""

# source: input.sql:20
S060 = """\
INSERT INTO str_db.tags
VALUES
  (4, ' AB')
"""

# source: input.sql:21
S070 = """\
INSERT INTO str_db.tag_names
VALUES
  ('AB   ', 'alpha')
"""

# source: input.sql:22
S080 = """\
INSERT INTO str_db.tag_names
VALUES
  ('CD', 'gamma')
"""

# source: input.sql:24
S090 = """\
CREATE TABLE str_db.result_blanks (
  check_name STRING,
  tag STRING,
  cnt INT
)
USING PARQUET
"""

# source: input.sql:32
S100 = """\
INSERT INTO str_db.result_blanks
SELECT
  'eq_literal',
  NULL,
  COUNT(*)
FROM str_db.tags
WHERE
  UPPER(RTRIM(tag)) = 'AB'
"""

# source: input.sql:34
S110 = """\
INSERT INTO str_db.result_blanks
SELECT
  'distinct',
  NULL,
  COUNT(DISTINCT UPPER(RTRIM(tag)))
FROM str_db.tags
"""

# source: input.sql:36
S120 = """\
INSERT INTO str_db.result_blanks
SELECT
  'group',
  MIN(tag) AS tag,
  COUNT(*)
FROM str_db.tags
GROUP BY
  UPPER(RTRIM(tag))
"""

# source: input.sql:38
S130 = """\
INSERT INTO str_db.result_blanks
SELECT
  'join',
  SUBSTRING(MIN(n.tag_name), 1, 10) AS tag_name,
  COUNT(*)
FROM str_db.tags AS t
JOIN str_db.tag_names AS n
  ON UPPER(RTRIM(t.tag)) = UPPER(RTRIM(n.tag_key))
GROUP BY
  UPPER(RTRIM(n.tag_name))
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020)
        script.sql('S030', S030, writes='str_db.tags')
        script.sql('S040', S040, writes='str_db.tags')
        script.sql('S050', S050, writes='str_db.tags')
        script.sql('S060', S060, writes='str_db.tags')
        script.sql('S070', S070, writes='str_db.tag_names')
        script.sql('S080', S080, writes='str_db.tag_names')
        script.sql('S090', S090)
        script.sql('S100', S100, writes='str_db.result_blanks')
        script.sql('S110', S110, writes='str_db.result_blanks')
        script.sql('S120', S120, writes='str_db.result_blanks')
        script.sql('S130', S130, writes='str_db.result_blanks')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
