CREATE SCHEMA rp_db;
CREATE TABLE rp_db.cust_bal (cust_id INTEGER, region VARCHAR, bal_amt DECIMAL(10,2));
INSERT INTO rp_db.cust_bal VALUES (1, 'N',  100.00);
INSERT INTO rp_db.cust_bal VALUES (2, NULL, 300.00);
INSERT INTO rp_db.cust_bal VALUES (3, 'S',  200.00);
INSERT INTO rp_db.cust_bal VALUES (4, NULL,  50.00);
INSERT INTO rp_db.cust_bal VALUES (5, 'E',  400.00);
INSERT INTO rp_db.cust_bal VALUES (6, 'W',    NULL);
INSERT INTO rp_db.cust_bal VALUES (7, 'W',  -20.00);
CREATE TABLE rp_db.result_extract (list_cd VARCHAR, cust_id INTEGER, region VARCHAR, bal_amt DECIMAL(10,2));
INSERT INTO rp_db.result_extract
SELECT 'FIRST2', c.cust_id, COALESCE(c.region, 'ZZ'), c.bal_amt FROM rp_db.cust_bal c ORDER BY c.region ASC NULLS FIRST, c.cust_id LIMIT 2;
INSERT INTO rp_db.result_extract
SELECT 'BIGGEST', cust_id, region, -bal_amt FROM (
  SELECT c.*, RANK() OVER (ORDER BY c.bal_amt DESC NULLS LAST) AS rk FROM rp_db.cust_bal c) x WHERE rk <= 1;
INSERT INTO rp_db.result_extract
SELECT 'LOWEST', c.cust_id, c.region, COALESCE(c.bal_amt, 0) FROM rp_db.cust_bal c ORDER BY c.bal_amt ASC NULLS FIRST LIMIT 1;
SELECT * FROM rp_db.result_extract ORDER BY list_cd, cust_id;
