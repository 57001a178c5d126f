CREATE SCHEMA rk_db;
CREATE TABLE rk_db.rep_sales (rep_id INTEGER, region VARCHAR, sales_amt DECIMAL(10,2), deals INTEGER);
INSERT INTO rk_db.rep_sales VALUES (1, 'EAST', 900.00, 9);
INSERT INTO rk_db.rep_sales VALUES (2, 'EAST', 750.00, 5);
INSERT INTO rk_db.rep_sales VALUES (3, 'EAST', 750.00, 7);
INSERT INTO rk_db.rep_sales VALUES (4, 'WEST', 600.00, 4);
INSERT INTO rk_db.rep_sales VALUES (5, 'WEST', NULL, 2);
INSERT INTO rk_db.rep_sales VALUES (6, 'WEST', 500.00, 6);
INSERT INTO rk_db.rep_sales VALUES (7, 'NORTH', 450.00, 3);
INSERT INTO rk_db.rep_sales VALUES (8, 'NORTH', 450.00, 8);
INSERT INTO rk_db.rep_sales VALUES (9, 'NORTH', 300.00, 1);
INSERT INTO rk_db.rep_sales VALUES (10, 'SOUTH', 200.00, NULL);
CREATE TABLE rk_db.result_leaders (list_cd VARCHAR, rep_id INTEGER, sales_amt DECIMAL(10,2));
-- ceil(0.25 * 10) = 3 rows: 900 (1), 750 (2), 750 (3); NULL last under DESC
INSERT INTO rk_db.result_leaders
SELECT 'PCT25', rep_id, sales_amt FROM rk_db.rep_sales ORDER BY sales_amt DESC NULLS LAST, rep_id LIMIT 3;
-- 6 rows + ties with the 6th value (450.00): 900, 750, 750, 600, 500, 450, 450
INSERT INTO rk_db.result_leaders
SELECT 'PCT60TIES', rep_id, sales_amt FROM (
  SELECT rep_id, sales_amt, RANK() OVER (ORDER BY sales_amt DESC NULLS LAST) AS rk FROM rk_db.rep_sales) x
WHERE rk <= 6;
-- deals < 5: reps 4 (600), 5 (NULL), 7 (450), 9 (300) -> ceil(0.4) = 1 row; ASC puts NULL first -> rep 5
INSERT INTO rk_db.result_leaders
SELECT 'PCT10LOW', rep_id, sales_amt FROM rk_db.rep_sales WHERE deals < 5 ORDER BY sales_amt ASC NULLS FIRST LIMIT 1;
SELECT * FROM rk_db.result_leaders ORDER BY list_cd, rep_id;
