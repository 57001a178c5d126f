CREATE SCHEMA mc_db;
CREATE TABLE mc_db.orders (order_id INTEGER, cust_id INTEGER, region VARCHAR, order_dt DATE, amt DECIMAL(10,2));
CREATE TABLE mc_db.result_window (asof_dt DATE, order_id INTEGER, region VARCHAR, amt DECIMAL(10,2));
INSERT INTO mc_db.orders VALUES (1, 100, 'EAST', DATE '2024-01-25', 50.00);
INSERT INTO mc_db.orders VALUES (2, 100, 'east', DATE '2024-01-30', 80.00);
INSERT INTO mc_db.orders VALUES (3, 101, 'EAST', DATE '2024-01-20', 70.00);
INSERT INTO mc_db.orders VALUES (4, 101, 'East', DATE '2024-01-21', 20.00);
INSERT INTO mc_db.orders VALUES (5, 102, 'WEST', DATE '2024-01-28', 60.00);
INSERT INTO mc_db.orders VALUES (6, 102, 'WEST', DATE '2024-02-10', 90.00);
INSERT INTO mc_db.orders VALUES (7, 103, NULL,   DATE '2024-02-12', 40.00);
INSERT INTO mc_db.orders VALUES (8, 100, 'EAST', DATE '2024-02-15', 80.00);
-- EXEC 1: 2024-01-31, 10 days, EAST (case-blind)
DELETE FROM mc_db.result_window WHERE asof_dt = DATE '2024-01-31';
INSERT INTO mc_db.result_window
SELECT DATE '2024-01-31', order_id, region, amt FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY cust_id ORDER BY amt DESC) AS rn FROM mc_db.orders
  WHERE order_dt BETWEEN DATE '2024-01-31' - 10 AND DATE '2024-01-31' AND UPPER(region) = 'EAST') x WHERE rn = 1;
-- EXEC 2: 2024-02-15, default 7 days, no region filter
DELETE FROM mc_db.result_window WHERE asof_dt = DATE '2024-02-15';
INSERT INTO mc_db.result_window
SELECT DATE '2024-02-15', order_id, region, amt FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY cust_id ORDER BY amt DESC) AS rn FROM mc_db.orders
  WHERE order_dt BETWEEN DATE '2024-02-15' - 7 AND DATE '2024-02-15') x WHERE rn = 1;
-- EXEC 3: 2024-01-31 again, default 7 days, WEST
DELETE FROM mc_db.result_window WHERE asof_dt = DATE '2024-01-31';
INSERT INTO mc_db.result_window
SELECT DATE '2024-01-31', order_id, region, amt FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY cust_id ORDER BY amt DESC) AS rn FROM mc_db.orders
  WHERE order_dt BETWEEN DATE '2024-01-31' - 7 AND DATE '2024-01-31' AND UPPER(region) = 'WEST') x WHERE rn = 1;
SELECT * FROM mc_db.result_window ORDER BY asof_dt, order_id;
