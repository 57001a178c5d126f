-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- LPAD/RPAD (truncate when longer, multi-character fill) and LTRIM/RTRIM with a set of characters
-- source: input.sql:2  [S010]
CREATE TABLE fn_db.codes (
  id INTEGER NOT NULL,
  s VARCHAR(40),
  n INTEGER
)
DISTKEY(id);

-- source: input.sql:10  [S020]
INSERT INTO fn_db.codes
VALUES
  (1, 'ab', 7);

-- source: input.sql:11  [S030]
INSERT INTO fn_db.codes
VALUES
  (2, 'abcdefgh', 123456);

-- source: input.sql:12  [S040]
INSERT INTO fn_db.codes
VALUES
  (3, 'xyxAxy', -5);

-- source: input.sql:13  [S050]
INSERT INTO fn_db.codes
VALUES
  (4, '0.0120.0', 0);

-- source: input.sql:14  [S060]
INSERT INTO fn_db.codes
VALUES
  (5, NULL, NULL);

-- source: input.sql:16  [S070]
CREATE TABLE fn_db.result_pad_trim (
  id INTEGER,
  lp0 VARCHAR(40),
  lp_ab VARCHAR(40),
  rp_dot VARCHAR(40),
  rp_blank VARCHAR(40),
  zpad VARCHAR(40),
  lt_xy VARCHAR(40),
  rt_z VARCHAR(40)
)
DISTKEY(id);

-- source: input.sql:29  [S080]
INSERT INTO fn_db.result_pad_trim
SELECT
  id,
  LPAD(s, 5, '0'),
  LPAD(s, 7, 'ab'),
  RPAD(s, 6, '.'),
  SUBSTRING(RPAD(s, 4) || '|' FROM 1 FOR 20),
  LPAD(CAST(n AS VARCHAR(10)), 6, '0'),
  TRIM(LEADING 'xy' FROM s),
  TRIM(TRAILING '0.' FROM s)
FROM fn_db.codes;
