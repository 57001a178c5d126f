-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- MERGE from a derived table with GROUP BY (one row per key), target and source both holding
--    NULL keys: NULL never equals NULL, so the NULL group is inserted as a new row and the target's
--    NULL-key row is untouched. A second MERGE with only WHEN MATCHED and a HAVING source.
-- source: input.sql:4  [S010]
CREATE TABLE dml2_db.daily (
  store_id INTEGER,
  sales DECIMAL(10, 2),
  n_txn INTEGER
)
DISTKEY(store_id);

-- source: input.sql:12  [S020]
CREATE TABLE dml2_db.txn (
  txn_id INTEGER NOT NULL,
  store_id INTEGER,
  amt DECIMAL(8, 2)
)
DISTKEY(txn_id);

-- source: input.sql:20  [S030]
INSERT INTO dml2_db.daily
VALUES
  (10, 100.00, 1);

-- source: input.sql:21  [S040]
INSERT INTO dml2_db.daily
VALUES
  (20, 50.00, 2);

-- source: input.sql:22  [S050]
INSERT INTO dml2_db.daily
VALUES
  (NULL, 9.00, 9);

-- source: input.sql:24  [S060]
INSERT INTO dml2_db.txn
VALUES
  (1, 10, 5.00);

-- source: input.sql:25  [S070]
INSERT INTO dml2_db.txn
VALUES
  (2, 10, NULL);

-- source: input.sql:26  [S080]
INSERT INTO dml2_db.txn
VALUES
  (3, 30, 7.50);

-- source: input.sql:27  [S090]
INSERT INTO dml2_db.txn
VALUES
  (4, NULL, 1.25);

-- source: input.sql:28  [S100]
INSERT INTO dml2_db.txn
VALUES
  (5, NULL, 2.00);

-- source: input.sql:29  [S110]
INSERT INTO dml2_db.txn
VALUES
  (6, 20, 3.00);

-- source: input.sql:31  [S120]
MERGE INTO dml2_db.daily
USING (
  SELECT
    store_id,
    SUM(amt) AS tot,
    COUNT(*) AS n
  FROM dml2_db.txn
  GROUP BY
    store_id
) AS s
ON daily.store_id = s.store_id
WHEN MATCHED THEN UPDATE SET
  sales = daily.sales + s.tot,
  n_txn = daily.n_txn + s.n
WHEN NOT MATCHED THEN INSERT (store_id, sales, n_txn) VALUES (s.store_id, s.tot, s.n);

-- source: input.sql:39  [S130]
MERGE INTO dml2_db.daily
USING (
  SELECT
    store_id,
    COUNT(amt) AS n_amt
  FROM dml2_db.txn
  GROUP BY
    store_id
  HAVING
    COUNT(*) > 1
) AS s
ON daily.store_id = s.store_id
WHEN MATCHED THEN UPDATE SET
  n_txn = daily.n_txn * 100 + s.n_amt;

-- source: input.sql:47  [S140]
CREATE TABLE dml2_db.result_merge_agg (
  store_id INTEGER,
  sales DECIMAL(10, 2),
  n_txn INTEGER
)
DISTKEY(store_id);

-- source: input.sql:55  [S150]
INSERT INTO dml2_db.result_merge_agg
SELECT
  store_id,
  sales,
  n_txn
FROM dml2_db.daily;
