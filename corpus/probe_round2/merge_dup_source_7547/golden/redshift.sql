-- Converted by leapc 0.1.0 from input.bteq (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- source: input.bteq:1  BTEQ: .LOGON (credentials removed: the runtime supplies the connection)

-- source: input.bteq:2  BTEQ: .SET WIDTH 200

-- Price sync: a feed with two rows for one product makes the join-UPDATE and the MERGE fail (7547);
--    the script detects it and re-runs with the feed deduplicated to the latest row per product
-- source: input.bteq:6  [S010]
CREATE TABLE px_db.product_dim (
  prod_id INTEGER NOT NULL,
  prod_nm VARCHAR(40),
  list_price DECIMAL(8, 2),
  upd_cnt INTEGER
)
DISTKEY(prod_id);

-- source: input.bteq:15  [S020]
CREATE TABLE px_db.price_feed (
  prod_id INTEGER,
  new_price DECIMAL(8, 2),
  load_ts TIMESTAMP
)
DISTKEY(prod_id);

-- source: input.bteq:23  [S030]
CREATE TABLE px_db.sync_audit (
  step_no INTEGER,
  note VARCHAR(60),
  prod_id INTEGER,
  list_price DECIMAL(8, 2),
  upd_cnt INTEGER
)
DISTKEY(step_no);

-- source: input.bteq:33  [S040]
INSERT INTO px_db.product_dim
VALUES
  (1, 'Bolt', 1.10, 0);

-- source: input.bteq:34  [S050]
INSERT INTO px_db.product_dim
VALUES
  (2, 'Nut', 0.40, 0);

-- source: input.bteq:35  [S060]
INSERT INTO px_db.product_dim
VALUES
  (3, 'Washer', 0.05, 0);

-- source: input.bteq:37  [S070]
INSERT INTO px_db.price_feed
VALUES
  (1, 1.25, CAST('2024-06-01 08:00:00' AS TIMESTAMP));

-- source: input.bteq:38  [S080]
INSERT INTO px_db.price_feed
VALUES
  (2, 0.45, CAST('2024-06-01 08:00:00' AS TIMESTAMP));

-- source: input.bteq:39  [S090]
INSERT INTO px_db.price_feed
VALUES
  (2, 0.50, CAST('2024-06-01 09:30:00' AS TIMESTAMP));

-- source: input.bteq:40  [S100]
INSERT INTO px_db.price_feed
VALUES
  (4, 2.00, CAST('2024-06-01 10:00:00' AS TIMESTAMP));

-- source: input.bteq:42  [S110]
UPDATE px_db.product_dim AS d SET list_price = f.new_price, upd_cnt = d.upd_cnt + 1
FROM px_db.price_feed AS f
WHERE
  d.prod_id = f.prod_id;

-- source: input.bteq:47  BTEQ: .IF ERRORCODE = 7547 THEN .GOTO UPD_DUP

-- source: input.bteq:48  [S120]
INSERT INTO px_db.sync_audit
VALUES
  (1, 'update ok', NULL, NULL, NULL);

-- source: input.bteq:49  BTEQ: .GOTO TRY_MERGE

-- source: input.bteq:50  BTEQ: .LABEL UPD_DUP

-- source: input.bteq:51  [S130]
INSERT INTO px_db.sync_audit
VALUES
  (1, 'update 7547', NULL, NULL, NULL);

-- source: input.bteq:53  BTEQ: .LABEL TRY_MERGE

-- source: input.bteq:54  [S140]
MERGE INTO px_db.product_dim
USING px_db.price_feed AS f
ON product_dim.prod_id = f.prod_id
WHEN MATCHED THEN UPDATE SET
  list_price = f.new_price,
  upd_cnt = product_dim.upd_cnt + 1
WHEN NOT MATCHED THEN INSERT (prod_id, prod_nm, list_price, upd_cnt) VALUES (f.prod_id, 'NEW', f.new_price, 0);

-- source: input.bteq:60  BTEQ: .IF ERRORCODE <> 0 THEN .GOTO MERGE_DEDUP

-- source: input.bteq:61  [S150]
INSERT INTO px_db.sync_audit
VALUES
  (2, 'merge ok', NULL, NULL, NULL);

-- source: input.bteq:62  BTEQ: .GOTO SNAPSHOT

-- source: input.bteq:64  BTEQ: .LABEL MERGE_DEDUP

-- source: input.bteq:65  [S160]
INSERT INTO px_db.sync_audit
VALUES
  (2, 'merge failed', NULL, NULL, NULL);

-- source: input.bteq:66  [S170]
MERGE INTO px_db.product_dim
USING (
  SELECT
    prod_id,
    new_price
  FROM (
    SELECT
      prod_id,
      new_price,
      ROW_NUMBER() OVER (PARTITION BY prod_id ORDER BY load_ts DESC NULLS LAST) AS leapc_w_13
    FROM px_db.price_feed
  ) AS leapc_t_14
  WHERE
    leapc_w_13 = 1
) AS f
ON product_dim.prod_id = f.prod_id
WHEN MATCHED THEN UPDATE SET
  list_price = f.new_price,
  upd_cnt = product_dim.upd_cnt + 1
WHEN NOT MATCHED THEN INSERT (prod_id, prod_nm, list_price, upd_cnt) VALUES (f.prod_id, 'NEW', f.new_price, 0);

-- source: input.bteq:75  BTEQ: .LABEL SNAPSHOT

-- source: input.bteq:76  [S180]
INSERT INTO px_db.sync_audit
SELECT
  3,
  prod_nm,
  prod_id,
  list_price,
  upd_cnt
FROM px_db.product_dim;

-- source: input.bteq:78  BTEQ: .QUIT 0
