-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- INTEGER and FLOAT to DECIMAL: integers gain a zero scale, FLOAT rounds to the nearest
--    (no halfway values), INTEGER arithmetic stays integer until the cast
-- source: input.sql:3  [S010]
CREATE TABLE typ_db.ratios (
  id INTEGER NOT NULL,
  num INTEGER,
  den INTEGER,
  f DOUBLE PRECISION
)
DISTKEY(id);

-- source: input.sql:12  [S020]
INSERT INTO typ_db.ratios
VALUES
  (1, 1, 3, 3.14159E0);

-- source: input.sql:13  [S030]
INSERT INTO typ_db.ratios
VALUES
  (2, 2, 3, -2.71828E0);

-- source: input.sql:14  [S040]
INSERT INTO typ_db.ratios
VALUES
  (3, 7, 2, 1.0E-3);

-- source: input.sql:15  [S050]
INSERT INTO typ_db.ratios
VALUES
  (4, -7, 2, 12345.6789E0);

-- source: input.sql:16  [S060]
INSERT INTO typ_db.ratios
VALUES
  (5, NULL, 4, NULL);

-- source: input.sql:18  [S070]
CREATE TABLE typ_db.result_to_dec (
  id INTEGER,
  num_dec DECIMAL(8, 2),
  int_quot DECIMAL(8, 2),
  dec_quot DECIMAL(8, 2),
  f_dec DECIMAL(10, 2),
  f_dec4 DECIMAL(12, 4)
)
DISTKEY(id);

-- source: input.sql:29  [S080]
INSERT INTO typ_db.result_to_dec
SELECT
  id,
  CAST(num AS DECIMAL(8, 2)),
  CAST(num / den AS DECIMAL(8, 2)),
  CASE
    WHEN ABS(
      (
        CAST(num AS DECIMAL(8, 2)) / den * 100
      ) - TRUNC((
        CAST(num AS DECIMAL(8, 2)) / den * 100
      ))
    ) = 0.5
    THEN (
      TRUNC((
        CAST(num AS DECIMAL(8, 2)) / den * 100
      )) + TRUNC((
        CAST(num AS DECIMAL(8, 2)) / den * 100
      )) % 2
    ) / 100
    ELSE ROUND(CAST(num AS DECIMAL(8, 2)) / den, 2)
  END,
  CAST(f AS DECIMAL(10, 2)),
  CAST(f AS DECIMAL(12, 4))
FROM typ_db.ratios;
