-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- ADD_MONTHS clamps to the last day of a shorter month but never snaps month-ends forward
-- source: input.sql:2  [S010]
CREATE TABLE dt_db.contracts (
  id INTEGER NOT NULL,
  start_dt DATE,
  term_m INTEGER
)
DISTKEY(id);

-- source: input.sql:10  [S020]
INSERT INTO dt_db.contracts
VALUES
  (1, CAST('2024-01-31' AS DATE), 1);

-- source: input.sql:11  [S030]
INSERT INTO dt_db.contracts
VALUES
  (2, CAST('2023-01-31' AS DATE), 1);

-- source: input.sql:12  [S040]
INSERT INTO dt_db.contracts
VALUES
  (3, CAST('2024-02-29' AS DATE), 12);

-- source: input.sql:13  [S050]
INSERT INTO dt_db.contracts
VALUES
  (4, CAST('2023-04-30' AS DATE), 1);

-- source: input.sql:14  [S060]
INSERT INTO dt_db.contracts
VALUES
  (5, CAST('2024-03-31' AS DATE), -1);

-- source: input.sql:15  [S070]
INSERT INTO dt_db.contracts
VALUES
  (6, CAST('2024-02-29' AS DATE), 1);

-- source: input.sql:16  [S080]
INSERT INTO dt_db.contracts
VALUES
  (7, CAST('2024-06-15' AS DATE), NULL);

-- source: input.sql:18  [S090]
CREATE TABLE dt_db.result_add_months (
  "tag" VARCHAR(10),
  id INTEGER,
  plus_one DATE,
  plus_term DATE,
  minus_12 DATE
)
DISTKEY(id);

-- source: input.sql:28  [S100]
INSERT INTO dt_db.result_add_months
SELECT
  'ALL',
  id,
  CAST(DATEADD(MONTH, 1, start_dt) AS DATE),
  CAST(DATEADD(MONTH, term_m, start_dt) AS DATE),
  CAST(DATEADD(MONTH, -12, start_dt) AS DATE)
FROM dt_db.contracts;

-- source: input.sql:32  [S110]
INSERT INTO dt_db.result_add_months
SELECT
  'HIT',
  id,
  NULL,
  NULL,
  NULL
FROM dt_db.contracts
WHERE
  CAST(DATEADD(MONTH, 1, start_dt) AS DATE) = CAST('2024-03-29' AS DATE)
  OR CAST(DATEADD(MONTH, 1, start_dt) AS DATE) = CAST('2023-05-30' AS DATE);
