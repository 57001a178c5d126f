-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Case-sensitive SKUs ('ab-1' and 'AB-1' are different products) read through a CTE and a derived
--    table: the CASESPECIFIC attribute travels with the column, so filters and groups stay exact
-- source: input.sql:3  [S010]
CREATE TABLE cs_db.sku_sale (
  sale_id INTEGER NOT NULL,
  sku VARCHAR(24),
  qty INTEGER
)
DISTKEY(sale_id);

-- source: input.sql:11  [S020]
INSERT INTO cs_db.sku_sale
VALUES
  (1, 'AB-1', 5);

-- source: input.sql:12  [S030]
INSERT INTO cs_db.sku_sale
VALUES
  (2, 'ab-1', 3);

-- source: input.sql:13  [S040]
INSERT INTO cs_db.sku_sale
VALUES
  (3, 'AB-1', 2);

-- source: input.sql:14  [S050]
INSERT INTO cs_db.sku_sale
VALUES
  (4, 'Ab-1', 1);

-- source: input.sql:15  [S060]
INSERT INTO cs_db.sku_sale
VALUES
  (5, 'CD-2', 4);

-- source: input.sql:16  [S070]
INSERT INTO cs_db.sku_sale
VALUES
  (6, 'cd-2', NULL);

-- source: input.sql:18  [S080]
CREATE TABLE cs_db.result_sku_qty (
  sku VARCHAR(24),
  sale_cnt INTEGER,
  total_qty INTEGER
)
DISTKEY(sku);

-- source: input.sql:26  [S090]
INSERT INTO cs_db.result_sku_qty
WITH recent AS (
  SELECT
    sku,
    qty
  FROM cs_db.sku_sale
  WHERE
    sale_id > 0
)
SELECT
  MIN(d.sku) AS sku,
  COUNT(*),
  SUM(d.qty)
FROM (
  SELECT
    sku,
    qty
  FROM recent
  WHERE
    RTRIM(sku) <> 'cd-2'
) AS d
WHERE
  d.sku LIKE 'A%' OR RTRIM(d.sku) = 'CD-2'
GROUP BY
  RTRIM(d.sku);
