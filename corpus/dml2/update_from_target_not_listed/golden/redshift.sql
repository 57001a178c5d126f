-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Teradata UPDATE ... FROM where the target is not repeated in FROM: the target is referenced
--    by its table name in SET/WHERE, the FROM lists only a derived table with aggregation; a second
--    UPDATE with a target alias (UPDATE t AS x FROM s) and a filter on both sides
-- source: input.sql:4  [S010]
CREATE TABLE dml2_db.region_tot (
  region VARCHAR(10) NOT NULL,
  total INTEGER,
  n_big INTEGER,
  updated CHAR(1)
)
DISTKEY(region);

-- source: input.sql:13  [S020]
CREATE TABLE dml2_db.sales_rows (
  id INTEGER NOT NULL,
  region VARCHAR(10),
  amt INTEGER
)
DISTKEY(id);

-- source: input.sql:21  [S030]
INSERT INTO dml2_db.region_tot
VALUES
  ('N', 0, 0, 'n');

-- source: input.sql:22  [S040]
INSERT INTO dml2_db.region_tot
VALUES
  ('S', 0, 0, 'n');

-- source: input.sql:23  [S050]
INSERT INTO dml2_db.region_tot
VALUES
  ('E', 99, 9, 'n');

-- source: input.sql:24  [S060]
INSERT INTO dml2_db.sales_rows
VALUES
  (1, 'N', 10);

-- source: input.sql:25  [S070]
INSERT INTO dml2_db.sales_rows
VALUES
  (2, 'N', 200);

-- source: input.sql:26  [S080]
INSERT INTO dml2_db.sales_rows
VALUES
  (3, 'S', 150);

-- source: input.sql:27  [S090]
INSERT INTO dml2_db.sales_rows
VALUES
  (4, 'S', NULL);

-- source: input.sql:28  [S100]
INSERT INTO dml2_db.sales_rows
VALUES
  (5, 'W', 5);

-- source: input.sql:30  [S110]
UPDATE dml2_db.region_tot SET total = agg.s, n_big = agg.nb, updated = 'y'
FROM (
  SELECT
    MIN(region) AS region,
    SUM(amt) AS s,
    SUM(CASE WHEN amt > 100 THEN 1 ELSE 0 END) AS nb
  FROM dml2_db.sales_rows
  GROUP BY
    UPPER(RTRIM(region))
) AS agg
WHERE
  dml2_db.region_tot.region = agg.region;

-- source: input.sql:36  [S120]
UPDATE dml2_db.region_tot AS r SET total = r.total + x.id
FROM dml2_db.sales_rows AS x
WHERE
  UPPER(RTRIM(r.region)) = UPPER(RTRIM(x.region))
  AND x.amt IS NULL
  AND UPPER(RTRIM(r.updated)) = 'Y';

-- source: input.sql:43  [S130]
CREATE TABLE dml2_db.result_upd_from2 (
  region VARCHAR(10),
  total INTEGER,
  n_big INTEGER,
  updated CHAR(1)
)
DISTKEY(region);

-- source: input.sql:52  [S140]
INSERT INTO dml2_db.result_upd_from2
SELECT
  region,
  total,
  n_big,
  updated
FROM dml2_db.region_tot;
