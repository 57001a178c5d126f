-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- STRTOK: every character of the delimiter argument is a delimiter, adjacent delimiters
--    and leading delimiters produce no empty tokens, a token number past the last gives NULL
-- source: input.sql:3  [S010]
CREATE TABLE str_db.paths (
  id INTEGER NOT NULL,
  path VARCHAR(80)
)
DISTKEY(id);

-- source: input.sql:10  [S020]
INSERT INTO str_db.paths
VALUES
  (1, 'a,b,c');

-- source: input.sql:11  [S030]
INSERT INTO str_db.paths
VALUES
  (2, 'a,,b;c');

-- source: input.sql:12  [S040]
INSERT INTO str_db.paths
VALUES
  (3, ';x;;y');

-- source: input.sql:13  [S050]
INSERT INTO str_db.paths
VALUES
  (4, 'solo');

-- source: input.sql:15  [S060]
CREATE TABLE str_db.result_strtok (
  id INTEGER,
  tok1 VARCHAR(80),
  tok2 VARCHAR(80),
  tok3 VARCHAR(80),
  comma2 VARCHAR(80)
)
DISTKEY(id);

-- source: input.sql:25  [S070]
INSERT INTO str_db.result_strtok
SELECT
  id,
  SUBSTRING(CASE
    WHEN REGEXP_INSTR(path, '[^,;]+', 1, 1) > 0
    THEN SUBSTRING(path FROM REGEXP_INSTR(path, '[^,;]+', 1, 1) FOR REGEXP_INSTR(path, '[^,;]+', 1, 1, 1) - REGEXP_INSTR(path, '[^,;]+', 1, 1))
  END FROM 1 FOR 40),
  SUBSTRING(CASE
    WHEN REGEXP_INSTR(path, '[^,;]+', 1, 2) > 0
    THEN SUBSTRING(path FROM REGEXP_INSTR(path, '[^,;]+', 1, 2) FOR REGEXP_INSTR(path, '[^,;]+', 1, 2, 1) - REGEXP_INSTR(path, '[^,;]+', 1, 2))
  END FROM 1 FOR 40),
  SUBSTRING(CASE
    WHEN REGEXP_INSTR(path, '[^,;]+', 1, 3) > 0
    THEN SUBSTRING(path FROM REGEXP_INSTR(path, '[^,;]+', 1, 3) FOR REGEXP_INSTR(path, '[^,;]+', 1, 3, 1) - REGEXP_INSTR(path, '[^,;]+', 1, 3))
  END FROM 1 FOR 40),
  SUBSTRING(CASE
    WHEN REGEXP_INSTR(path, '[^,]+', 1, 2) > 0
    THEN SUBSTRING(path FROM REGEXP_INSTR(path, '[^,]+', 1, 2) FOR REGEXP_INSTR(path, '[^,]+', 1, 2, 1) - REGEXP_INSTR(path, '[^,]+', 1, 2))
  END FROM 1 FOR 40)
FROM str_db.paths;
