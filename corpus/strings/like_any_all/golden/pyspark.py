"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# LIKE ANY (p1, p2) = OR of the LIKEs, LIKE ALL = AND, NOT LIKE ANY / NOT LIKE ALL negate each
#    LIKE inside the quantifier; NULL input matches nothing
# source: input.sql:3
S010 = """\
CREATE TABLE str_db.products (
  id INT NOT NULL,
  sku STRING
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO str_db.products
VALUES
  (1, 'AX-100')
"""

# source: input.sql:11
S030 = """\
INSERT INTO str_db.products
VALUES
  (2, 'BX-200Z')
"""

# source: input.sql:12
S040 = """\
INSERT INTO str_db.products
VALUES
  (3, 'AY-300Z')
"""

# source: input.sql:13
S050 = """\
INSERT INTO str_db.products
VALUES
  (4, 'CC_1')
"""

# source: input.sql:14
S060 = """\
INSERT INTO str_db.products
VALUES
  (5, NULL)
"""

# source: input.sql:16
S070 = """\
CREATE TABLE str_db.result_like (
  id INT,
  any_flag INT,
  all_flag INT,
  nany_flag INT,
  nall_flag INT,
  esc_flag INT
)
USING PARQUET
"""

# source: input.sql:27
S080 = """\
INSERT INTO str_db.result_like
SELECT
  id,
  CASE WHEN sku LIKE ANY ('A%', '%Z') THEN 1 ELSE 0 END,
  CASE WHEN sku LIKE ALL ('A%', '%Z') THEN 1 ELSE 0 END,
  CASE WHEN sku NOT LIKE ANY ('A%', '%Z') THEN 1 ELSE 0 END,
  CASE WHEN sku NOT LIKE ALL ('A%', '%Z') THEN 1 ELSE 0 END,
  CASE WHEN UPPER(sku) LIKE 'CC!_%' ESCAPE '!' THEN 1 ELSE 0 END
FROM str_db.products
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='str_db.products')
        script.sql('S030', S030, writes='str_db.products')
        script.sql('S040', S040, writes='str_db.products')
        script.sql('S050', S050, writes='str_db.products')
        script.sql('S060', S060, writes='str_db.products')
        script.sql('S070', S070)
        script.sql('S080', S080, writes='str_db.result_like')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
