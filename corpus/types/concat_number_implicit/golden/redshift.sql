-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- || with an INTEGER operand: the number is converted with its default FORMAT -(10)9, i.e.
--    right-justified in 11 characters; TRIM() of the number removes those blanks
-- source: input.sql:3  [S010]
CREATE TABLE typ_db.orders (
  id INTEGER NOT NULL,
  qty INTEGER
)
DISTKEY(id);

-- source: input.sql:10  [S020]
INSERT INTO typ_db.orders
VALUES
  (1, 5);

-- source: input.sql:11  [S030]
INSERT INTO typ_db.orders
VALUES
  (2, -42);

-- source: input.sql:12  [S040]
INSERT INTO typ_db.orders
VALUES
  (3, 1234567);

-- source: input.sql:13  [S050]
INSERT INTO typ_db.orders
VALUES
  (4, NULL);

-- source: input.sql:15  [S060]
CREATE TABLE typ_db.result_concat_num (
  id INTEGER,
  raw_cat VARCHAR(80),
  raw_len INTEGER,
  trim_cat VARCHAR(80)
)
DISTKEY(id);

-- source: input.sql:24  [S070]
INSERT INTO typ_db.result_concat_num
SELECT
  id,
  SUBSTRING('[' || qty || ']' FROM 1 FOR 40),
  LENGTH('Q' || qty),
  SUBSTRING('Q' || TRIM(qty) FROM 1 FOR 40)
FROM typ_db.orders;
