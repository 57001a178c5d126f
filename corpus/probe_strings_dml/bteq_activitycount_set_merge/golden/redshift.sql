-- Converted by leapc 0.1.0 from input.bteq (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- source: input.bteq:1  BTEQ: .LOGON (credentials removed: the runtime supplies the connection)

-- source: input.bteq:3  [S010]
CREATE TABLE ac_db.daily_sales (
  store_id INTEGER,
  sale_dt DATE,
  amt DECIMAL(10, 2)
)
DISTKEY(store_id);

-- source: input.bteq:11  [S020]
CREATE TABLE ac_db.sales_feed (
  store_id INTEGER,
  sale_dt DATE,
  amt DECIMAL(10, 2)
)
DISTKEY(store_id);

-- source: input.bteq:19  [S030]
CREATE TABLE ac_db.store_dim (
  store_id INTEGER NOT NULL,
  store_nm VARCHAR(40),
  open_flag CHAR(1)
)
DISTKEY(store_id);

-- source: input.bteq:27  [S040]
CREATE TABLE ac_db.audit_log (
  step INTEGER,
  what VARCHAR(80)
)
DISTKEY(step);

-- source: input.bteq:34  [S050]
INSERT INTO ac_db.daily_sales
SELECT
  1,
  CAST('2024-03-01' AS DATE),
  10.00
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM ac_db.daily_sales AS leapc_stored_1
    WHERE
      (
        leapc_stored_1.store_id = 1
        AND (
          leapc_stored_1.sale_dt = CAST('2024-03-01' AS DATE)
          OR (
            leapc_stored_1.sale_dt IS NULL AND CAST('2024-03-01' AS DATE) IS NULL
          )
        )
      )
      AND leapc_stored_1.amt = 10.00
  );

-- source: input.bteq:35  [S060]
INSERT INTO ac_db.sales_feed
VALUES
  (1, CAST('2024-03-01' AS DATE), 10.00);

-- source: input.bteq:36  [S070]
INSERT INTO ac_db.sales_feed
VALUES
  (2, CAST('2024-03-01' AS DATE), 20.00);

-- source: input.bteq:37  [S080]
INSERT INTO ac_db.sales_feed
VALUES
  (2, CAST('2024-03-01' AS DATE), 20.00);

-- source: input.bteq:38  [S090]
INSERT INTO ac_db.sales_feed
VALUES
  (3, CAST('2024-03-02' AS DATE), NULL);

-- source: input.bteq:39  [S100]
INSERT INTO ac_db.sales_feed
VALUES
  (3, CAST('2024-03-02' AS DATE), NULL);

-- source: input.bteq:40  [S110]
INSERT INTO ac_db.sales_feed
VALUES
  (4, CAST('2024-03-02' AS DATE), 5.00);

-- source: input.bteq:41  [S120]
INSERT INTO ac_db.store_dim
VALUES
  (1, 'North', 'Y');

-- source: input.bteq:42  [S130]
INSERT INTO ac_db.store_dim
VALUES
  (2, 'South', 'Y');

-- SET table: duplicates inside the feed and the row already stored are discarded, not counted
-- source: input.bteq:45  [S140]
INSERT INTO ac_db.daily_sales
SELECT
  store_id,
  sale_dt,
  amt
FROM ac_db.sales_feed
EXCEPT
SELECT
  *
FROM ac_db.daily_sales;

-- source: input.bteq:46  BTEQ: .IF ACTIVITYCOUNT = 3 THEN .GOTO SET_OK

-- source: input.bteq:47  [S150]
INSERT INTO ac_db.audit_log
VALUES
  (1, 'set insert count unexpected');

-- source: input.bteq:48  BTEQ: .GOTO AFTER_SET

-- source: input.bteq:49  BTEQ: .LABEL SET_OK

-- source: input.bteq:50  [S160]
INSERT INTO ac_db.audit_log
VALUES
  (1, 'set insert 3');

-- source: input.bteq:51  BTEQ: .LABEL AFTER_SET

-- source: input.bteq:53  [S170]
BEGIN;

-- source: input.bteq:54  [S180]
UPDATE ac_db.store_dim SET open_flag = 'N'
WHERE
  store_id = 99;

-- source: input.bteq:55  BTEQ: .IF ACTIVITYCOUNT <> 0 THEN .GOTO UPD_SOME

-- source: input.bteq:56  [S190]
INSERT INTO ac_db.audit_log
VALUES
  (2, 'no store 99');

-- source: input.bteq:57  BTEQ: .LABEL UPD_SOME

-- source: input.bteq:58  [S200]
DELETE FROM ac_db.daily_sales
WHERE
  EXISTS(
    SELECT
      1
    FROM ac_db.store_dim AS d
    WHERE
      d.store_id = ac_db.daily_sales.store_id AND UPPER(RTRIM(d.open_flag)) = 'Y'
  );

-- source: input.bteq:61  BTEQ: .IF ACTIVITYCOUNT = 2 THEN .GOTO DEL_OK

-- source: input.bteq:62  [S210]
INSERT INTO ac_db.audit_log
VALUES
  (3, 'delete count unexpected');

-- source: input.bteq:63  BTEQ: .GOTO AFTER_DEL

-- source: input.bteq:64  BTEQ: .LABEL DEL_OK

-- source: input.bteq:65  [S220]
INSERT INTO ac_db.audit_log
VALUES
  (3, 'deleted 2');

-- source: input.bteq:66  BTEQ: .LABEL AFTER_DEL

-- source: input.bteq:67  [S230]
COMMIT;

-- source: input.bteq:69  [S240]
MERGE INTO ac_db.store_dim
USING (
  SELECT DISTINCT
    store_id
  FROM ac_db.daily_sales
) AS s
ON store_dim.store_id = s.store_id
WHEN MATCHED THEN UPDATE SET
  open_flag = 'A'
WHEN NOT MATCHED THEN INSERT (store_id, store_nm, open_flag) VALUES (s.store_id, 'new', 'A');

-- source: input.bteq:74  BTEQ: .IF ACTIVITYCOUNT = 2 THEN .GOTO MERGE_OK

-- source: input.bteq:75  [S250]
INSERT INTO ac_db.audit_log
VALUES
  (4, 'merge count unexpected');

-- source: input.bteq:76  BTEQ: .GOTO DONE

-- source: input.bteq:77  BTEQ: .LABEL MERGE_OK

-- source: input.bteq:78  [S260]
INSERT INTO ac_db.audit_log
SELECT
  4,
  'merged ' || TRIM(CAST(COUNT(*) AS VARCHAR(5))) || ' stores'
FROM ac_db.store_dim;

-- source: input.bteq:80  BTEQ: .LABEL DONE

-- source: input.bteq:81  BTEQ: .QUIT 0
