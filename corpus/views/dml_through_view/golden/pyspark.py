"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# INSERT, UPDATE and DELETE through a single-table view with renamed columns and a WHERE:
#    INSERT maps the view's column names to the base columns (base columns outside the view take
#    their DEFAULT or NULL); UPDATE and DELETE through the view touch only rows the view shows
# source: input.sql:4
S010 = """\
CREATE TABLE vw_db.items (
  item_id INT NOT NULL,
  cat STRING,
  price DECIMAL(7, 2),
  active STRING DEFAULT 'Y'
)
USING PARQUET
"""

# source: input.sql:13
S020 = """\
INSERT INTO vw_db.items
VALUES
  (1, 'food', 2.00, 'Y')
"""

# source: input.sql:14
S030 = """\
INSERT INTO vw_db.items
VALUES
  (2, 'food', 3.00, 'N')
"""

# source: input.sql:15
S040 = """\
INSERT INTO vw_db.items
VALUES
  (3, 'tool', 9.00, 'Y')
"""

# source: input.sql:16
S050 = """\
INSERT INTO vw_db.items
VALUES
  (4, 'tool', 1.00, 'N')
"""

# source: input.sql:18
S060 = """\
CREATE VIEW vw_db.v_active (
  id,
  category,
  cost
) AS
SELECT
  item_id AS id,
  cat AS category,
  price AS cost
FROM vw_db.items
WHERE
  UPPER(RTRIM(active)) = 'Y'
"""

# source: input.sql:21
S070 = """\
INSERT INTO vw_db.v_active (
  cost,
  id,
  category
)
VALUES
  (5.50, 5, 'toy')
"""

# source: input.sql:23
S080_SET = {
    'cost': "cost * 2",
}
S080_WHERE = "UPPER(RTRIM(category)) = 'FOOD'"

# source: input.sql:25
S090_WHERE = "UPPER(RTRIM(category)) = 'TOOL'"

# source: input.sql:27
S100 = """\
CREATE TABLE vw_db.result_view_dml (
  item_id INT,
  cat STRING,
  price DECIMAL(7, 2),
  active CHAR(1)
)
USING PARQUET
"""

# source: input.sql:36
S110 = """\
INSERT INTO vw_db.result_view_dml
SELECT
  item_id,
  cat,
  price,
  active
FROM vw_db.items
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='vw_db.items')
        script.sql('S030', S030, writes='vw_db.items')
        script.sql('S040', S040, writes='vw_db.items')
        script.sql('S050', S050, writes='vw_db.items')
        script.sql('S060', S060)
        script.sql('S070', S070, writes='vw_db.v_active')
        script.update('S080', 'vw_db.v_active', 'v_active', S080_SET, where=S080_WHERE)
        script.delete('S090', 'vw_db.v_active', 'v_active', where=S090_WHERE)
        script.sql('S100', S100)
        script.sql('S110', S110, writes='vw_db.result_view_dml')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
