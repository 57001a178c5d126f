/* Transaction review lists built with QUALIFY over COUNT / SUM / AVG / MAX windows, in a view,
   a volatile CTAS and a derived table */
CREATE MULTISET TABLE q_db.txn
(
    acct_id   INTEGER,
    txn_id    INTEGER,
    txn_ts    TIMESTAMP(0),
    amt       DECIMAL(10,2),
    channel   VARCHAR(10)
)
PRIMARY INDEX ( acct_id );

INSERT INTO q_db.txn VALUES (1, 1, TIMESTAMP '2024-03-01 08:00:00', 50.00, 'WEB');
INSERT INTO q_db.txn VALUES (1, 2, TIMESTAMP '2024-03-01 09:00:00', 30.00, 'STORE');
INSERT INTO q_db.txn VALUES (1, 3, NULL, 90.00, 'WEB');
INSERT INTO q_db.txn VALUES (1, 4, TIMESTAMP '2024-03-01 10:00:00', NULL, 'WEB');
INSERT INTO q_db.txn VALUES (2, 5, TIMESTAMP '2024-03-02 08:00:00', 200.00, 'STORE');
INSERT INTO q_db.txn VALUES (2, 6, TIMESTAMP '2024-03-02 08:30:00', 200.00, 'WEB');
INSERT INTO q_db.txn VALUES (3, 7, NULL, 15.00, 'WEB');

CREATE MULTISET TABLE q_db.result_review
(
    list_cd   VARCHAR(10),
    acct_id   INTEGER,
    txn_id    INTEGER,
    amt       DECIMAL(12,2)
)
PRIMARY INDEX ( acct_id );

REPLACE VIEW q_db.v_last_txn AS
SELECT acct_id, txn_id, amt
FROM q_db.txn
QUALIFY ROW_NUMBER() OVER (PARTITION BY acct_id ORDER BY txn_ts DESC) = 1;

CREATE VOLATILE TABLE busy_accts AS
(
    SELECT acct_id, txn_id, amt,
           SUM(amt) OVER (PARTITION BY acct_id) AS acct_total
    FROM q_db.txn
    QUALIFY COUNT(*) OVER (PARTITION BY acct_id) >= 3
) WITH DATA
PRIMARY INDEX ( acct_id )
ON COMMIT PRESERVE ROWS;

INSERT INTO q_db.result_review
SELECT 'LAST', acct_id, txn_id, amt FROM q_db.v_last_txn;

/* smallest transaction of each busy account (a NULL amount sorts first ascending) */
INSERT INTO q_db.result_review
SELECT 'BUSY', acct_id, txn_id, acct_total
FROM busy_accts
QUALIFY RANK() OVER (PARTITION BY acct_id ORDER BY amt) = 1;

INSERT INTO q_db.result_review
SELECT 'ABOVE_AVG', d.acct_id, d.txn_id, d.amt
FROM (SELECT acct_id, txn_id, amt
      FROM q_db.txn
      QUALIFY amt > AVG(amt) OVER (PARTITION BY acct_id)) AS d;

/* web transactions while the running total (time order, undated first) is still within 100 */
INSERT INTO q_db.result_review
SELECT 'CUM100', acct_id, txn_id, amt
FROM q_db.txn
QUALIFY SUM(amt) OVER (PARTITION BY acct_id ORDER BY txn_ts ROWS UNBOUNDED PRECEDING) <= 100
    AND channel = 'WEB';

/* alias referenced inside the QUALIFY window */
INSERT INTO q_db.result_review
SELECT 'TOPNET', acct_id, txn_id, ZEROIFNULL(amt) - 10 AS net_amt
FROM q_db.txn
QUALIFY net_amt = MAX(net_amt) OVER (PARTITION BY acct_id);
