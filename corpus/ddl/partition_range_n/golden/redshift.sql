-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- PARTITION BY RANGE_N with NO RANGE OR UNKNOWN: partitioning is physical only; rows outside the
--    ranges and NULL partitioning values land in the catch-all partition and are queried normally.
--    CASE_N partitioning on a second table; DELETE by range.
-- source: input.sql:4  [S010]
CREATE TABLE ddl_db.events (
  ev_id INTEGER NOT NULL,
  ev_dt DATE,
  amt DECIMAL(8, 2)
)
DISTKEY(ev_id)
SORTKEY(ev_dt);

-- source: input.sql:14  [S020]
CREATE TABLE ddl_db.sizes (
  id INTEGER NOT NULL,
  qty INTEGER
)
DISTKEY(id)
SORTKEY(qty);

-- source: input.sql:22  [S030]
INSERT INTO ddl_db.events
VALUES
  (1, CAST('2024-01-15' AS DATE), 10.00);

-- source: input.sql:23  [S040]
INSERT INTO ddl_db.events
VALUES
  (2, CAST('2024-01-31' AS DATE), 5.00);

-- source: input.sql:24  [S050]
INSERT INTO ddl_db.events
VALUES
  (3, CAST('2024-02-29' AS DATE), 7.50);

-- source: input.sql:25  [S060]
INSERT INTO ddl_db.events
VALUES
  (4, CAST('2023-12-31' AS DATE), 1.00);

-- source: input.sql:26  [S070]
INSERT INTO ddl_db.events
VALUES
  (5, NULL, 2.00);

-- source: input.sql:27  [S080]
INSERT INTO ddl_db.events
VALUES
  (6, CAST('2025-01-01' AS DATE), 3.00);

-- source: input.sql:28  [S090]
INSERT INTO ddl_db.sizes
VALUES
  (1, 5);

-- source: input.sql:29  [S100]
INSERT INTO ddl_db.sizes
VALUES
  (2, 50);

-- source: input.sql:30  [S110]
INSERT INTO ddl_db.sizes
VALUES
  (3, 500);

-- source: input.sql:31  [S120]
INSERT INTO ddl_db.sizes
VALUES
  (4, NULL);

-- source: input.sql:33  [S130]
DELETE FROM ddl_db.events
WHERE
  ev_dt BETWEEN CAST('2024-02-01' AS DATE) AND CAST('2024-02-29' AS DATE);

-- source: input.sql:34  [S140]
DELETE FROM ddl_db.sizes
WHERE
  qty < 10;

-- source: input.sql:36  [S150]
CREATE TABLE ddl_db.result_ppi (
  src VARCHAR(12),
  mon INTEGER,
  n INTEGER,
  total DECIMAL(10, 2)
)
DISTKEY(src);

-- source: input.sql:45  [S160]
INSERT INTO ddl_db.result_ppi
SELECT
  'events',
  EXTRACT(MONTH FROM ev_dt),
  COUNT(*),
  SUM(amt)
FROM ddl_db.events
GROUP BY
  2;

-- source: input.sql:50  [S170]
INSERT INTO ddl_db.result_ppi
SELECT
  'sizes',
  NULL,
  COUNT(*),
  SUM(qty)
FROM ddl_db.sizes;
