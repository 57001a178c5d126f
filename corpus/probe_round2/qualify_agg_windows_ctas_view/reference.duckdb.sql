CREATE SCHEMA q_db;
CREATE TABLE q_db.txn (acct_id INTEGER, txn_id INTEGER, txn_ts TIMESTAMP, amt DECIMAL(10,2), channel VARCHAR);
INSERT INTO q_db.txn VALUES (1, 1, TIMESTAMP '2024-03-01 08:00:00', 50.00, 'WEB');
INSERT INTO q_db.txn VALUES (1, 2, TIMESTAMP '2024-03-01 09:00:00', 30.00, 'STORE');
INSERT INTO q_db.txn VALUES (1, 3, NULL, 90.00, 'WEB');
INSERT INTO q_db.txn VALUES (1, 4, TIMESTAMP '2024-03-01 10:00:00', NULL, 'WEB');
INSERT INTO q_db.txn VALUES (2, 5, TIMESTAMP '2024-03-02 08:00:00', 200.00, 'STORE');
INSERT INTO q_db.txn VALUES (2, 6, TIMESTAMP '2024-03-02 08:30:00', 200.00, 'WEB');
INSERT INTO q_db.txn VALUES (3, 7, NULL, 15.00, 'WEB');
CREATE TABLE q_db.result_review (list_cd VARCHAR, acct_id INTEGER, txn_id INTEGER, amt DECIMAL(12,2));
INSERT INTO q_db.result_review
SELECT 'LAST', acct_id, txn_id, amt FROM (
  SELECT acct_id, txn_id, amt, ROW_NUMBER() OVER (PARTITION BY acct_id ORDER BY txn_ts DESC NULLS LAST) AS rn FROM q_db.txn) x WHERE rn = 1;
INSERT INTO q_db.result_review
SELECT 'BUSY', acct_id, txn_id, acct_total FROM (
  SELECT acct_id, txn_id, amt, acct_total, RANK() OVER (PARTITION BY acct_id ORDER BY amt ASC NULLS FIRST) AS rk FROM (
    SELECT acct_id, txn_id, amt, SUM(amt) OVER (PARTITION BY acct_id) AS acct_total, COUNT(*) OVER (PARTITION BY acct_id) AS c FROM q_db.txn) b
  WHERE c >= 3) x WHERE rk = 1;
INSERT INTO q_db.result_review
SELECT 'ABOVE_AVG', acct_id, txn_id, amt FROM (
  SELECT acct_id, txn_id, amt, AVG(amt) OVER (PARTITION BY acct_id) AS a FROM q_db.txn) x WHERE amt > a;
INSERT INTO q_db.result_review
SELECT 'CUM100', acct_id, txn_id, amt FROM (
  SELECT acct_id, txn_id, amt, channel, SUM(amt) OVER (PARTITION BY acct_id ORDER BY txn_ts ASC NULLS FIRST ROWS UNBOUNDED PRECEDING) AS s FROM q_db.txn) x
WHERE s <= 100 AND channel = 'WEB';
INSERT INTO q_db.result_review
SELECT 'TOPNET', acct_id, txn_id, net_amt FROM (
  SELECT acct_id, txn_id, COALESCE(amt, 0) - 10 AS net_amt, MAX(COALESCE(amt, 0) - 10) OVER (PARTITION BY acct_id) AS m FROM q_db.txn) x
WHERE net_amt = m;
SELECT * FROM q_db.result_review ORDER BY list_cd, acct_id, txn_id;
