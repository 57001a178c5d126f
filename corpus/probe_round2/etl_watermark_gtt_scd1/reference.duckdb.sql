CREATE SCHEMA inc_db;
CREATE TABLE inc_db.load_ctl (tbl_nm VARCHAR, last_ts TIMESTAMP);
CREATE TABLE inc_db.src_cust (cust_id INTEGER, cust_nm VARCHAR, tier VARCHAR, upd_ts TIMESTAMP, src_seq INTEGER);
CREATE TABLE inc_db.cust_dim (cust_id INTEGER, cust_nm VARCHAR, tier VARCHAR);
CREATE TABLE inc_db.gt (cust_id INTEGER, cust_nm VARCHAR, tier VARCHAR, upd_ts TIMESTAMP);
CREATE TABLE inc_db.load_audit (step_cd VARCHAR, row_cnt INTEGER, wm_ts TIMESTAMP);
INSERT INTO inc_db.load_ctl VALUES ('CUST', TIMESTAMP '2024-05-01 00:00:00');
INSERT INTO inc_db.cust_dim VALUES (1, 'Ann', 'GOLD');
INSERT INTO inc_db.cust_dim VALUES (2, 'Bob', 'BRNZ');
INSERT INTO inc_db.src_cust VALUES (1, 'Ann',   'GOLD', TIMESTAMP '2024-04-30 10:00:00', 1);
INSERT INTO inc_db.src_cust VALUES (1, 'Ann',   'PLAT', TIMESTAMP '2024-05-02 09:00:00', 2);
INSERT INTO inc_db.src_cust VALUES (1, 'Ann B', 'PLAT', TIMESTAMP '2024-05-02 09:00:00', 3);
INSERT INTO inc_db.src_cust VALUES (2, 'Bob',   'SILV', TIMESTAMP '2024-05-01 00:00:00', 4);
INSERT INTO inc_db.src_cust VALUES (3, 'Cy',    NULL,   TIMESTAMP '2024-05-03 12:00:00', 5);
INSERT INTO inc_db.src_cust VALUES (4, 'Di',    'GOLD', NULL, 6);
-- run 1
DELETE FROM inc_db.gt;
INSERT INTO inc_db.gt SELECT cust_id, cust_nm, tier, upd_ts FROM (
  SELECT s.*, ROW_NUMBER() OVER (PARTITION BY s.cust_id ORDER BY s.upd_ts DESC NULLS LAST, s.src_seq DESC NULLS LAST) AS rn
  FROM inc_db.src_cust s, inc_db.load_ctl c WHERE c.tbl_nm = 'CUST' AND s.upd_ts > c.last_ts) x WHERE rn = 1;
INSERT INTO inc_db.load_audit SELECT 'RUN1_DELTA', COUNT(*), NULL FROM inc_db.gt;
UPDATE inc_db.cust_dim t SET cust_nm = s.cust_nm, tier = s.tier FROM inc_db.gt s WHERE t.cust_id = s.cust_id;
INSERT INTO inc_db.cust_dim SELECT s.cust_id, s.cust_nm, s.tier FROM inc_db.gt s WHERE s.cust_id NOT IN (SELECT cust_id FROM inc_db.cust_dim);
UPDATE inc_db.load_ctl SET last_ts = COALESCE((SELECT MAX(upd_ts) FROM inc_db.gt), last_ts) WHERE tbl_nm = 'CUST';
INSERT INTO inc_db.src_cust VALUES (2, 'Bob', 'GOLD', TIMESTAMP '2024-05-03 12:00:00', 7);
INSERT INTO inc_db.src_cust VALUES (3, 'Cy',  'SILV', TIMESTAMP '2024-05-04 08:00:00', 8);
-- run 2
DELETE FROM inc_db.gt;
INSERT INTO inc_db.gt SELECT cust_id, cust_nm, tier, upd_ts FROM (
  SELECT s.*, ROW_NUMBER() OVER (PARTITION BY s.cust_id ORDER BY s.upd_ts DESC NULLS LAST, s.src_seq DESC NULLS LAST) AS rn
  FROM inc_db.src_cust s, inc_db.load_ctl c WHERE c.tbl_nm = 'CUST' AND s.upd_ts > c.last_ts) x WHERE rn = 1;
INSERT INTO inc_db.load_audit SELECT 'RUN2_DELTA', COUNT(*), NULL FROM inc_db.gt;
UPDATE inc_db.cust_dim t SET cust_nm = s.cust_nm, tier = s.tier FROM inc_db.gt s WHERE t.cust_id = s.cust_id;
INSERT INTO inc_db.cust_dim SELECT s.cust_id, s.cust_nm, s.tier FROM inc_db.gt s WHERE s.cust_id NOT IN (SELECT cust_id FROM inc_db.cust_dim);
UPDATE inc_db.load_ctl SET last_ts = COALESCE((SELECT MAX(upd_ts) FROM inc_db.gt), last_ts) WHERE tbl_nm = 'CUST';
-- run 3
DELETE FROM inc_db.gt;
INSERT INTO inc_db.load_audit SELECT 'RUN3_DELTA', COUNT(*), NULL FROM inc_db.gt;
UPDATE inc_db.load_ctl SET last_ts = COALESCE((SELECT MAX(upd_ts) FROM inc_db.gt), last_ts) WHERE tbl_nm = 'CUST';
INSERT INTO inc_db.load_audit SELECT 'WATERMARK', NULL, last_ts FROM inc_db.load_ctl;
INSERT INTO inc_db.load_audit SELECT 'DIM ' || TRIM(cust_nm) || '/' || COALESCE(tier, '----') || '/', cust_id, NULL FROM inc_db.cust_dim;
SELECT * FROM inc_db.load_audit ORDER BY step_cd;
