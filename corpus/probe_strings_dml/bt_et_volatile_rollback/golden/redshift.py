"""Converted by leapc 0.1.0 from input.bteq (Teradata) for Amazon Redshift (runner).
 Generated code: change the Teradata source or leapc's options and convert again.

run(conn, args=None) runs the statements of the .sql file beside this one over a
DB-API connection, with the BTEQ control flow of the source."""
import sys

from wmg.scripts import DbScript

# source: input.bteq:4
S010 = """\
CREATE TABLE bv_db.price_list (
  sku VARCHAR(20) NOT NULL,
  price DECIMAL(8, 2),
  pack_qty INTEGER
)
DISTKEY(sku)
"""

# source: input.bteq:12
S020 = """\
CREATE TABLE bv_db.result_prices (
  src VARCHAR(20),
  sku VARCHAR(20),
  unit_cents INTEGER
)
DISTKEY(sku)
"""

# source: input.bteq:20
S030 = """\
INSERT INTO bv_db.price_list
VALUES
  ('A', 10.00, 4)
"""

# source: input.bteq:21
S040 = """\
INSERT INTO bv_db.price_list
VALUES
  ('B', 3.00, 0)
"""

# source: input.bteq:22
S050 = """\
INSERT INTO bv_db.price_list
VALUES
  ('C', 7.50, 3)
"""

# source: input.bteq:24
S060 = """\
CREATE TEMPORARY TABLE price_work (
  sku VARCHAR(20),
  cents INTEGER,
  pack_qty INTEGER
)
"""

# source: input.bteq:32
S070 = """\
INSERT INTO price_work
SELECT
  sku,
  CAST(TRUNC(price * 100) AS INTEGER),
  pack_qty
FROM bv_db.price_list
"""

# source: input.bteq:37
S080 = "BEGIN"

# source: input.bteq:38
S090 = """\
DELETE FROM price_work
WHERE
  UPPER(RTRIM(sku)) = 'A'
"""

# source: input.bteq:39
S100 = "UPDATE price_work SET cents = cents * 2"

# source: input.bteq:40
S110 = """\
INSERT INTO price_work
VALUES
  ('Z', 1, 1)
"""

# source: input.bteq:41
S120 = """\
INSERT INTO bv_db.result_prices
SELECT
  'txn',
  sku,
  cents / pack_qty
FROM price_work
"""

# source: input.bteq:44
S130 = "COMMIT"

# source: input.bteq:47
S140 = """\
INSERT INTO bv_db.result_prices
SELECT
  'after',
  sku,
  cents / NULLIF(pack_qty, 0)
FROM price_work
"""


def run(conn, args=None):
    with DbScript(conn, args, raise_errors=False) as script:
        skip_to = None
        if skip_to is None:
            # source: input.bteq:1  .LOGON (credentials removed: the runtime supplies the connection)  (no effect here)
            # source: input.bteq:2  .SET ERRORLEVEL 2618 SEVERITY 4
            script.set_error_level(2618, 4)
            script.sql('S010', S010)
            script.sql('S020', S020)
            script.sql('S030', S030)
            script.sql('S040', S040)
            script.sql('S050', S050)
            script.sql('S060', S060)
            script.sql('S070', S070)
            script.sql('S080', S080)
            script.sql('S090', S090)
            script.sql('S100', S100)
            script.sql('S110', S110)
            script.sql('S120', S120)
            # source: input.bteq:43  .IF ERRORCODE <> 0 THEN .GOTO ROLLED_BACK
            if script.error_code != 0:
                skip_to = 'ROLLED_BACK'
        if skip_to is None:
            script.sql('S130', S130)
        # source: input.bteq:46  .LABEL ROLLED_BACK
        if skip_to == 'ROLLED_BACK':
            skip_to = None
        if skip_to is None:
            script.sql('S140', S140)
            # source: input.bteq:49  .QUIT 0
            script.quit(0)
    status = script.final_status()
    if status:
        raise SystemExit(status)


if __name__ == "__main__":
    from wmg.elt import db_main

    sys.exit(db_main(run))
