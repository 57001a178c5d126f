-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Select-list aliases reused in WHERE, GROUP BY, HAVING and later select items
-- source: input.sql:2  [S010]
CREATE TABLE qry_db.sales (
  sale_id INTEGER NOT NULL,
  code VARCHAR(20),
  amt DECIMAL(8, 2)
)
DISTKEY(sale_id);

-- source: input.sql:10  [S020]
INSERT INTO qry_db.sales
VALUES
  (1, 'AB-1', 5.00);

-- source: input.sql:11  [S030]
INSERT INTO qry_db.sales
VALUES
  (2, 'AB-2', 7.50);

-- source: input.sql:12  [S040]
INSERT INTO qry_db.sales
VALUES
  (3, 'CD-1', 4.00);

-- source: input.sql:13  [S050]
INSERT INTO qry_db.sales
VALUES
  (4, 'ZZ-9', 100.00);

-- source: input.sql:14  [S060]
INSERT INTO qry_db.sales
VALUES
  (5, 'EF-1', 30.00);

-- source: input.sql:15  [S070]
INSERT INTO qry_db.sales
VALUES
  (6, 'CD-2', 3.00);

-- source: input.sql:17  [S080]
CREATE TABLE qry_db.result_prefix (
  pfx VARCHAR(4),
  tot DECIMAL(10, 2),
  n INTEGER,
  tot_x2 DECIMAL(12, 2)
)
DISTKEY(pfx);

-- source: input.sql:26  [S090]
INSERT INTO qry_db.result_prefix
SELECT
  MIN(SUBSTRING(code FROM 1 FOR 2)) AS pfx,
  SUM(amt) AS tot,
  COUNT(*) AS n,
  SUM(amt) * 2 AS tot_x2
FROM qry_db.sales
WHERE
  UPPER(RTRIM(SUBSTRING(code FROM 1 FOR 2))) <> 'ZZ'
GROUP BY
  UPPER(RTRIM(SUBSTRING(code FROM 1 FOR 2)))
HAVING
  SUM(amt) > 10;
