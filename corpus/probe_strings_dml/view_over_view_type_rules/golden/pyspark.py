"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Reporting through two layers of views: the view columns keep the base columns' types and
#    attributes, so NOT CASESPECIFIC comparisons, CHAR(n) pads and INTEGER division still apply
# source: input.sql:3
S010 = """\
CREATE TABLE vw_db.order_line (
  line_id INT NOT NULL,
  cust_cd CHAR(6),
  status STRING,
  qty INT,
  packs INT
)
USING PARQUET
"""

# source: input.sql:13
S020 = """\
INSERT INTO vw_db.order_line
VALUES
  (1, 'C1', 'open', 7, 2)
"""

# source: input.sql:14
S030 = """\
INSERT INTO vw_db.order_line
VALUES
  (2, 'C22', 'OPEN', 9, 4)
"""

# source: input.sql:15
S040 = """\
INSERT INTO vw_db.order_line
VALUES
  (3, 'C333', 'Open  ', 5, 5)
"""

# source: input.sql:16
S050 = """\
INSERT INTO vw_db.order_line
VALUES
  (4, 'C1', 'closed', 8, 3)
"""

# source: input.sql:17
S060 = """\
INSERT INTO vw_db.order_line
VALUES
  (5, 'C4444', 'open', -7, 2)
"""

# source: input.sql:19
S070 = """\
CREATE VIEW vw_db.v_order_line AS
SELECT
  line_id,
  cust_cd,
  status,
  qty,
  packs
FROM vw_db.order_line
"""

# source: input.sql:23
S080 = """\
CREATE VIEW vw_db.v_open_line (
  o_line,
  o_cust,
  o_status,
  o_per_pack
) AS
SELECT
  line_id AS o_line,
  cust_cd AS o_cust,
  status AS o_status,
  CAST(qty DIV packs AS INT) AS o_per_pack
FROM vw_db.v_order_line
WHERE
  UPPER(RTRIM(status)) = 'OPEN'
"""

# source: input.sql:28
S090 = """\
CREATE TABLE vw_db.result_open_line (
  line_id INT,
  cust_key STRING,
  cust_len INT,
  per_pack DECIMAL(6, 2)
)
USING PARQUET
"""

# source: input.sql:37
S100 = """\
INSERT INTO vw_db.result_open_line
SELECT
  o_line,
  o_cust || '|',
  LENGTH(o_cust),
  o_per_pack
FROM vw_db.v_open_line
WHERE
  UPPER(RTRIM(o_status)) <> 'OPEN' OR UPPER(RTRIM(o_cust)) = 'C1'
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='vw_db.order_line')
        script.sql('S030', S030, writes='vw_db.order_line')
        script.sql('S040', S040, writes='vw_db.order_line')
        script.sql('S050', S050, writes='vw_db.order_line')
        script.sql('S060', S060, writes='vw_db.order_line')
        script.sql('S070', S070)
        script.sql('S080', S080)
        script.sql('S090', S090)
        script.sql('S100', S100, writes='vw_db.result_open_line')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
