"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# MERGE with both branches, then MERGE with only WHEN NOT MATCHED, then only WHEN MATCHED
# source: input.sql:2
S010 = """\
CREATE TABLE dml_db.prod (
  prod_id INT NOT NULL,
  name STRING,
  price DECIMAL(8, 2)
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
CREATE TABLE dml_db.prod_feed (
  prod_id INT NOT NULL,
  name STRING,
  price DECIMAL(8, 2)
)
USING PARQUET
"""

# source: input.sql:18
S030 = """\
INSERT INTO dml_db.prod
VALUES
  (1, 'pen', 1.00)
"""

# source: input.sql:19
S040 = """\
INSERT INTO dml_db.prod
VALUES
  (2, 'ink', 5.00)
"""

# source: input.sql:20
S050 = """\
INSERT INTO dml_db.prod_feed
VALUES
  (2, 'ink', 6.00)
"""

# source: input.sql:21
S060 = """\
INSERT INTO dml_db.prod_feed
VALUES
  (3, 'pad', 2.50)
"""

# source: input.sql:23
S070_ON = "t.prod_id = s.prod_id"

# source: input.sql:29

# source: input.sql:30
S090 = """\
INSERT INTO dml_db.prod_feed
VALUES
  (1, 'pen', 9.99)
"""

# source: input.sql:31
S100 = """\
INSERT INTO dml_db.prod_feed
VALUES
  (4, 'cup', 3.00)
"""

# source: input.sql:33
S110_ON = "t.prod_id = s.prod_id"

# source: input.sql:38
S120_ON = "t.prod_id = s.prod_id"

# source: input.sql:43
S130 = """\
CREATE TABLE dml_db.result_merge (
  prod_id INT,
  name STRING,
  price DECIMAL(8, 2)
)
USING PARQUET
"""

# source: input.sql:51
S140 = """\
INSERT INTO dml_db.result_merge
SELECT
  prod_id,
  name,
  price
FROM dml_db.prod
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020)
        script.sql('S030', S030, writes='dml_db.prod')
        script.sql('S040', S040, writes='dml_db.prod')
        script.sql('S050', S050, writes='dml_db.prod_feed')
        script.sql('S060', S060, writes='dml_db.prod_feed')
        script.merge('S070', 'dml_db.prod', 't', 'dml_db.prod_feed', 's', S070_ON, sets={'price': 's.price'}, insert_columns=['prod_id', 'name', 'price'], insert_values=["CASE WHEN s.prod_id IS NULL THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column prod_id') ELSE s.prod_id END", 's.name', 's.price'])
        script.delete('S080', 'dml_db.prod_feed', 'prod_feed')
        script.sql('S090', S090, writes='dml_db.prod_feed')
        script.sql('S100', S100, writes='dml_db.prod_feed')
        script.merge('S110', 'dml_db.prod', 't', 'dml_db.prod_feed', 's', S110_ON, sets={}, insert_columns=['prod_id', 'name', 'price'], insert_values=["CASE WHEN s.prod_id IS NULL THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column prod_id') ELSE s.prod_id END", 's.name', 's.price'])
        script.merge('S120', 'dml_db.prod', 't', '(SELECT prod_id, price * 2 AS new_price FROM dml_db.prod_feed)', 's', S120_ON, sets={'price': 's.new_price'}, insert_columns=None, insert_values=None)
        script.sql('S130', S130)
        script.sql('S140', S140, writes='dml_db.result_merge')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
