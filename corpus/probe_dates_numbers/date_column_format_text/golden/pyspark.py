"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Partner feed whose DATE columns carry their own FORMAT: string literals are read, compared and
#    rendered in that format (not ISO)
# source: input.sql:3
S010 = """\
CREATE TABLE pdn_db.partner_orders (
  order_id INT NOT NULL,
  order_dt DATE,
  due_dt DATE
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
INSERT INTO pdn_db.partner_orders
VALUES
  (1, CAST('20240229' AS DATE), CAST('15/03/2024' AS DATE))
"""

# source: input.sql:12
S030 = """\
INSERT INTO pdn_db.partner_orders
VALUES
  (2, CAST('20240131' AS DATE), CAST('01/02/2024' AS DATE))
"""

# source: input.sql:13
S040 = """\
INSERT INTO pdn_db.partner_orders
VALUES
  (3, CAST('20231231' AS DATE), CAST('31/12/2023' AS DATE))
"""

# source: input.sql:14
S050 = """\
INSERT INTO pdn_db.partner_orders
VALUES
  (4, NULL, NULL)
"""

# source: input.sql:16
S060 = """\
CREATE TABLE pdn_db.result_partner_keys (
  order_id INT,
  order_txt CHAR(8),
  due_txt STRING,
  order_key STRING,
  days_to_due INT
)
USING PARQUET
"""

# source: input.sql:26
S070 = """\
INSERT INTO pdn_db.result_partner_keys
SELECT
  order_id,
  SUBSTRING(RPAD(SUBSTRING(CAST(order_dt AS STRING), 1, 8), 8, ' '), 1, 8),
  SUBSTRING(CAST(due_dt AS STRING), 1, 10),
  'PO-' || SUBSTRING(CAST(order_dt AS STRING), 1, 8),
  DATEDIFF(due_dt, order_dt)
FROM pdn_db.partner_orders
WHERE
  order_dt >= '20240101' OR order_dt IS NULL
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='pdn_db.partner_orders')
        script.sql('S030', S030, writes='pdn_db.partner_orders')
        script.sql('S040', S040, writes='pdn_db.partner_orders')
        script.sql('S050', S050, writes='pdn_db.partner_orders')
        script.sql('S060', S060)
        script.sql('S070', S070, writes='pdn_db.result_partner_keys')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
