CREATE SCHEMA ct_db;
CREATE TABLE ct_db.orders (order_id INTEGER, cust VARCHAR, amt DECIMAL(8,2));
INSERT INTO ct_db.orders VALUES (1, 'acme', 150.00);
INSERT INTO ct_db.orders VALUES (2, 'acme',  50.00);
INSERT INTO ct_db.orders VALUES (3, 'bolt',   NULL);
INSERT INTO ct_db.orders VALUES (4, 'bolt', 200.00);
INSERT INTO ct_db.orders VALUES (5, 'cord',  10.00);
CREATE TABLE ct_db.order_flags AS SELECT order_id, cust, 'N' AS review_flag, amt FROM ct_db.orders WHERE amt IS NOT NULL;
-- 'YES' truncated to the 1-character column
UPDATE ct_db.order_flags SET review_flag = SUBSTR('YES', 1, 1) WHERE amt > 100;
CREATE TABLE ct_db.cust_totals AS SELECT cust AS cust_cd, COUNT(*) AS order_cnt, SUM(amt) AS total_amt FROM ct_db.orders GROUP BY 1;
CREATE TABLE ct_db.result_ctas (order_id INTEGER, cust VARCHAR, review_flag VARCHAR, amt DECIMAL(8,2));
INSERT INTO ct_db.result_ctas SELECT f.order_id, t.cust_cd, f.review_flag, t.total_amt FROM ct_db.order_flags f JOIN ct_db.cust_totals t ON f.cust = t.cust_cd;
INSERT INTO ct_db.result_ctas VALUES (99, 'ZZZ-LONG-N', 'M', 1.01);
SELECT * FROM ct_db.result_ctas ORDER BY order_id;
