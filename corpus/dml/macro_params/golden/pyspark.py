"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# A macro with parameters, executed several times: each EXEC runs its statements with the
#    arguments bound to :params
# source: input.sql:3
S010 = """\
CREATE TABLE dml_db.payments (
  pay_id INT NOT NULL,
  cust STRING,
  amt DECIMAL(8, 2)
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
CREATE TABLE dml_db.cust_totals (
  cust STRING,
  total DECIMAL(10, 2),
  n_pay INT
)
USING PARQUET
"""

# source: input.sql:19
S030 = """\
INSERT INTO dml_db.cust_totals
VALUES
  ('ann', 0.00, 0)
"""

# source: input.sql:20
S040 = """\
INSERT INTO dml_db.cust_totals
VALUES
  ('bob', 0.00, 0)
"""

# EXEC dml_db.record_payment (from the macro body at line 23)
# source: input.sql:30
S050 = """\
INSERT INTO dml_db.payments
VALUES
  (1, 'ann', 10.00)
"""

# EXEC dml_db.record_payment (from the macro body at line 24)
# source: input.sql:30
S060_SET = {
    'total': "total + 10.00",
    'n_pay': "n_pay + 1",
}
S060_WHERE = "UPPER(RTRIM(cust)) = 'ANN'"

# EXEC dml_db.record_payment (from the macro body at line 23)
# source: input.sql:31
S070 = """\
INSERT INTO dml_db.payments
VALUES
  (2, 'bob', 2.50)
"""

# EXEC dml_db.record_payment (from the macro body at line 24)
# source: input.sql:31
S080_SET = {
    'total': "total + 2.50",
    'n_pay': "n_pay + 1",
}
S080_WHERE = "UPPER(RTRIM(cust)) = 'BOB'"

# EXEC dml_db.record_payment (from the macro body at line 23)
# source: input.sql:32
S090 = """\
INSERT INTO dml_db.payments
VALUES
  (3, 'ann', 7.25)
"""

# EXEC dml_db.record_payment (from the macro body at line 24)
# source: input.sql:32
S100_SET = {
    'total': "total + 7.25",
    'n_pay': "n_pay + 1",
}
S100_WHERE = "UPPER(RTRIM(cust)) = 'ANN'"

# EXEC dml_db.record_payment (from the macro body at line 23)
# source: input.sql:33
S110 = """\
INSERT INTO dml_db.payments
VALUES
  (4, 'cid', 1.00)
"""

# EXEC dml_db.record_payment (from the macro body at line 24)
# source: input.sql:33
S120_SET = {
    'total': "total + 1.00",
    'n_pay': "n_pay + 1",
}
S120_WHERE = "UPPER(RTRIM(cust)) = 'CID'"

# source: input.sql:35
S130 = """\
CREATE TABLE dml_db.result_macro (
  cust STRING,
  total DECIMAL(10, 2),
  n_pay INT,
  n_rows INT
)
USING PARQUET
"""

# source: input.sql:44
S140 = """\
INSERT INTO dml_db.result_macro
SELECT
  t.cust,
  t.total,
  t.n_pay,
  (
    SELECT
      COUNT(*)
    FROM dml_db.payments AS p
    WHERE
      UPPER(RTRIM(p.cust)) = UPPER(RTRIM(t.cust))
  )
FROM dml_db.cust_totals AS t
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020)
        script.sql('S030', S030, writes='dml_db.cust_totals')
        script.sql('S040', S040, writes='dml_db.cust_totals')
        script.begin_request()
        script.sql('S050', S050, writes='dml_db.payments')
        if script.error_code == 0:
            script.update('S060', 'dml_db.cust_totals', 'cust_totals', S060_SET, where=S060_WHERE)
        script.end_request()
        script.begin_request()
        script.sql('S070', S070, writes='dml_db.payments')
        if script.error_code == 0:
            script.update('S080', 'dml_db.cust_totals', 'cust_totals', S080_SET, where=S080_WHERE)
        script.end_request()
        script.begin_request()
        script.sql('S090', S090, writes='dml_db.payments')
        if script.error_code == 0:
            script.update('S100', 'dml_db.cust_totals', 'cust_totals', S100_SET, where=S100_WHERE)
        script.end_request()
        script.begin_request()
        script.sql('S110', S110, writes='dml_db.payments')
        if script.error_code == 0:
            script.update('S120', 'dml_db.cust_totals', 'cust_totals', S120_SET, where=S120_WHERE)
        script.end_request()
        script.sql('S130', S130)
        script.sql('S140', S140, writes='dml_db.result_macro')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
