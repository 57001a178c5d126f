/* DELETE with a correlated EXISTS subquery, DELETE with NOT IN over a subquery containing NULL
   (deletes nothing), and DELETE ... ALL before a reload */
CREATE MULTISET TABLE dml_db.orders
(
    order_id  INTEGER NOT NULL,
    cust_id   INTEGER,
    amount    INTEGER
)
PRIMARY INDEX ( order_id );

CREATE MULTISET TABLE dml_db.bad_cust
(
    cust_id  INTEGER
)
PRIMARY INDEX ( cust_id );

CREATE MULTISET TABLE dml_db.scratch
(
    n  INTEGER
)
PRIMARY INDEX ( n );

INSERT INTO dml_db.orders VALUES (1, 10, 100);
INSERT INTO dml_db.orders VALUES (2, 20, 200);
INSERT INTO dml_db.orders VALUES (3, 30, 300);
INSERT INTO dml_db.orders VALUES (4, NULL, 400);
INSERT INTO dml_db.orders VALUES (5, 10, 5);
INSERT INTO dml_db.bad_cust VALUES (20);
INSERT INTO dml_db.bad_cust VALUES (NULL);
INSERT INTO dml_db.scratch VALUES (1);
INSERT INTO dml_db.scratch VALUES (2);

DELETE FROM dml_db.orders
WHERE EXISTS (SELECT 1 FROM dml_db.bad_cust b WHERE b.cust_id = dml_db.orders.cust_id);

DELETE FROM dml_db.orders
WHERE cust_id NOT IN (SELECT cust_id FROM dml_db.bad_cust);

DELETE FROM dml_db.orders o
WHERE o.amount < (SELECT MAX(o2.amount) FROM dml_db.orders o2 WHERE o2.cust_id = o.cust_id);

DELETE dml_db.scratch ALL;
INSERT INTO dml_db.scratch SELECT COUNT(*) FROM dml_db.orders;

CREATE MULTISET TABLE dml_db.result_delete
(
    order_id  INTEGER,
    cust_id   INTEGER,
    amount    INTEGER,
    n_after   INTEGER
)
PRIMARY INDEX ( order_id );

INSERT INTO dml_db.result_delete
SELECT o.order_id, o.cust_id, o.amount, s.n
FROM dml_db.orders o CROSS JOIN dml_db.scratch s;
