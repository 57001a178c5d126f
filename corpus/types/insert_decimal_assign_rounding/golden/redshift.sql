-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Storing a wider-scale DECIMAL (column or SUM) into a narrower DECIMAL column rounds on
--    assignment, halfway values to even; an INTEGER target truncates
-- source: input.sql:3  [S010]
CREATE TABLE typ_db.lines (
  id INTEGER NOT NULL,
  grp VARCHAR(8),
  price DECIMAL(10, 3)
)
DISTKEY(id);

-- source: input.sql:11  [S020]
INSERT INTO typ_db.lines
VALUES
  (1, 'A', 1.005);

-- source: input.sql:12  [S030]
INSERT INTO typ_db.lines
VALUES
  (2, 'A', 0.010);

-- source: input.sql:13  [S040]
INSERT INTO typ_db.lines
VALUES
  (3, 'B', 1.015);

-- source: input.sql:14  [S050]
INSERT INTO typ_db.lines
VALUES
  (4, 'B', 0.010);

-- source: input.sql:15  [S060]
INSERT INTO typ_db.lines
VALUES
  (5, 'C', -0.125);

-- source: input.sql:16  [S070]
INSERT INTO typ_db.lines
VALUES
  (6, 'D', 2.999);

-- source: input.sql:17  [S080]
INSERT INTO typ_db.lines
VALUES
  (7, 'D', 0.006);

-- source: input.sql:19  [S090]
CREATE TABLE typ_db.result_assign (
  grp VARCHAR(8),
  total2 DECIMAL(10, 2),
  total_int INTEGER,
  max2 DECIMAL(10, 2)
)
DISTKEY(grp);

-- source: input.sql:28  [S100]
INSERT INTO typ_db.result_assign
SELECT
  MIN(grp) AS grp,
  CASE
    WHEN ABS((
      SUM(price) * 100
    ) - TRUNC((
      SUM(price) * 100
    ))) = 0.5
    THEN (
      TRUNC((
        SUM(price) * 100
      )) + TRUNC((
        SUM(price) * 100
      )) % 2
    ) / 100
    ELSE ROUND(SUM(price), 2)
  END,
  CAST(TRUNC(SUM(price)) AS INTEGER),
  CASE
    WHEN ABS((
      MAX(price) * 100
    ) - TRUNC((
      MAX(price) * 100
    ))) = 0.5
    THEN (
      TRUNC((
        MAX(price) * 100
      )) + TRUNC((
        MAX(price) * 100
      )) % 2
    ) / 100
    ELSE ROUND(MAX(price), 2)
  END
FROM typ_db.lines
GROUP BY
  UPPER(RTRIM(grp));
