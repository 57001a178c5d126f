CREATE SCHEMA px_db;
CREATE TABLE px_db.product_dim (prod_id INTEGER, prod_nm VARCHAR, list_price DECIMAL(8,2), upd_cnt INTEGER);
CREATE TABLE px_db.price_feed (prod_id INTEGER, new_price DECIMAL(8,2), load_ts TIMESTAMP);
CREATE TABLE px_db.sync_audit (step_no INTEGER, note VARCHAR, prod_id INTEGER, list_price DECIMAL(8,2), upd_cnt INTEGER);
INSERT INTO px_db.product_dim VALUES (1, 'Bolt',   1.10, 0);
INSERT INTO px_db.product_dim VALUES (2, 'Nut',    0.40, 0);
INSERT INTO px_db.product_dim VALUES (3, 'Washer', 0.05, 0);
INSERT INTO px_db.price_feed VALUES (1, 1.25, TIMESTAMP '2024-06-01 08:00:00');
INSERT INTO px_db.price_feed VALUES (2, 0.45, TIMESTAMP '2024-06-01 08:00:00');
INSERT INTO px_db.price_feed VALUES (2, 0.50, TIMESTAMP '2024-06-01 09:30:00');
INSERT INTO px_db.price_feed VALUES (4, 2.00, TIMESTAMP '2024-06-01 10:00:00');
-- UPDATE ... FROM: product 2 matched twice -> 7547, rolled back
INSERT INTO px_db.sync_audit VALUES (1, 'update 7547', NULL, NULL, NULL);
-- first MERGE: same duplicate -> 7547, rolled back (no insert of 4 either)
INSERT INTO px_db.sync_audit VALUES (2, 'merge failed', NULL, NULL, NULL);
-- deduplicated MERGE
UPDATE px_db.product_dim SET list_price = 1.25, upd_cnt = upd_cnt + 1 WHERE prod_id = 1;
UPDATE px_db.product_dim SET list_price = 0.50, upd_cnt = upd_cnt + 1 WHERE prod_id = 2;
INSERT INTO px_db.product_dim VALUES (4, 'NEW', 2.00, 0);
INSERT INTO px_db.sync_audit SELECT 3, prod_nm, prod_id, list_price, upd_cnt FROM px_db.product_dim;
SELECT * FROM px_db.sync_audit ORDER BY step_no, prod_id;
