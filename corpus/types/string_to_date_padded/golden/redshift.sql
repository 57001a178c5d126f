-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Strings with leading/trailing blanks (and CHAR(n) pads) converted to DATE with an explicit FORMAT
-- source: input.sql:2  [S010]
CREATE TABLE typ_db.raw_dates (
  id INTEGER NOT NULL,
  c CHAR(12),
  v VARCHAR(28)
)
DISTKEY(id);

-- source: input.sql:10  [S020]
INSERT INTO typ_db.raw_dates
VALUES
  (1, '2024-02-29', '2024-03-01  ');

-- source: input.sql:11  [S030]
INSERT INTO typ_db.raw_dates
VALUES
  (2, '1999-12-31', '  2000-01-01');

-- source: input.sql:12  [S040]
INSERT INTO typ_db.raw_dates
VALUES
  (3, NULL, ' 2023-07-15 ');

-- source: input.sql:14  [S050]
CREATE TABLE typ_db.result_str_date (
  id INTEGER,
  c_date DATE,
  v_date DATE,
  gap INTEGER
)
DISTKEY(id);

-- source: input.sql:23  [S060]
INSERT INTO typ_db.result_str_date
SELECT
  id,
  TO_DATE(c, 'YYYY-MM-DD'),
  TO_DATE(v, 'YYYY-MM-DD'),
  TO_DATE(v, 'YYYY-MM-DD') - TO_DATE(c, 'YYYY-MM-DD')
FROM typ_db.raw_dates;
