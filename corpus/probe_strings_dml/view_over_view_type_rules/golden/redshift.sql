-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Reporting through two layers of views: the view columns keep the base columns' types and
--    attributes, so NOT CASESPECIFIC comparisons, CHAR(n) pads and INTEGER division still apply
-- source: input.sql:3  [S010]
CREATE TABLE vw_db.order_line (
  line_id INTEGER NOT NULL,
  cust_cd CHAR(6),
  status VARCHAR(20),
  qty INTEGER,
  packs INTEGER
)
DISTKEY(line_id);

-- source: input.sql:13  [S020]
INSERT INTO vw_db.order_line
VALUES
  (1, 'C1', 'open', 7, 2);

-- source: input.sql:14  [S030]
INSERT INTO vw_db.order_line
VALUES
  (2, 'C22', 'OPEN', 9, 4);

-- source: input.sql:15  [S040]
INSERT INTO vw_db.order_line
VALUES
  (3, 'C333', 'Open  ', 5, 5);

-- source: input.sql:16  [S050]
INSERT INTO vw_db.order_line
VALUES
  (4, 'C1', 'closed', 8, 3);

-- source: input.sql:17  [S060]
INSERT INTO vw_db.order_line
VALUES
  (5, 'C4444', 'open', -7, 2);

-- source: input.sql:19  [S070]
CREATE VIEW vw_db.v_order_line AS
SELECT
  line_id,
  cust_cd,
  status,
  qty,
  packs
FROM vw_db.order_line;

-- source: input.sql:23  [S080]
CREATE VIEW vw_db.v_open_line (
  o_line,
  o_cust,
  o_status,
  o_per_pack
) AS
SELECT
  line_id,
  cust_cd,
  status,
  qty / packs
FROM vw_db.v_order_line
WHERE
  UPPER(RTRIM(status)) = 'OPEN';

-- source: input.sql:28  [S090]
CREATE TABLE vw_db.result_open_line (
  line_id INTEGER,
  cust_key VARCHAR(24),
  cust_len INTEGER,
  per_pack DECIMAL(6, 2)
)
DISTKEY(line_id);

-- source: input.sql:37  [S100]
INSERT INTO vw_db.result_open_line
SELECT
  o_line,
  SUBSTRING(RPAD(o_cust, 6) || '|' FROM 1 FOR 12),
  CASE WHEN o_cust IS NULL THEN NULL ELSE 6 END,
  o_per_pack
FROM vw_db.v_open_line
WHERE
  UPPER(RTRIM(o_status)) <> 'OPEN' OR UPPER(RTRIM(o_cust)) = 'C1';
