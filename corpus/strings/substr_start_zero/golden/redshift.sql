-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- SUBSTR / SUBSTRING with start <= 0, start past the end and lengths past the end
-- source: input.sql:2  [S010]
CREATE TABLE str_db.words (
  id INTEGER NOT NULL,
  s VARCHAR(40)
)
DISTKEY(id);

-- source: input.sql:9  [S020]
INSERT INTO str_db.words
VALUES
  (1, 'abcdef');

-- source: input.sql:10  [S030]
INSERT INTO str_db.words
VALUES
  (2, 'xy');

-- source: input.sql:11  [S040]
INSERT INTO str_db.words
VALUES
  (3, NULL);

-- source: input.sql:13  [S050]
CREATE TABLE str_db.result_substr (
  id INTEGER,
  s_zero VARCHAR(40),
  s_neg VARCHAR(40),
  s_past VARCHAR(40),
  s_tail VARCHAR(40),
  s_ansi VARCHAR(40),
  s_empty VARCHAR(40)
)
DISTKEY(id);

-- source: input.sql:25  [S060]
INSERT INTO str_db.result_substr
SELECT
  id,
  SUBSTRING(s FROM 0 FOR 3),
  SUBSTRING(s FROM -1 FOR 3),
  SUBSTRING(SUBSTRING(s FROM 2 FOR 100) FROM 1 FOR 20),
  SUBSTRING(SUBSTRING(s FROM 3) FROM 1 FOR 20),
  SUBSTRING(s FROM 0 FOR 2),
  SUBSTRING(s FROM -3 FOR 2)
FROM str_db.words;
