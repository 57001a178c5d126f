-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- CAST to a DECIMAL with fewer fractional digits rounds (never truncates); halfway values go to
--    the even digit under the default RoundHalfwayMagUp = FALSE
-- source: input.sql:3  [S010]
CREATE TABLE typ_db.measures (
  id INTEGER NOT NULL,
  m DECIMAL(10, 4)
)
DISTKEY(id);

-- source: input.sql:10  [S020]
INSERT INTO typ_db.measures
VALUES
  (1, 2.3450);

-- source: input.sql:11  [S030]
INSERT INTO typ_db.measures
VALUES
  (2, 2.3550);

-- source: input.sql:12  [S040]
INSERT INTO typ_db.measures
VALUES
  (3, -2.3450);

-- source: input.sql:13  [S050]
INSERT INTO typ_db.measures
VALUES
  (4, 2.3451);

-- source: input.sql:14  [S060]
INSERT INTO typ_db.measures
VALUES
  (5, 2.3480);

-- source: input.sql:15  [S070]
INSERT INTO typ_db.measures
VALUES
  (6, 2.3419);

-- source: input.sql:16  [S080]
INSERT INTO typ_db.measures
VALUES
  (7, 0.0250);

-- source: input.sql:17  [S090]
INSERT INTO typ_db.measures
VALUES
  (8, 7.5000);

-- source: input.sql:18  [S100]
INSERT INTO typ_db.measures
VALUES
  (9, 8.5000);

-- source: input.sql:19  [S110]
INSERT INTO typ_db.measures
VALUES
  (10, NULL);

-- source: input.sql:21  [S120]
CREATE TABLE typ_db.result_narrow (
  id INTEGER,
  d2 DECIMAL(10, 2),
  d0 DECIMAL(10, 0),
  as_int INTEGER
)
DISTKEY(id);

-- source: input.sql:30  [S130]
INSERT INTO typ_db.result_narrow
SELECT
  id,
  CAST(CASE
    WHEN ABS((
      m * 100
    ) - TRUNC((
      m * 100
    ))) = 0.5
    THEN (
      TRUNC((
        m * 100
      )) + TRUNC((
        m * 100
      )) % 2
    ) / 100
    ELSE ROUND(m, 2)
  END AS DECIMAL(10, 2)),
  CAST(CASE WHEN ABS(m - TRUNC(m)) = 0.5 THEN TRUNC(m) + TRUNC(m) % 2 ELSE ROUND(m, 0) END AS DECIMAL(10, 0)),
  CAST(TRUNC(m) AS INTEGER)
FROM typ_db.measures;
