-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- CHAR(n) values carry their pad blanks into CHARACTERS / CHAR_LENGTH and into ||;
--    VARCHAR values do not; || with a NULL operand is NULL
-- source: input.sql:3  [S010]
CREATE TABLE str_db.names (
  id INTEGER NOT NULL,
  first_c CHAR(6),
  last_c CHAR(4),
  nick_v VARCHAR(12)
)
DISTKEY(id);

-- source: input.sql:12  [S020]
INSERT INTO str_db.names
VALUES
  (1, 'AB', 'CD', 'AB');

-- source: input.sql:13  [S030]
INSERT INTO str_db.names
VALUES
  (2, 'ABCDEF', 'WXYZ', 'ABCDEF');

-- source: input.sql:14  [S040]
INSERT INTO str_db.names
VALUES
  (3, 'Q', NULL, NULL);

-- source: input.sql:16  [S050]
CREATE TABLE str_db.result_padding (
  id INTEGER,
  len_char INTEGER,
  len_char2 INTEGER,
  len_var INTEGER,
  char_cat VARCHAR(40),
  full_name VARCHAR(40),
  var_cat VARCHAR(40),
  trim_cat VARCHAR(40)
)
DISTKEY(id);

-- source: input.sql:29  [S060]
INSERT INTO str_db.result_padding
SELECT
  id,
  CASE WHEN first_c IS NULL THEN NULL ELSE 6 END,
  CASE WHEN last_c IS NULL THEN NULL ELSE 4 END,
  LENGTH(nick_v),
  SUBSTRING(RPAD(first_c, 6) || '#' FROM 1 FOR 20),
  SUBSTRING(RPAD(first_c, 6) || RPAD(last_c, 4) || '|' FROM 1 FOR 20),
  nick_v || '#',
  TRIM(first_c) || '-' || TRIM(last_c)
FROM str_db.names;
