"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Inventory since the last stock count: running quantity and day number restart (RESET WHEN) at
#    every physical count row
# source: input.sql:3
S010 = """\
CREATE TABLE pdn_db.stock_moves (
  item_id INT NOT NULL,
  move_dt DATE,
  move_type CHAR(5),
  qty INT
)
USING PARQUET
"""

# source: input.sql:12
S020 = """\
INSERT INTO pdn_db.stock_moves
VALUES
  (1, CAST('2024-02-26' AS DATE), 'COUNT', 100)
"""

# source: input.sql:13
S030 = """\
INSERT INTO pdn_db.stock_moves
VALUES
  (1, CAST('2024-02-27' AS DATE), 'SALE', -10)
"""

# source: input.sql:14
S040 = """\
INSERT INTO pdn_db.stock_moves
VALUES
  (1, CAST('2024-02-28' AS DATE), 'SALE', -5)
"""

# source: input.sql:15
S050 = """\
INSERT INTO pdn_db.stock_moves
VALUES
  (1, CAST('2024-02-29' AS DATE), 'COUNT', 80)
"""

# source: input.sql:16
S060 = """\
INSERT INTO pdn_db.stock_moves
VALUES
  (1, CAST('2024-03-01' AS DATE), 'RECV', 20)
"""

# source: input.sql:17
S070 = """\
INSERT INTO pdn_db.stock_moves
VALUES
  (1, CAST('2024-03-02' AS DATE), NULL, -1)
"""

# source: input.sql:18
S080 = """\
INSERT INTO pdn_db.stock_moves
VALUES
  (2, CAST('2024-02-27' AS DATE), 'RECV', 5)
"""

# source: input.sql:19
S090 = """\
INSERT INTO pdn_db.stock_moves
VALUES
  (2, CAST('2024-02-28' AS DATE), 'COUNT', 7)
"""

# source: input.sql:20
S100 = """\
INSERT INTO pdn_db.stock_moves
VALUES
  (2, CAST('2024-02-29' AS DATE), 'SALE', -2)
"""

# source: input.sql:22
S110 = """\
CREATE TABLE pdn_db.result_stock (
  item_id INT,
  move_dt DATE,
  on_hand INT,
  day_no INT,
  max_since INT
)
USING PARQUET
"""

# source: input.sql:32
S120 = """\
INSERT INTO pdn_db.result_stock
SELECT
  item_id,
  move_dt,
  SUM(qty) OVER (
    PARTITION BY item_id, stock_moves.leapc_reset_1
    ORDER BY move_dt
    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
  ),
  ROW_NUMBER() OVER (PARTITION BY item_id, stock_moves.leapc_reset_1 ORDER BY move_dt),
  MAX(qty) OVER (
    PARTITION BY item_id, stock_moves.leapc_reset_1
    ORDER BY move_dt
    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
  )
FROM (
  SELECT
    stock_moves.*,
    SUM(CASE WHEN UPPER(RTRIM(move_type)) = 'COUNT' THEN 1 ELSE 0 END) OVER (
      PARTITION BY item_id
      ORDER BY move_dt
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS leapc_reset_1
  FROM pdn_db.stock_moves
) AS stock_moves
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='pdn_db.stock_moves')
        script.sql('S030', S030, writes='pdn_db.stock_moves')
        script.sql('S040', S040, writes='pdn_db.stock_moves')
        script.sql('S050', S050, writes='pdn_db.stock_moves')
        script.sql('S060', S060, writes='pdn_db.stock_moves')
        script.sql('S070', S070, writes='pdn_db.stock_moves')
        script.sql('S080', S080, writes='pdn_db.stock_moves')
        script.sql('S090', S090, writes='pdn_db.stock_moves')
        script.sql('S100', S100, writes='pdn_db.stock_moves')
        script.sql('S110', S110)
        script.sql('S120', S120, writes='pdn_db.result_stock')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
