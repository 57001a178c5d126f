CREATE SCHEMA mk_db;
CREATE TABLE mk_db.cust_spend (cust_id INTEGER, region_cd VARCHAR, spend_amt DECIMAL(10,2));
CREATE TABLE mk_db.region_score (region_cd VARCHAR, churn_pct DECIMAL(5,2));
INSERT INTO mk_db.cust_spend VALUES (1, 'N1', 500.00);
INSERT INTO mk_db.cust_spend VALUES (2, 'N1', NULL);
INSERT INTO mk_db.cust_spend VALUES (3, 'S1', 800.00);
INSERT INTO mk_db.cust_spend VALUES (4, 'S1', 500.00);
INSERT INTO mk_db.cust_spend VALUES (5, 'E1', 120.00);
INSERT INTO mk_db.cust_spend VALUES (6, 'W1', 90.00);
INSERT INTO mk_db.region_score VALUES ('N1', 4.50);
INSERT INTO mk_db.region_score VALUES ('S1', 2.10);
INSERT INTO mk_db.region_score VALUES ('E1', NULL);
INSERT INTO mk_db.region_score VALUES ('W1', 7.25);
CREATE TABLE mk_db.result_targets (list_cd VARCHAR, cust_id INTEGER, spend_amt DECIMAL(10,2), churn_pct DECIMAL(5,2));
INSERT INTO mk_db.result_targets
SELECT 'TOPSPEND', d.cust_id, d.spend_amt, r.churn_pct
FROM (SELECT cust_id, region_cd, spend_amt FROM (
        SELECT *, RANK() OVER (ORDER BY spend_amt DESC NULLS LAST) AS rk FROM mk_db.cust_spend) x WHERE rk <= 2) d
LEFT JOIN mk_db.region_score r ON r.region_cd = d.region_cd;
INSERT INTO mk_db.result_targets
SELECT 'LOWCHURN', c.cust_id, c.spend_amt, NULL FROM mk_db.cust_spend c
WHERE c.region_cd IN (SELECT region_cd FROM mk_db.region_score ORDER BY churn_pct ASC NULLS FIRST LIMIT 1);
INSERT INTO mk_db.result_targets
SELECT 'LOWSPEND', cust_id, spend_amt, NULL FROM (SELECT cust_id, spend_amt FROM mk_db.cust_spend ORDER BY spend_amt ASC NULLS FIRST, cust_id LIMIT 1) d;
SELECT * FROM mk_db.result_targets ORDER BY list_cd, cust_id;
