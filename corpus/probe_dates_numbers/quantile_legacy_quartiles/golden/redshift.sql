-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Sales-rep quartiles per region with the legacy QUANTILE function (GROUP BY is the partition)
-- source: input.sql:2  [S010]
CREATE TABLE pdn_db.rep_sales (
  rep_id INTEGER NOT NULL,
  region CHAR(2),
  revenue DECIMAL(10, 2)
)
DISTKEY(rep_id);

-- source: input.sql:10  [S020]
INSERT INTO pdn_db.rep_sales
VALUES
  (1, 'NE', 500.00);

-- source: input.sql:11  [S030]
INSERT INTO pdn_db.rep_sales
VALUES
  (2, 'NE', 100.00);

-- source: input.sql:12  [S040]
INSERT INTO pdn_db.rep_sales
VALUES
  (3, 'NE', 300.00);

-- source: input.sql:13  [S050]
INSERT INTO pdn_db.rep_sales
VALUES
  (4, 'NE', 300.00);

-- source: input.sql:14  [S060]
INSERT INTO pdn_db.rep_sales
VALUES
  (5, 'NE', 900.00);

-- source: input.sql:15  [S070]
INSERT INTO pdn_db.rep_sales
VALUES
  (6, 'SW', 50.00);

-- source: input.sql:16  [S080]
INSERT INTO pdn_db.rep_sales
VALUES
  (7, 'SW', 75.00);

-- source: input.sql:17  [S090]
INSERT INTO pdn_db.rep_sales
VALUES
  (8, 'SW', NULL);

-- source: input.sql:19  [S100]
CREATE TABLE pdn_db.result_quartiles (
  rep_id INTEGER,
  quartile INTEGER,
  pctile INTEGER
)
DISTKEY(rep_id);

-- source: input.sql:27  [S110]
INSERT INTO pdn_db.result_quartiles
SELECT
  rep_id,
  (
    (
      RANK() OVER (PARTITION BY UPPER(RTRIM(region)) ORDER BY revenue ASC NULLS FIRST) - 1
    ) * 4 / COUNT(*) OVER (PARTITION BY UPPER(RTRIM(region)))
  ),
  (
    (
      RANK() OVER (PARTITION BY UPPER(RTRIM(region)) ORDER BY revenue ASC NULLS FIRST) - 1
    ) * 100 / COUNT(*) OVER (PARTITION BY UPPER(RTRIM(region)))
  )
FROM pdn_db.rep_sales;
