CREATE TABLE cust_stage (cust_id INTEGER, cust_nm VARCHAR, seg_cd VARCHAR);
INSERT INTO cust_stage VALUES (1, 'Ann', 'RT'), (2, NULL, 'WS'), (3, 'Carl', NULL), (4, '', 'RT');
-- First INSERT ... SELECT hits a NULL for the NOT NULL cust_nm: the statement fails and is rolled
-- back as a whole (0 rows). RELOAD inserts 4 rows (ACTIVITYCOUNT = 4) -> DONE. '' is not NULL.
CREATE TABLE cust_dim (cust_id INTEGER, cust_nm VARCHAR, seg_cd VARCHAR, load_note VARCHAR);
INSERT INTO cust_dim SELECT cust_id, COALESCE(cust_nm, 'UNKNOWN'), seg_cd, 'reload' FROM cust_stage;
SELECT * FROM cust_dim
