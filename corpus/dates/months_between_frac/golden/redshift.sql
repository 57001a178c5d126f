-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- MONTHS_BETWEEN: whole months for same day or both month-ends, else fraction of a 31-day month
-- source: input.sql:2  [S010]
CREATE TABLE dt_db.periods (
  id INTEGER NOT NULL,
  d1 DATE,
  d2 DATE
)
DISTKEY(id);

-- source: input.sql:10  [S020]
INSERT INTO dt_db.periods
VALUES
  (1, CAST('2024-03-31' AS DATE), CAST('2024-02-29' AS DATE));

-- source: input.sql:11  [S030]
INSERT INTO dt_db.periods
VALUES
  (2, CAST('2024-02-29' AS DATE), CAST('2024-01-31' AS DATE));

-- source: input.sql:12  [S040]
INSERT INTO dt_db.periods
VALUES
  (3, CAST('2024-03-15' AS DATE), CAST('2024-02-01' AS DATE));

-- source: input.sql:13  [S050]
INSERT INTO dt_db.periods
VALUES
  (4, CAST('2024-01-01' AS DATE), CAST('2024-03-01' AS DATE));

-- source: input.sql:14  [S060]
INSERT INTO dt_db.periods
VALUES
  (5, CAST('2024-02-29' AS DATE), CAST('2023-02-28' AS DATE));

-- source: input.sql:15  [S070]
INSERT INTO dt_db.periods
VALUES
  (6, CAST('2024-03-30' AS DATE), CAST('2024-02-29' AS DATE));

-- source: input.sql:16  [S080]
INSERT INTO dt_db.periods
VALUES
  (7, CAST('2024-02-01' AS DATE), CAST('2024-03-15' AS DATE));

-- source: input.sql:17  [S090]
INSERT INTO dt_db.periods
VALUES
  (8, CAST('2024-04-30' AS DATE), CAST('2024-03-31' AS DATE));

-- source: input.sql:18  [S100]
INSERT INTO dt_db.periods
VALUES
  (9, CAST('2024-03-31' AS DATE), CAST('2024-02-28' AS DATE));

-- source: input.sql:19  [S110]
INSERT INTO dt_db.periods
VALUES
  (10, NULL, CAST('2024-02-28' AS DATE));

-- source: input.sql:21  [S120]
CREATE TABLE dt_db.result_months_between (
  "tag" VARCHAR(10),
  id INTEGER,
  months DECIMAL(12, 6)
)
DISTKEY(id);

-- source: input.sql:29  [S130]
INSERT INTO dt_db.result_months_between
SELECT
  'ALL',
  id,
  (
    CAST((
      EXTRACT(YEAR FROM d1) - EXTRACT(YEAR FROM d2)
    ) * 12 + (
      EXTRACT(MONTH FROM d1) - EXTRACT(MONTH FROM d2)
    ) AS DOUBLE PRECISION) + CASE
      WHEN EXTRACT(DAY FROM d1) = EXTRACT(DAY FROM d2)
      OR (
        d1 = LAST_DAY(d1) AND d2 = LAST_DAY(d2)
      )
      THEN 0
      ELSE CAST(EXTRACT(DAY FROM d1) - EXTRACT(DAY FROM d2) AS DOUBLE PRECISION) / 31.0
    END
  )
FROM dt_db.periods;

-- source: input.sql:33  [S140]
INSERT INTO dt_db.result_months_between
SELECT
  'WHOLE',
  id,
  NULL
FROM dt_db.periods
WHERE
  (
    CAST((
      EXTRACT(YEAR FROM d1) - EXTRACT(YEAR FROM d2)
    ) * 12 + (
      EXTRACT(MONTH FROM d1) - EXTRACT(MONTH FROM d2)
    ) AS DOUBLE PRECISION) + CASE
      WHEN EXTRACT(DAY FROM d1) = EXTRACT(DAY FROM d2)
      OR (
        d1 = LAST_DAY(d1) AND d2 = LAST_DAY(d2)
      )
      THEN 0
      ELSE CAST(EXTRACT(DAY FROM d1) - EXTRACT(DAY FROM d2) AS DOUBLE PRECISION) / 31.0
    END
  ) = 1;
