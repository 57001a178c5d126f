"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Inventory sync into a SET table: MERGE from a feed with repeated rows, an ON clause with a
#    secondary condition, and single-row MERGEs from a USING VALUES source
# source: input.sql:3
S010 = """\
CREATE TABLE inv_db.stock (
  sku STRING,
  wh STRING,
  qty INT
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
CREATE TABLE inv_db.stock_feed (
  sku STRING,
  wh STRING,
  qty INT
)
USING PARQUET
"""

# source: input.sql:19
S030 = """\
INSERT INTO inv_db.stock
SELECT
  'A',
  'W1',
  10
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM inv_db.stock AS leapc_stored_1
    WHERE
      (
        UPPER(RTRIM(leapc_stored_1.sku)) = 'A' AND UPPER(RTRIM(leapc_stored_1.wh)) = 'W1'
      )
      AND leapc_stored_1.qty = 10
  )
"""

# source: input.sql:20
S040 = """\
INSERT INTO inv_db.stock
SELECT
  'B',
  'W1',
  3
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM inv_db.stock AS leapc_stored_2
    WHERE
      (
        UPPER(RTRIM(leapc_stored_2.sku)) = 'B' AND UPPER(RTRIM(leapc_stored_2.wh)) = 'W1'
      )
      AND leapc_stored_2.qty = 3
  )
"""

# source: input.sql:21
S050 = """\
INSERT INTO inv_db.stock
SELECT
  'D',
  'W1',
  0
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM inv_db.stock AS leapc_stored_3
    WHERE
      (
        UPPER(RTRIM(leapc_stored_3.sku)) = 'D' AND UPPER(RTRIM(leapc_stored_3.wh)) = 'W1'
      )
      AND leapc_stored_3.qty = 0
  )
"""

# source: input.sql:23
S060 = """\
INSERT INTO inv_db.stock_feed
VALUES
  ('A', 'W1', 5)
"""

# source: input.sql:24
S070 = """\
INSERT INTO inv_db.stock_feed
VALUES
  ('C', 'W1', 5)
"""

# source: input.sql:25
S080 = """\
INSERT INTO inv_db.stock_feed
VALUES
  ('C', 'W1', 5)
"""

# source: input.sql:26
S090 = """\
INSERT INTO inv_db.stock_feed
VALUES
  ('D', 'W1', 0)
"""

# source: input.sql:27
S100 = """\
INSERT INTO inv_db.stock_feed
VALUES
  ('B', 'W2', 4)
"""

# rows with no stock never match (secondary ON condition) and are offered for insert
# source: input.sql:30
S110_ON = """\
UPPER(RTRIM(i.sku)) = UPPER(RTRIM(s.sku))
AND UPPER(RTRIM(i.wh)) = UPPER(RTRIM(s.wh))
AND i.qty > 0
"""

# source: input.sql:36
S120_ON = "i.sku = s.sku AND i.wh = s.wh"

# source: input.sql:42
S130_ON = "i.sku = s.sku AND i.wh = s.wh"


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020)
        script.sql('S030', S030, writes='inv_db.stock')
        script.sql('S040', S040, writes='inv_db.stock')
        script.sql('S050', S050, writes='inv_db.stock')
        script.sql('S060', S060, writes='inv_db.stock_feed')
        script.sql('S070', S070, writes='inv_db.stock_feed')
        script.sql('S080', S080, writes='inv_db.stock_feed')
        script.sql('S090', S090, writes='inv_db.stock_feed')
        script.sql('S100', S100, writes='inv_db.stock_feed')
        script.merge('S110', 'inv_db.stock', 'i', 'inv_db.stock_feed', 's', S110_ON, sets={'qty': 'i.qty + s.qty'}, insert_columns=['sku', 'wh', 'qty'], insert_values=['s.sku', 's.wh', 's.qty'])
        script.merge('S120', 'inv_db.stock', 'i', "VALUES ('A', 'W2', 7)", 's', S120_ON, sets={'qty': 's.qty'}, insert_columns=['sku', 'wh', 'qty'], insert_values=['s.sku', 's.wh', 's.qty'])
        script.merge('S130', 'inv_db.stock', 'i', "VALUES ('B', 'W1', 9)", 's', S130_ON, sets={'qty': 's.qty'}, insert_columns=['sku', 'wh', 'qty'], insert_values=['s.sku', 's.wh', 's.qty'])


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
