-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Volatile table ON COMMIT PRESERVE ROWS, CREATE TABLE AS ... WITH NO DATA then INSERT,
--    CREATE TABLE AS other_table WITH DATA, CREATE VOLATILE TABLE AS (query) WITH DATA
-- source: input.sql:3  [S010]
CREATE TABLE dml_db.items (
  item_id INTEGER NOT NULL,
  cat VARCHAR(20),
  price DECIMAL(8, 2)
)
DISTKEY(item_id);

-- source: input.sql:11  [S020]
INSERT INTO dml_db.items
VALUES
  (1, 'TOOL', 9.99);

-- source: input.sql:12  [S030]
INSERT INTO dml_db.items
VALUES
  (2, 'TOOL', 20.00);

-- source: input.sql:13  [S040]
INSERT INTO dml_db.items
VALUES
  (3, 'FOOD', 1.50);

-- source: input.sql:15  [S050]
CREATE TEMPORARY TABLE vt_cats (
  cat VARCHAR(20),
  n_items INTEGER
);

-- source: input.sql:23  [S060]
INSERT INTO vt_cats
SELECT
  MIN(cat) AS cat,
  COUNT(*)
FROM dml_db.items
GROUP BY
  UPPER(RTRIM(cat));

-- source: input.sql:25  [S070]
CREATE TABLE dml_db.items_empty AS
SELECT
  *
FROM (
  SELECT
    *
  FROM dml_db.items
) AS leapc_no_data
WHERE
  FALSE;

-- source: input.sql:26  [S080]
INSERT INTO dml_db.items_empty
SELECT
  *
FROM dml_db.items
WHERE
  price > 5;

-- source: input.sql:28  [S090]
CREATE TABLE dml_db.items_copy AS
SELECT
  *
FROM dml_db.items;

-- source: input.sql:29  [S100]
INSERT INTO dml_db.items_copy
VALUES
  (4, 'FOOD', 2.25);

-- source: input.sql:31  [S110]
CREATE TEMPORARY TABLE vt_food AS
SELECT
  item_id,
  price
FROM dml_db.items_copy
WHERE
  UPPER(RTRIM(cat)) = 'FOOD';

-- source: input.sql:36  [S120]
CREATE TABLE dml_db.result_ctas (
  src VARCHAR(24),
  k VARCHAR(20),
  id INTEGER,
  v DECIMAL(10, 2)
)
DISTKEY(src);

-- source: input.sql:45  [S130]
INSERT INTO dml_db.result_ctas
SELECT
  'vt_cats',
  cat,
  NULL,
  n_items
FROM vt_cats;

-- source: input.sql:46  [S140]
INSERT INTO dml_db.result_ctas
SELECT
  'empty',
  cat,
  item_id,
  price
FROM dml_db.items_empty;

-- source: input.sql:47  [S150]
INSERT INTO dml_db.result_ctas
SELECT
  'copy',
  MIN(cat) AS cat,
  COUNT(*),
  SUM(price)
FROM dml_db.items_copy
GROUP BY
  UPPER(RTRIM(cat));

-- source: input.sql:48  [S160]
INSERT INTO dml_db.result_ctas
SELECT
  'vt_food',
  NULL,
  item_id,
  price
FROM vt_food;
