-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- TRIM LEADING / TRAILING / BOTH with a trim character, plain TRIM, and the length of what remains
-- source: input.sql:2  [S010]
CREATE TABLE str_db.codes (
  id INTEGER NOT NULL,
  code VARCHAR(40),
  label VARCHAR(40)
)
DISTKEY(id);

-- source: input.sql:10  [S020]
INSERT INTO str_db.codes
VALUES
  (1, '00120', '  pad  ');

-- source: input.sql:11  [S030]
INSERT INTO str_db.codes
VALUES
  (2, '000', 'x.yx..');

-- source: input.sql:12  [S040]
INSERT INTO str_db.codes
VALUES
  (3, '7000', NULL);

-- source: input.sql:13  [S050]
INSERT INTO str_db.codes
VALUES
  (4, NULL, '   ');

-- source: input.sql:15  [S060]
CREATE TABLE str_db.result_trim (
  id INTEGER,
  no_lead0 VARCHAR(40),
  no_trail0 VARCHAR(40),
  no_dots VARCHAR(40),
  both_x VARCHAR(40),
  trimmed VARCHAR(40),
  trimmed_len INTEGER
)
DISTKEY(id);

-- source: input.sql:27  [S070]
INSERT INTO str_db.result_trim
SELECT
  id,
  TRIM(LEADING '0' FROM code),
  TRIM(TRAILING '0' FROM code),
  TRIM(TRAILING '.' FROM label),
  TRIM(BOTH 'x' FROM label),
  SUBSTRING('[' || TRIM(label) || ']' FROM 1 FOR 20),
  LENGTH(TRIM(label))
FROM str_db.codes;
