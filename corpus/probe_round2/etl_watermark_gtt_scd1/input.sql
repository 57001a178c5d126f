/* Incremental SCD1 load driven by a watermark: delta staged in a global temporary table that is
   emptied and reused for every run, deduplicated, merged, counted in an audit table */
CREATE MULTISET TABLE inc_db.load_ctl
(
    tbl_nm    VARCHAR(20) NOT NULL,
    last_ts   TIMESTAMP(0)
)
UNIQUE PRIMARY INDEX ( tbl_nm );

CREATE MULTISET TABLE inc_db.src_cust
(
    cust_id   INTEGER,
    cust_nm   VARCHAR(20),
    tier      CHAR(4),
    upd_ts    TIMESTAMP(0),
    src_seq   INTEGER
)
PRIMARY INDEX ( cust_id );

CREATE MULTISET TABLE inc_db.cust_dim
(
    cust_id   INTEGER NOT NULL,
    cust_nm   VARCHAR(20),
    tier      CHAR(4)
)
UNIQUE PRIMARY INDEX ( cust_id );

CREATE GLOBAL TEMPORARY TABLE inc_db.gt_cust_delta
(
    cust_id   INTEGER,
    cust_nm   VARCHAR(20),
    tier      CHAR(4),
    upd_ts    TIMESTAMP(0)
)
PRIMARY INDEX ( cust_id )
ON COMMIT PRESERVE ROWS;

CREATE MULTISET TABLE inc_db.load_audit
(
    step_cd   VARCHAR(30),
    row_cnt   INTEGER,
    wm_ts     TIMESTAMP(0)
)
PRIMARY INDEX ( step_cd );

INSERT INTO inc_db.load_ctl VALUES ('CUST', TIMESTAMP '2024-05-01 00:00:00');
INSERT INTO inc_db.cust_dim VALUES (1, 'Ann', 'GOLD');
INSERT INTO inc_db.cust_dim VALUES (2, 'Bob', 'BRNZ');

INSERT INTO inc_db.src_cust VALUES (1, 'Ann',   'GOLD', TIMESTAMP '2024-04-30 10:00:00', 1);
INSERT INTO inc_db.src_cust VALUES (1, 'Ann',   'PLAT', TIMESTAMP '2024-05-02 09:00:00', 2);
INSERT INTO inc_db.src_cust VALUES (1, 'Ann B', 'PLAT', TIMESTAMP '2024-05-02 09:00:00', 3);
INSERT INTO inc_db.src_cust VALUES (2, 'Bob',   'SILV', TIMESTAMP '2024-05-01 00:00:00', 4);
INSERT INTO inc_db.src_cust VALUES (3, 'Cy',    NULL,   TIMESTAMP '2024-05-03 12:00:00', 5);
INSERT INTO inc_db.src_cust VALUES (4, 'Di',    'GOLD', NULL, 6);

/* ---- run 1 ---- */
DELETE FROM inc_db.gt_cust_delta ALL;
INSERT INTO inc_db.gt_cust_delta
SELECT s.cust_id, s.cust_nm, s.tier, s.upd_ts
FROM inc_db.src_cust s, inc_db.load_ctl c
WHERE c.tbl_nm = 'CUST'
  AND s.upd_ts > c.last_ts
QUALIFY ROW_NUMBER() OVER (PARTITION BY s.cust_id ORDER BY s.upd_ts DESC, s.src_seq DESC) = 1;

INSERT INTO inc_db.load_audit SELECT 'RUN1_DELTA', COUNT(*), NULL FROM inc_db.gt_cust_delta;

MERGE INTO inc_db.cust_dim t
USING inc_db.gt_cust_delta s
   ON t.cust_id = s.cust_id
WHEN MATCHED THEN UPDATE SET cust_nm = s.cust_nm, tier = s.tier
WHEN NOT MATCHED THEN INSERT VALUES (s.cust_id, s.cust_nm, s.tier);

UPDATE inc_db.load_ctl
SET last_ts = COALESCE((SELECT MAX(upd_ts) FROM inc_db.gt_cust_delta), last_ts)
WHERE tbl_nm = 'CUST';

/* ---- new feed rows arrive ---- */
INSERT INTO inc_db.src_cust VALUES (2, 'Bob', 'GOLD', TIMESTAMP '2024-05-03 12:00:00', 7);
INSERT INTO inc_db.src_cust VALUES (3, 'Cy',  'SILV', TIMESTAMP '2024-05-04 08:00:00', 8);

/* ---- run 2 ---- */
DELETE FROM inc_db.gt_cust_delta ALL;
INSERT INTO inc_db.gt_cust_delta
SELECT s.cust_id, s.cust_nm, s.tier, s.upd_ts
FROM inc_db.src_cust s, inc_db.load_ctl c
WHERE c.tbl_nm = 'CUST'
  AND s.upd_ts > c.last_ts
QUALIFY ROW_NUMBER() OVER (PARTITION BY s.cust_id ORDER BY s.upd_ts DESC, s.src_seq DESC) = 1;

INSERT INTO inc_db.load_audit SELECT 'RUN2_DELTA', COUNT(*), NULL FROM inc_db.gt_cust_delta;

MERGE INTO inc_db.cust_dim t
USING inc_db.gt_cust_delta s
   ON t.cust_id = s.cust_id
WHEN MATCHED THEN UPDATE SET cust_nm = s.cust_nm, tier = s.tier
WHEN NOT MATCHED THEN INSERT VALUES (s.cust_id, s.cust_nm, s.tier);

UPDATE inc_db.load_ctl
SET last_ts = COALESCE((SELECT MAX(upd_ts) FROM inc_db.gt_cust_delta), last_ts)
WHERE tbl_nm = 'CUST';

/* ---- run 3: nothing new ---- */
DELETE FROM inc_db.gt_cust_delta ALL;
INSERT INTO inc_db.gt_cust_delta
SELECT s.cust_id, s.cust_nm, s.tier, s.upd_ts
FROM inc_db.src_cust s, inc_db.load_ctl c
WHERE c.tbl_nm = 'CUST'
  AND s.upd_ts > c.last_ts
QUALIFY ROW_NUMBER() OVER (PARTITION BY s.cust_id ORDER BY s.upd_ts DESC, s.src_seq DESC) = 1;

INSERT INTO inc_db.load_audit SELECT 'RUN3_DELTA', COUNT(*), NULL FROM inc_db.gt_cust_delta;

UPDATE inc_db.load_ctl
SET last_ts = COALESCE((SELECT MAX(upd_ts) FROM inc_db.gt_cust_delta), last_ts)
WHERE tbl_nm = 'CUST';

INSERT INTO inc_db.load_audit SELECT 'WATERMARK', NULL, last_ts FROM inc_db.load_ctl;
INSERT INTO inc_db.load_audit
SELECT 'DIM ' || TRIM(cust_nm) || '/' || COALESCE(tier, '----') || '/', cust_id, NULL
FROM inc_db.cust_dim;
