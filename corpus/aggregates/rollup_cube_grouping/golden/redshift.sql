-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- ROLLUP, CUBE and GROUPING SETS with GROUPING() telling real NULL keys from subtotal rows
-- source: input.sql:2  [S010]
CREATE TABLE agg_db.sales (
  id INTEGER NOT NULL,
  region VARCHAR(12),
  prod VARCHAR(12),
  qty INTEGER
)
DISTKEY(id);

-- source: input.sql:11  [S020]
INSERT INTO agg_db.sales
VALUES
  (1, 'EAST', 'PEN', 10);

-- source: input.sql:12  [S030]
INSERT INTO agg_db.sales
VALUES
  (2, 'EAST', 'INK', 5);

-- source: input.sql:13  [S040]
INSERT INTO agg_db.sales
VALUES
  (3, 'WEST', 'PEN', 7);

-- source: input.sql:14  [S050]
INSERT INTO agg_db.sales
VALUES
  (4, NULL, 'PEN', 1);

-- source: input.sql:15  [S060]
INSERT INTO agg_db.sales
VALUES
  (5, 'WEST', NULL, 2);

-- source: input.sql:17  [S070]
CREATE TABLE agg_db.result_grouping (
  kind VARCHAR(12),
  region VARCHAR(12),
  prod VARCHAR(12),
  g_region INTEGER,
  g_prod INTEGER,
  total INTEGER,
  n INTEGER
)
DISTKEY(kind);

-- source: input.sql:29  [S080]
INSERT INTO agg_db.result_grouping
SELECT
  'ROLLUP',
  region,
  prod,
  GROUPING(region),
  GROUPING(prod),
  SUM(qty),
  COUNT(*)
FROM agg_db.sales
GROUP BY
  ROLLUP (
    region,
    prod
  );

-- source: input.sql:34  [S090]
INSERT INTO agg_db.result_grouping
SELECT
  'CUBE',
  region,
  NULL,
  GROUPING(region),
  1,
  SUM(qty),
  COUNT(*)
FROM agg_db.sales
GROUP BY
  CUBE (
    region
  );

-- source: input.sql:39  [S100]
INSERT INTO agg_db.result_grouping
SELECT
  'SETS',
  region,
  prod,
  GROUPING(region),
  GROUPING(prod),
  SUM(qty),
  COUNT(*)
FROM agg_db.sales
GROUP BY
  GROUPING SETS (
    (
      region
    ),
    (
      prod
    ),
    ()
  );
