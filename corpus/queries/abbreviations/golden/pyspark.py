"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Teradata abbreviations: CT, INS (with and without VALUES), SEL, UPD, DEL, DELETE without FROM
# source: input.sql:2
S010 = """\
CREATE TABLE qry_db.stock (
  item_id INT NOT NULL,
  item STRING,
  qty INT
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO qry_db.stock
VALUES
  (1, 'BOLT', 100)
"""

# source: input.sql:11
S030 = """\
INSERT INTO qry_db.stock
VALUES
  (2, 'NUT', 50)
"""

# source: input.sql:12
S040 = """\
INSERT INTO qry_db.stock
VALUES
  (3, 'GEAR', 5)
"""

# source: input.sql:13
S050 = """\
INSERT INTO qry_db.stock
VALUES
  (4, 'PIN', 0)
"""

# source: input.sql:14
S060 = """\
INSERT INTO qry_db.stock
VALUES
  (5, 'CAP', 7)
"""

# source: input.sql:16
S070_SET = {
    'qty': "qty + 10",
}
S070_WHERE = "item_id IN (1, 3)"

# source: input.sql:17
S080_WHERE = "qty = 0"

# source: input.sql:18
S090_WHERE = "UPPER(RTRIM(item)) = 'CAP'"

# source: input.sql:20
S100 = """\
CREATE TABLE qry_db.result_stock (
  item_id INT,
  item STRING,
  qty INT
)
USING PARQUET
"""

# source: input.sql:28
S110 = """\
INSERT INTO qry_db.result_stock
SELECT
  item_id,
  item,
  qty
FROM qry_db.stock
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='qry_db.stock')
        script.sql('S030', S030, writes='qry_db.stock')
        script.sql('S040', S040, writes='qry_db.stock')
        script.sql('S050', S050, writes='qry_db.stock')
        script.sql('S060', S060, writes='qry_db.stock')
        script.update('S070', 'qry_db.stock', 'stock', S070_SET, where=S070_WHERE)
        script.delete('S080', 'qry_db.stock', 'stock', where=S080_WHERE)
        script.delete('S090', 'qry_db.stock', 'stock', where=S090_WHERE)
        script.sql('S100', S100)
        script.sql('S110', S110, writes='qry_db.result_stock')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
