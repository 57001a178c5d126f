"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# DISTINCT over several NOT CASESPECIFIC columns, COUNT(DISTINCT), MIN/MAX of NCS strings
#    (case-blind collation) and HAVING comparing an NCS aggregate with a literal
# source: input.sql:3
S010 = """\
CREATE TABLE ncs_db.items (
  id INT NOT NULL,
  cat STRING,
  sub STRING,
  name STRING
)
USING PARQUET
"""

# source: input.sql:12
S020 = """\
INSERT INTO ncs_db.items
VALUES
  (1, 'Fruit', 'Red', 'apple')
"""

# source: input.sql:13
S030 = """\
INSERT INTO ncs_db.items
VALUES
  (2, 'FRUIT', 'red ', 'Banana')
"""

# source: input.sql:14
S040 = """\
INSERT INTO ncs_db.items
VALUES
  (3, 'fruit ', 'Yellow', 'cherry')
"""

# source: input.sql:15
S050 = """\
INSERT INTO ncs_db.items
VALUES
  (4, 'Fruit', 'RED', 'Zebra fruit')
"""

# source: input.sql:16
S060 = """\
INSERT INTO ncs_db.items
VALUES
  (5, 'Veg', 'Green', 'kale')
"""

# source: input.sql:17
S070 = """\
INSERT INTO ncs_db.items
VALUES
  (6, 'veg', 'green', 'Leek')
"""

# source: input.sql:18
S080 = """\
INSERT INTO ncs_db.items
VALUES
  (7, 'Nut', NULL, 'almond')
"""

# source: input.sql:19
S090 = """\
INSERT INTO ncs_db.items
VALUES
  (8, 'VEG', 'Green', 'KALE')
"""

# source: input.sql:21
S100 = """\
CREATE TABLE ncs_db.result_ncs_agg (
  check_name STRING,
  grp STRING,
  cnt INT,
  min_name STRING,
  max_name STRING
)
USING PARQUET
"""

# source: input.sql:31
S110 = """\
INSERT INTO ncs_db.result_ncs_agg
SELECT
  'distinct_pairs',
  NULL,
  COUNT(*),
  NULL,
  NULL
FROM (
  SELECT
    MIN(cat) AS cat,
    MIN(sub) AS sub
  FROM ncs_db.items
  GROUP BY
    UPPER(RTRIM(cat)),
    UPPER(RTRIM(sub))
) AS d
"""

# source: input.sql:35
S120 = """\
INSERT INTO ncs_db.result_ncs_agg
SELECT
  'distinct_names',
  NULL,
  COUNT(DISTINCT UPPER(RTRIM(name))),
  NULL,
  NULL
FROM ncs_db.items
"""

# source: input.sql:38
S130 = """\
INSERT INTO ncs_db.result_ncs_agg
SELECT
  'by_cat',
  UPPER(MIN(cat)),
  COUNT(*),
  SUBSTRING(UPPER(MIN_BY(name, UPPER(RTRIM(name)))), 1, 12),
  SUBSTRING(UPPER(MAX_BY(name, UPPER(RTRIM(name)))), 1, 12)
FROM ncs_db.items
GROUP BY
  UPPER(RTRIM(cat))
"""

# source: input.sql:43
S140 = """\
INSERT INTO ncs_db.result_ncs_agg
SELECT
  'having_min',
  UPPER(MIN(cat)),
  COUNT(*),
  NULL,
  NULL
FROM ncs_db.items
GROUP BY
  UPPER(RTRIM(cat))
HAVING
  UPPER(RTRIM(MIN_BY(name, UPPER(RTRIM(name))))) < 'B'
"""

# source: input.sql:49
S150 = """\
INSERT INTO ncs_db.result_ncs_agg
SELECT
  'having_max',
  UPPER(MIN(cat)),
  COUNT(DISTINCT UPPER(RTRIM(sub))),
  NULL,
  NULL
FROM ncs_db.items
GROUP BY
  UPPER(RTRIM(cat))
HAVING
  UPPER(RTRIM(MAX_BY(name, UPPER(RTRIM(name))))) = 'LEEK'
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='ncs_db.items')
        script.sql('S030', S030, writes='ncs_db.items')
        script.sql('S040', S040, writes='ncs_db.items')
        script.sql('S050', S050, writes='ncs_db.items')
        script.sql('S060', S060, writes='ncs_db.items')
        script.sql('S070', S070, writes='ncs_db.items')
        script.sql('S080', S080, writes='ncs_db.items')
        script.sql('S090', S090, writes='ncs_db.items')
        script.sql('S100', S100)
        script.sql('S110', S110, writes='ncs_db.result_ncs_agg')
        script.sql('S120', S120, writes='ncs_db.result_ncs_agg')
        script.sql('S130', S130, writes='ncs_db.result_ncs_agg')
        script.sql('S140', S140, writes='ncs_db.result_ncs_agg')
        script.sql('S150', S150, writes='ncs_db.result_ncs_agg')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
