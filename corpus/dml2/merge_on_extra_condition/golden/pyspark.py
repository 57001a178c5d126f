"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# MERGE whose ON clause ANDs the primary-index equality with a secondary condition: a target
#    row whose key matches but whose secondary condition is false is NOT MATCHED, so the source row
#    is inserted as a second row with the same key (MULTISET, non-unique PI). UPDATE SET reads both
#    target and source columns.
# source: input.sql:5
S010 = """\
CREATE TABLE dml2_db.stock (
  sku INT NOT NULL,
  status CHAR(1),
  qty INT,
  note STRING
)
USING PARQUET
"""

# source: input.sql:14
S020 = """\
CREATE TABLE dml2_db.stock_feed (
  sku INT NOT NULL,
  qty INT,
  note STRING
)
USING PARQUET
"""

# source: input.sql:22
S030 = """\
INSERT INTO dml2_db.stock
VALUES
  (1, 'A', 10, 'old')
"""

# source: input.sql:23
S040 = """\
INSERT INTO dml2_db.stock
VALUES
  (2, 'X', 20, 'old')
"""

# source: input.sql:24
S050 = """\
INSERT INTO dml2_db.stock
VALUES
  (3, 'A', NULL, 'old')
"""

# source: input.sql:25
S060 = """\
INSERT INTO dml2_db.stock_feed
VALUES
  (1, 5, 'f1')
"""

# source: input.sql:26
S070 = """\
INSERT INTO dml2_db.stock_feed
VALUES
  (2, 7, 'f2')
"""

# source: input.sql:27
S080 = """\
INSERT INTO dml2_db.stock_feed
VALUES
  (3, 4, NULL)
"""

# source: input.sql:28
S090 = """\
INSERT INTO dml2_db.stock_feed
VALUES
  (4, 1, 'f4')
"""

# source: input.sql:30
S100_ON = "t.sku = s.sku AND UPPER(RTRIM(t.status)) = 'A'"

# source: input.sql:36
S110 = """\
CREATE TABLE dml2_db.result_merge_extra (
  sku INT,
  status CHAR(1),
  qty INT,
  note STRING
)
USING PARQUET
"""

# source: input.sql:45
S120 = """\
INSERT INTO dml2_db.result_merge_extra
SELECT
  sku,
  status,
  qty,
  note
FROM dml2_db.stock
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020)
        script.sql('S030', S030, writes='dml2_db.stock')
        script.sql('S040', S040, writes='dml2_db.stock')
        script.sql('S050', S050, writes='dml2_db.stock')
        script.sql('S060', S060, writes='dml2_db.stock_feed')
        script.sql('S070', S070, writes='dml2_db.stock_feed')
        script.sql('S080', S080, writes='dml2_db.stock_feed')
        script.sql('S090', S090, writes='dml2_db.stock_feed')
        script.merge('S100', 'dml2_db.stock', 't', 'dml2_db.stock_feed', 's', S100_ON, sets={'qty': 't.qty + s.qty', 'note': "SUBSTRING(COALESCE(s.note, t.note) || '+', 1, 10)"}, insert_columns=['sku', 'status', 'qty', 'note'], insert_values=["CASE WHEN s.sku IS NULL THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column sku') ELSE s.sku END", "'N'", 's.qty', 's.note'])
        script.sql('S110', S110)
        script.sql('S120', S120, writes='dml2_db.result_merge_extra')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
