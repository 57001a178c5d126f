CREATE TABLE daily (store_id INTEGER, sales DECIMAL(10,2), n_txn INTEGER);
CREATE TABLE txn (txn_id INTEGER NOT NULL, store_id INTEGER, amt DECIMAL(8,2));
INSERT INTO daily VALUES (10, 100.00, 1), (20, 50.00, 2), (NULL, 9.00, 9);
INSERT INTO txn VALUES (1, 10, 5.00), (2, 10, NULL), (3, 30, 7.50), (4, NULL, 1.25), (5, NULL, 2.00), (6, 20, 3.00);
MERGE INTO daily AS d USING (SELECT store_id, SUM(amt) AS tot, COUNT(*) AS n FROM txn GROUP BY store_id) AS s
ON d.store_id = s.store_id
WHEN MATCHED THEN UPDATE SET sales = d.sales + s.tot, n_txn = d.n_txn + s.n
WHEN NOT MATCHED THEN INSERT (store_id, sales, n_txn) VALUES (s.store_id, s.tot, s.n);
MERGE INTO daily AS d USING (SELECT store_id, COUNT(amt) AS n_amt FROM txn GROUP BY store_id HAVING COUNT(*) > 1) AS s
ON d.store_id = s.store_id
WHEN MATCHED THEN UPDATE SET n_txn = d.n_txn * 100 + s.n_amt;
SELECT store_id, sales, n_txn FROM daily
