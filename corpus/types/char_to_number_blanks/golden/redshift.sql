-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- CAST of CHAR/VARCHAR to INTEGER and DECIMAL: leading/trailing blanks are ignored, leading zeros
--    are fine, and an all-blank string converts to zero
-- source: input.sql:3  [S010]
CREATE TABLE typ_db.raw_codes (
  id INTEGER NOT NULL,
  c CHAR(6),
  v VARCHAR(20)
)
DISTKEY(id);

-- source: input.sql:11  [S020]
INSERT INTO typ_db.raw_codes
VALUES
  (1, '42', ' 12.50 ');

-- source: input.sql:12  [S030]
INSERT INTO typ_db.raw_codes
VALUES
  (2, '  42', '0012.5');

-- source: input.sql:13  [S040]
INSERT INTO typ_db.raw_codes
VALUES
  (3, '007', '-3.25');

-- source: input.sql:14  [S050]
INSERT INTO typ_db.raw_codes
VALUES
  (4, '-7', '   ');

-- source: input.sql:15  [S060]
INSERT INTO typ_db.raw_codes
VALUES
  (5, '      ', '8');

-- source: input.sql:16  [S070]
INSERT INTO typ_db.raw_codes
VALUES
  (6, NULL, NULL);

-- source: input.sql:18  [S080]
CREATE TABLE typ_db.result_char_num (
  id INTEGER,
  c_int INTEGER,
  c_plus INTEGER,
  v_dec DECIMAL(8, 2)
)
DISTKEY(id);

-- source: input.sql:27  [S090]
INSERT INTO typ_db.result_char_num
SELECT
  id,
  CAST(COALESCE(
    CASE WHEN UPPER(RTRIM(TRIM(c))) = '' THEN NULL ELSE TRIM(c) END,
    CASE WHEN c IS NULL THEN NULL ELSE '0' END
  ) AS INTEGER),
  CAST(COALESCE(
    CASE WHEN UPPER(RTRIM(TRIM(c))) = '' THEN NULL ELSE TRIM(c) END,
    CASE WHEN c IS NULL THEN NULL ELSE '0' END
  ) AS INTEGER) + 1,
  CAST(COALESCE(
    CASE WHEN UPPER(RTRIM(TRIM(v))) = '' THEN NULL ELSE TRIM(v) END,
    CASE WHEN v IS NULL THEN NULL ELSE '0' END
  ) AS DECIMAL(8, 2))
FROM typ_db.raw_codes;
