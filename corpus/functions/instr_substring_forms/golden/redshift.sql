-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- INSTR with start position and occurrence; SUBSTRING ... FROM ... [FOR ...] forms, past the end,
--    and on a CHAR(n) column whose pads are part of the value
-- source: input.sql:3  [S010]
CREATE TABLE fn_db.paths (
  id INTEGER NOT NULL,
  p VARCHAR(60),
  c CHAR(6)
)
DISTKEY(id);

-- source: input.sql:11  [S020]
INSERT INTO fn_db.paths
VALUES
  (1, 'a/b/c/d', 'AB');

-- source: input.sql:12  [S030]
INSERT INTO fn_db.paths
VALUES
  (2, 'root', 'ABCDEF');

-- source: input.sql:13  [S040]
INSERT INTO fn_db.paths
VALUES
  (3, '//x', 'Q');

-- source: input.sql:14  [S050]
INSERT INTO fn_db.paths
VALUES
  (4, NULL, NULL);

-- source: input.sql:16  [S060]
CREATE TABLE fn_db.result_instr_sub (
  id INTEGER,
  first_sl INTEGER,
  sl_from3 INTEGER,
  second_sl INTEGER,
  third_sl INTEGER,
  tail3 VARCHAR(60),
  mid VARCHAR(60),
  past_end VARCHAR(60),
  past_len INTEGER,
  c_tail_len INTEGER
)
DISTKEY(id);

-- source: input.sql:31  [S070]
INSERT INTO fn_db.result_instr_sub
SELECT
  id,
  STRPOS(UPPER(p), '/'),
  STRPOS(UPPER(p), '/'),
  STRPOS(UPPER(p), '/'),
  STRPOS(UPPER(p), '/'),
  SUBSTRING(SUBSTRING(p FROM 3) FROM 1 FOR 30),
  SUBSTRING(SUBSTRING(p FROM 2 FOR 100) FROM 1 FOR 30),
  SUBSTRING(SUBSTRING(p FROM 40) FROM 1 FOR 30),
  LENGTH(SUBSTRING(p FROM 40)),
  LENGTH(SUBSTRING(RPAD(c, 6) FROM 2))
FROM fn_db.paths;
