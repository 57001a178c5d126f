/* MERGE from a derived table with GROUP BY (one row per key), target and source both holding
   NULL keys: NULL never equals NULL, so the NULL group is inserted as a new row and the target's
   NULL-key row is untouched. A second MERGE with only WHEN MATCHED and a HAVING source. */
CREATE MULTISET TABLE dml2_db.daily
(
    store_id  INTEGER,
    sales     DECIMAL(10,2),
    n_txn     INTEGER
)
PRIMARY INDEX ( store_id );

CREATE MULTISET TABLE dml2_db.txn
(
    txn_id    INTEGER NOT NULL,
    store_id  INTEGER,
    amt       DECIMAL(8,2)
)
PRIMARY INDEX ( txn_id );

INSERT INTO dml2_db.daily VALUES (10, 100.00, 1);
INSERT INTO dml2_db.daily VALUES (20, 50.00, 2);
INSERT INTO dml2_db.daily VALUES (NULL, 9.00, 9);

INSERT INTO dml2_db.txn VALUES (1, 10, 5.00);
INSERT INTO dml2_db.txn VALUES (2, 10, NULL);
INSERT INTO dml2_db.txn VALUES (3, 30, 7.50);
INSERT INTO dml2_db.txn VALUES (4, NULL, 1.25);
INSERT INTO dml2_db.txn VALUES (5, NULL, 2.00);
INSERT INTO dml2_db.txn VALUES (6, 20, 3.00);

MERGE INTO dml2_db.daily AS d
USING (SELECT store_id, SUM(amt) AS tot, COUNT(*) AS n
       FROM dml2_db.txn
       GROUP BY store_id) AS s
ON d.store_id = s.store_id
WHEN MATCHED THEN UPDATE SET sales = d.sales + s.tot, n_txn = d.n_txn + s.n
WHEN NOT MATCHED THEN INSERT (store_id, sales, n_txn) VALUES (s.store_id, s.tot, s.n);

MERGE INTO dml2_db.daily AS d
USING (SELECT store_id, COUNT(amt) AS n_amt
       FROM dml2_db.txn
       GROUP BY store_id
       HAVING COUNT(*) > 1) AS s
ON d.store_id = s.store_id
WHEN MATCHED THEN UPDATE SET n_txn = d.n_txn * 100 + s.n_amt;

CREATE MULTISET TABLE dml2_db.result_merge_agg
(
    store_id  INTEGER,
    sales     DECIMAL(10,2),
    n_txn     INTEGER
)
PRIMARY INDEX ( store_id );

INSERT INTO dml2_db.result_merge_agg SELECT store_id, sales, n_txn FROM dml2_db.daily;
