-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Column attributes: UPPERCASE stores values upper-cased (on INSERT and UPDATE), COMPRESS,
--    FORMAT and TITLE change no value, DEFAULT fills omitted columns, CASESPECIFIC vs
--    NOT CASESPECIFIC decides whether 'abc' = 'ABC'
-- source: input.sql:4  [S010]
CREATE TABLE ddl_db.people (
  id INTEGER NOT NULL,
  uname VARCHAR(20),
  city CHAR(6),
  qty INTEGER DEFAULT 0,
  cs_txt VARCHAR(10),
  ncs_txt VARCHAR(10)
)
DISTKEY(id);

-- source: input.sql:15  [S020]
INSERT INTO ddl_db.people
VALUES
  (1, 'alice', 'PARIS', 5, 'abc', 'abc');

-- source: input.sql:16  [S030]
INSERT INTO ddl_db.people
VALUES
  (2, 'Bob', 'Lyon', 0, 'ABC', 'ABC');

-- source: input.sql:17  [S040]
INSERT INTO ddl_db.people (
  id,
  uname,
  city
)
VALUES
  (3, 'cy', NULL);

-- source: input.sql:18  [S050]
UPDATE ddl_db.people SET uname = SUBSTRING('dora' || uname FROM 1 FOR 10)
WHERE
  id = 3;

-- source: input.sql:20  [S060]
CREATE TABLE ddl_db.result_col_attrs (
  id INTEGER,
  uname VARCHAR(24),
  city VARCHAR(12),
  qty INTEGER,
  cs_eq CHAR(1),
  ncs_eq CHAR(1),
  found_bob CHAR(1)
)
DISTKEY(id);

-- source: input.sql:32  [S070]
INSERT INTO ddl_db.result_col_attrs
SELECT
  id,
  uname,
  RPAD(city, 6),
  qty,
  CASE WHEN RTRIM(cs_txt) = 'abc' THEN 'Y' ELSE 'N' END,
  CASE WHEN UPPER(RTRIM(ncs_txt)) = 'ABC' THEN 'Y' ELSE 'N' END,
  CASE WHEN UPPER(RTRIM(uname)) = 'BOB' THEN 'Y' ELSE 'N' END
FROM ddl_db.people;
