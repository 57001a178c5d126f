-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- DATE - DATE is an INTEGER day count: stored, compared in WHERE and summed
-- source: input.sql:2  [S010]
CREATE TABLE dt_db.shipments (
  order_id INTEGER NOT NULL,
  order_dt DATE,
  ship_dt DATE
)
DISTKEY(order_id);

-- source: input.sql:10  [S020]
INSERT INTO dt_db.shipments
VALUES
  (1, CAST('2024-02-27' AS DATE), CAST('2024-03-01' AS DATE));

-- source: input.sql:11  [S030]
INSERT INTO dt_db.shipments
VALUES
  (2, CAST('2023-02-27' AS DATE), CAST('2023-03-01' AS DATE));

-- source: input.sql:12  [S040]
INSERT INTO dt_db.shipments
VALUES
  (3, CAST('2023-12-31' AS DATE), CAST('2024-01-01' AS DATE));

-- source: input.sql:13  [S050]
INSERT INTO dt_db.shipments
VALUES
  (4, CAST('2024-03-10' AS DATE), CAST('2024-03-05' AS DATE));

-- source: input.sql:14  [S060]
INSERT INTO dt_db.shipments
VALUES
  (5, CAST('2024-01-01' AS DATE), NULL);

-- source: input.sql:15  [S070]
INSERT INTO dt_db.shipments
VALUES
  (6, CAST('2023-03-01' AS DATE), CAST('2024-03-01' AS DATE));

-- source: input.sql:17  [S080]
CREATE TABLE dt_db.result_ship_days (
  label VARCHAR(20),
  order_id INTEGER,
  days INTEGER
)
DISTKEY(order_id);

-- source: input.sql:25  [S090]
INSERT INTO dt_db.result_ship_days
SELECT
  'EACH',
  order_id,
  ship_dt - order_dt
FROM dt_db.shipments;

-- source: input.sql:29  [S100]
INSERT INTO dt_db.result_ship_days
SELECT
  'LATE',
  order_id,
  NULL
FROM dt_db.shipments
WHERE
  ship_dt - order_dt > 2;

-- source: input.sql:34  [S110]
INSERT INTO dt_db.result_ship_days
SELECT
  'TOTAL',
  COUNT(*),
  SUM(ship_dt - order_dt)
FROM dt_db.shipments
WHERE
  ship_dt - order_dt BETWEEN 1 AND 3;
