-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- A macro with parameters, executed several times: each EXEC runs its statements with the
--    arguments bound to :params
-- source: input.sql:3  [S010]
CREATE TABLE dml_db.payments (
  pay_id INTEGER NOT NULL,
  cust VARCHAR(20),
  amt DECIMAL(8, 2)
)
DISTKEY(pay_id);

-- source: input.sql:11  [S020]
CREATE TABLE dml_db.cust_totals (
  cust VARCHAR(20),
  total DECIMAL(10, 2),
  n_pay INTEGER
)
DISTKEY(cust);

-- source: input.sql:19  [S030]
INSERT INTO dml_db.cust_totals
VALUES
  ('ann', 0.00, 0);

-- source: input.sql:20  [S040]
INSERT INTO dml_db.cust_totals
VALUES
  ('bob', 0.00, 0);

-- EXEC dml_db.record_payment (from the macro body at line 23)
-- source: input.sql:30  [S050]
INSERT INTO dml_db.payments
VALUES
  (1, 'ann', 10.00);

-- EXEC dml_db.record_payment (from the macro body at line 24)
-- source: input.sql:30  [S060]
UPDATE dml_db.cust_totals SET total = total + 10.00, n_pay = n_pay + 1
WHERE
  UPPER(RTRIM(cust)) = 'ANN';

-- EXEC dml_db.record_payment (from the macro body at line 23)
-- source: input.sql:31  [S070]
INSERT INTO dml_db.payments
VALUES
  (2, 'bob', 2.50);

-- EXEC dml_db.record_payment (from the macro body at line 24)
-- source: input.sql:31  [S080]
UPDATE dml_db.cust_totals SET total = total + 2.50, n_pay = n_pay + 1
WHERE
  UPPER(RTRIM(cust)) = 'BOB';

-- EXEC dml_db.record_payment (from the macro body at line 23)
-- source: input.sql:32  [S090]
INSERT INTO dml_db.payments
VALUES
  (3, 'ann', 7.25);

-- EXEC dml_db.record_payment (from the macro body at line 24)
-- source: input.sql:32  [S100]
UPDATE dml_db.cust_totals SET total = total + 7.25, n_pay = n_pay + 1
WHERE
  UPPER(RTRIM(cust)) = 'ANN';

-- EXEC dml_db.record_payment (from the macro body at line 23)
-- source: input.sql:33  [S110]
INSERT INTO dml_db.payments
VALUES
  (4, 'cid', 1.00);

-- EXEC dml_db.record_payment (from the macro body at line 24)
-- source: input.sql:33  [S120]
UPDATE dml_db.cust_totals SET total = total + 1.00, n_pay = n_pay + 1
WHERE
  UPPER(RTRIM(cust)) = 'CID';

-- source: input.sql:35  [S130]
CREATE TABLE dml_db.result_macro (
  cust VARCHAR(20),
  total DECIMAL(10, 2),
  n_pay INTEGER,
  n_rows INTEGER
)
DISTKEY(cust);

-- source: input.sql:44  [S140]
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
FROM dml_db.cust_totals AS t;
