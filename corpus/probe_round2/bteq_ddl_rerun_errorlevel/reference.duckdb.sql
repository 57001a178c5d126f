CREATE SCHEMA ld_db;
CREATE TABLE ld_db.load_log (step_no INTEGER, note VARCHAR, n INTEGER);
CREATE TABLE ld_db.stg_orders (order_id INTEGER, amt DECIMAL(10,2));
INSERT INTO ld_db.stg_orders VALUES (1, 10.00);
INSERT INTO ld_db.stg_orders VALUES (2, 20.00);
INSERT INTO ld_db.stg_orders VALUES (3, NULL);
-- CREATE again -> 3803, table untouched -> GOTO STG_EXISTS
INSERT INTO ld_db.load_log SELECT 1, 'stg reused', COUNT(*) FROM ld_db.stg_orders;
-- ERRORLEVEL still 8 (3803) -> GOTO HAD_ERROR; ERRORCODE is 0 there
-- DROP missing -> 3807 -> THEN CREATE stg_orders_old
CREATE TABLE ld_db.stg_orders_old (order_id INTEGER, amt DECIMAL(10,2));
INSERT INTO ld_db.stg_orders_old SELECT order_id, amt FROM ld_db.stg_orders WHERE amt IS NOT NULL;
INSERT INTO ld_db.load_log SELECT 3, 'archived', COUNT(*) FROM ld_db.stg_orders_old;
SELECT * FROM ld_db.load_log ORDER BY step_no;
