"""Converted by leapc 0.1.0 from input.bteq (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# source: input.bteq:4
S010 = """\
CREATE TABLE bv_db.price_list (
  sku STRING NOT NULL,
  price DECIMAL(8, 2),
  pack_qty INT
)
USING PARQUET
"""

# source: input.bteq:12
S020 = """\
CREATE TABLE bv_db.result_prices (
  src STRING,
  sku STRING,
  unit_cents INT
)
USING PARQUET
"""

# source: input.bteq:20
S030 = """\
SELECT
  *
FROM (
  VALUES
    ('A', 10.00, 4)
) AS leapc_values
"""

# source: input.bteq:21
S040 = """\
SELECT
  *
FROM (
  VALUES
    ('B', 3.00, 0)
) AS leapc_values
"""

# source: input.bteq:22
S050 = """\
SELECT
  *
FROM (
  VALUES
    ('C', 7.50, 3)
) AS leapc_values
"""

# source: input.bteq:24

# source: input.bteq:32
S070 = """\
SELECT
  sku,
  CAST(price * 100 AS INT),
  pack_qty
FROM bv_db.price_list
"""

# Transaction: reshape the work table, then a unit-price load that divides by zero.  The error
#    rolls back everything since BT, the volatile table's changes included.
# source: input.bteq:37

# source: input.bteq:38
S090_WHERE = "UPPER(RTRIM(sku)) = 'A'"

# source: input.bteq:39
S100_SET = {
    'cents': "cents * 2",
}

# source: input.bteq:40
S110 = """\
SELECT
  *
FROM (
  VALUES
    ('Z', 1, 1)
) AS leapc_values
"""

# source: input.bteq:41
S120 = """\
SELECT
  'txn',
  sku,
  CAST(cents DIV pack_qty AS INT)
FROM price_work
"""

# source: input.bteq:44

# source: input.bteq:47
S140 = """\
SELECT
  'after',
  sku,
  CAST(cents DIV NULLIF(pack_qty, 0) AS INT)
FROM price_work
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=False) as script:
        skip_to = None
        if skip_to is None:
            # source: input.bteq:1  .LOGON (credentials removed: the runtime supplies the connection)  (no effect here)
            # source: input.bteq:2  .SET ERRORLEVEL 2618 SEVERITY 4
            script.set_error_level(2618, 4)
            script.sql('S010', S010)
            script.sql('S020', S020)
            script.insert('S030', 'bv_db.price_list', S030)
            script.insert('S040', 'bv_db.price_list', S040)
            script.insert('S050', 'bv_db.price_list', S050)
            script.create_volatile_like('S060', 'price_work', '`sku` STRING, `cents` INT, `pack_qty` INT')
            script.insert('S070', 'price_work', S070)
            script.begin_transaction('S080')
            script.delete('S090', 'price_work', 'price_work', where=S090_WHERE)
            script.update('S100', 'price_work', 'price_work', S100_SET)
            script.insert('S110', 'price_work', S110)
            script.insert('S120', 'bv_db.result_prices', S120)
            # source: input.bteq:43  .IF ERRORCODE <> 0 THEN .GOTO ROLLED_BACK
            if script.error_code != 0:
                skip_to = 'ROLLED_BACK'
        if skip_to is None:
            script.commit('S130')
        # source: input.bteq:46  .LABEL ROLLED_BACK
        if skip_to == 'ROLLED_BACK':
            skip_to = None
        if skip_to is None:
            script.insert('S140', 'bv_db.result_prices', S140)
            # source: input.bteq:49  .QUIT 0
            script.quit(0)
    status = script.final_status()
    if status:
        raise SystemExit(status)


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
