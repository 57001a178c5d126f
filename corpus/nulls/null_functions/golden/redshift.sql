-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- ZEROIFNULL, NULLIFZERO, NVL, NULLIF and COALESCE (argument order matters)
-- source: input.sql:2  [S010]
CREATE TABLE nul_db.readings (
  id INTEGER NOT NULL,
  a INTEGER,
  b INTEGER,
  c INTEGER
)
DISTKEY(id);

-- source: input.sql:11  [S020]
INSERT INTO nul_db.readings
VALUES
  (1, NULL, 5, 7);

-- source: input.sql:12  [S030]
INSERT INTO nul_db.readings
VALUES
  (2, 0, NULL, 3);

-- source: input.sql:13  [S040]
INSERT INTO nul_db.readings
VALUES
  (3, 4, NULL, NULL);

-- source: input.sql:14  [S050]
INSERT INTO nul_db.readings
VALUES
  (4, NULL, NULL, NULL);

-- source: input.sql:15  [S060]
INSERT INTO nul_db.readings
VALUES
  (5, 9, 8, 1);

-- source: input.sql:17  [S070]
CREATE TABLE nul_db.result_nullfn (
  id INTEGER,
  zin INTEGER,
  niz INTEGER,
  nvl_ab INTEGER,
  coal INTEGER,
  nullif4 INTEGER,
  zsum INTEGER
)
DISTKEY(id);

-- source: input.sql:29  [S080]
INSERT INTO nul_db.result_nullfn
SELECT
  id,
  COALESCE(a, 0),
  NULLIF(a, 0),
  COALESCE(a, b),
  COALESCE(c, b, a, -1),
  NULLIF(a, 4),
  COALESCE(a, 0) + COALESCE(b, 0) + COALESCE(c, 0)
FROM nul_db.readings;
