/* Teradata UPDATE ... FROM: target alias listed in FROM, a derived-table source, and a plain
   joined table; unmatched target rows keep their values */
CREATE MULTISET TABLE dml_db.accounts
(
    acct_id  INTEGER NOT NULL,
    balance  DECIMAL(10,2),
    txn_cnt  INTEGER,
    status   CHAR(1) CHARACTER SET LATIN
)
PRIMARY INDEX ( acct_id );

CREATE MULTISET TABLE dml_db.txns
(
    txn_id   INTEGER NOT NULL,
    acct_id  INTEGER,
    amt      DECIMAL(10,2)
)
PRIMARY INDEX ( txn_id );

CREATE MULTISET TABLE dml_db.acct_status
(
    acct_id    INTEGER NOT NULL,
    new_status CHAR(1) CHARACTER SET LATIN
)
PRIMARY INDEX ( acct_id );

INSERT INTO dml_db.accounts VALUES (1, 100.00, 0, 'O');
INSERT INTO dml_db.accounts VALUES (2, 50.00, 0, 'O');
INSERT INTO dml_db.accounts VALUES (3, 0.00, 0, 'O');
INSERT INTO dml_db.txns VALUES (10, 1, 25.00);
INSERT INTO dml_db.txns VALUES (11, 1, -5.00);
INSERT INTO dml_db.txns VALUES (12, 2, 10.00);
INSERT INTO dml_db.txns VALUES (13, 9, 99.00);
INSERT INTO dml_db.acct_status VALUES (2, 'C');
INSERT INTO dml_db.acct_status VALUES (3, 'X');

UPDATE a
FROM dml_db.accounts a,
     (SELECT acct_id, SUM(amt) AS tot, COUNT(*) AS n FROM dml_db.txns GROUP BY acct_id) t
SET balance = a.balance + t.tot,
    txn_cnt = t.n
WHERE a.acct_id = t.acct_id;

UPDATE acc
FROM dml_db.accounts AS acc, dml_db.acct_status AS s
SET status = s.new_status
WHERE acc.acct_id = s.acct_id
  AND s.new_status <> 'X';

CREATE MULTISET TABLE dml_db.result_update_from
(
    acct_id  INTEGER,
    balance  DECIMAL(10,2),
    txn_cnt  INTEGER,
    status   CHAR(1)
)
PRIMARY INDEX ( acct_id );

INSERT INTO dml_db.result_update_from SELECT * FROM dml_db.accounts;
