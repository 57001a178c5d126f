-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Teradata UPDATE ... FROM: target alias listed in FROM, a derived-table source, and a plain
--    joined table; unmatched target rows keep their values
-- source: input.sql:3  [S010]
CREATE TABLE dml_db.accounts (
  acct_id INTEGER NOT NULL,
  balance DECIMAL(10, 2),
  txn_cnt INTEGER,
  status CHAR(1)
)
DISTKEY(acct_id);

-- source: input.sql:12  [S020]
CREATE TABLE dml_db.txns (
  txn_id INTEGER NOT NULL,
  acct_id INTEGER,
  amt DECIMAL(10, 2)
)
DISTKEY(txn_id);

-- source: input.sql:20  [S030]
CREATE TABLE dml_db.acct_status (
  acct_id INTEGER NOT NULL,
  new_status CHAR(1)
)
DISTKEY(acct_id);

-- source: input.sql:27  [S040]
INSERT INTO dml_db.accounts
VALUES
  (1, 100.00, 0, 'O');

-- source: input.sql:28  [S050]
INSERT INTO dml_db.accounts
VALUES
  (2, 50.00, 0, 'O');

-- source: input.sql:29  [S060]
INSERT INTO dml_db.accounts
VALUES
  (3, 0.00, 0, 'O');

-- source: input.sql:30  [S070]
INSERT INTO dml_db.txns
VALUES
  (10, 1, 25.00);

-- source: input.sql:31  [S080]
INSERT INTO dml_db.txns
VALUES
  (11, 1, -5.00);

-- source: input.sql:32  [S090]
INSERT INTO dml_db.txns
VALUES
  (12, 2, 10.00);

-- source: input.sql:33  [S100]
INSERT INTO dml_db.txns
VALUES
  (13, 9, 99.00);

-- source: input.sql:34  [S110]
INSERT INTO dml_db.acct_status
VALUES
  (2, 'C');

-- source: input.sql:35  [S120]
INSERT INTO dml_db.acct_status
VALUES
  (3, 'X');

-- source: input.sql:37  [S130]
UPDATE dml_db.accounts AS a SET balance = a.balance + t.tot, txn_cnt = t.n
FROM (
  SELECT
    acct_id,
    SUM(amt) AS tot,
    COUNT(*) AS n
  FROM dml_db.txns
  GROUP BY
    acct_id
) AS t
WHERE
  a.acct_id = t.acct_id;

-- source: input.sql:44  [S140]
UPDATE dml_db.accounts AS acc SET status = s.new_status
FROM dml_db.acct_status AS s
WHERE
  acc.acct_id = s.acct_id AND UPPER(RTRIM(s.new_status)) <> 'X';

-- source: input.sql:50  [S150]
CREATE TABLE dml_db.result_update_from (
  acct_id INTEGER,
  balance DECIMAL(10, 2),
  txn_cnt INTEGER,
  status CHAR(1)
)
DISTKEY(acct_id);

-- source: input.sql:59  [S160]
INSERT INTO dml_db.result_update_from
SELECT
  *
FROM dml_db.accounts;
