-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- OREPLACE is a literal replacement ('.', '$', '(' are not regex), two-argument OREPLACE removes;
--    OTRANSLATE maps character by character and drops characters with no counterpart
-- source: input.sql:3  [S010]
CREATE TABLE str_db.raw_values (
  id INTEGER NOT NULL,
  txt VARCHAR(60)
)
DISTKEY(id);

-- source: input.sql:10  [S020]
INSERT INTO str_db.raw_values
VALUES
  (1, '1.234.567,89');

-- source: input.sql:11  [S030]
INSERT INTO str_db.raw_values
VALUES
  (2, 'a.b$c(d)a.b');

-- source: input.sql:12  [S040]
INSERT INTO str_db.raw_values
VALUES
  (3, 'abcabc');

-- source: input.sql:13  [S050]
INSERT INTO str_db.raw_values
VALUES
  (4, NULL);

-- source: input.sql:15  [S060]
CREATE TABLE str_db.result_replace (
  id INTEGER,
  no_dots VARCHAR(60),
  ab_to_x VARCHAR(60),
  no_dollar VARCHAR(60),
  no_paren VARCHAR(60),
  translated VARCHAR(60)
)
DISTKEY(id);

-- source: input.sql:26  [S070]
INSERT INTO str_db.result_replace
SELECT
  id,
  SUBSTRING(REPLACE(txt, '.', '') FROM 1 FOR 30),
  SUBSTRING(REPLACE(txt, 'a.b', 'X') FROM 1 FOR 30),
  SUBSTRING(REPLACE(txt, '$', '') FROM 1 FOR 30),
  SUBSTRING(REPLACE(REPLACE(txt, '(', '['), ')', ']') FROM 1 FOR 30),
  SUBSTRING(TRANSLATE(txt, 'abc.', 'x') FROM 1 FOR 30)
FROM str_db.raw_values;
