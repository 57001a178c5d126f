-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Status cleansing on a NOT CASESPECIFIC column: simple CASE and NULLIF compare like '=' does
--    (case-blind, trailing blanks ignored), so 'OPEN', 'Open ' and 'open' are one status
-- source: input.sql:3  [S010]
CREATE TABLE sd_db.order_raw (
  ord_id INTEGER NOT NULL,
  status_cd VARCHAR(20),
  region_cd VARCHAR(12),
  amount DECIMAL(10, 2)
)
DISTKEY(ord_id);

-- source: input.sql:12  [S020]
INSERT INTO sd_db.order_raw
VALUES
  (1, 'open', 'EU', 10.00);

-- source: input.sql:13  [S030]
INSERT INTO sd_db.order_raw
VALUES
  (2, 'OPEN', 'eu ', 20.00);

-- source: input.sql:14  [S040]
INSERT INTO sd_db.order_raw
VALUES
  (3, 'Open  ', '', 30.00);

-- source: input.sql:15  [S050]
INSERT INTO sd_db.order_raw
VALUES
  (4, 'closed', '   ', 40.00);

-- source: input.sql:16  [S060]
INSERT INTO sd_db.order_raw
VALUES
  (5, 'N/A', 'APAC', 50.00);

-- source: input.sql:17  [S070]
INSERT INTO sd_db.order_raw
VALUES
  (6, 'n/a', NULL, 60.00);

-- source: input.sql:18  [S080]
INSERT INTO sd_db.order_raw
VALUES
  (7, NULL, 'us', 70.00);

-- source: input.sql:19  [S090]
INSERT INTO sd_db.order_raw
VALUES
  (8, 'Closed', 'US', 80.00);

-- source: input.sql:21  [S100]
CREATE TABLE sd_db.result_status_clean (
  ord_id INTEGER,
  status_grp CHAR(1),
  is_na CHAR(1),
  region_std VARCHAR(12),
  region_key VARCHAR(12)
)
DISTKEY(ord_id);

-- source: input.sql:31  [S110]
INSERT INTO sd_db.result_status_clean
SELECT
  ord_id,
  CASE UPPER(RTRIM(status_cd)) WHEN 'OPEN' THEN 'O' WHEN 'CLOSED' THEN 'C' ELSE 'X' END,
  CASE
    WHEN CASE WHEN UPPER(RTRIM(status_cd)) = 'N/A' THEN NULL ELSE status_cd END IS NULL
    THEN 'Y'
    ELSE 'N'
  END,
  UPPER(CASE WHEN UPPER(RTRIM(region_cd)) = '' THEN NULL ELSE region_cd END),
  CASE UPPER(RTRIM(region_cd))
    WHEN 'EU'
    THEN 'EMEA'
    WHEN ''
    THEN 'NONE'
    ELSE UPPER(region_cd)
  END
FROM sd_db.order_raw;
