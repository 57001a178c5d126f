-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Simple CASE (WHEN NULL never matches), searched CASE without ELSE, COALESCE with many arguments,
--    NULLIF, and CASE nested inside aggregates
-- source: input.sql:3  [S010]
CREATE TABLE fn_db.tickets (
  id INTEGER NOT NULL,
  st CHAR(1),
  pri INTEGER,
  a INTEGER,
  b INTEGER,
  c INTEGER
)
DISTKEY(id);

-- source: input.sql:14  [S020]
INSERT INTO fn_db.tickets
VALUES
  (1, 'O', 1, NULL, NULL, 3);

-- source: input.sql:15  [S030]
INSERT INTO fn_db.tickets
VALUES
  (2, 'C', 3, 2, NULL, NULL);

-- source: input.sql:16  [S040]
INSERT INTO fn_db.tickets
VALUES
  (3, NULL, 2, NULL, NULL, NULL);

-- source: input.sql:17  [S050]
INSERT INTO fn_db.tickets
VALUES
  (4, 'X', NULL, 0, 5, 6);

-- source: input.sql:18  [S060]
INSERT INTO fn_db.tickets
VALUES
  (5, 'O', 3, NULL, 4, NULL);

-- source: input.sql:20  [S070]
CREATE TABLE fn_db.result_case (
  id INTEGER,
  st_txt VARCHAR(20),
  pri_txt VARCHAR(20),
  first_v INTEGER,
  nz INTEGER,
  "tag" VARCHAR(20)
)
DISTKEY(id);

-- source: input.sql:31  [S080]
INSERT INTO fn_db.result_case
SELECT
  id,
  CASE UPPER(RTRIM(st)) WHEN 'O' THEN 'OPEN' WHEN 'C' THEN 'CLOSED' ELSE 'OTHER' END,
  CASE WHEN pri = 1 THEN 'HIGH' WHEN pri >= 2 THEN 'LOW' END,
  COALESCE(a, b, c, pri, -1),
  NULLIF(COALESCE(a, 0), 0),
  'ROW'
FROM fn_db.tickets;

-- source: input.sql:40  [S090]
INSERT INTO fn_db.result_case
SELECT
  0,
  CAST(SUM(CASE WHEN UPPER(RTRIM(st)) = 'O' THEN 1 ELSE 0 END) AS VARCHAR(10)),
  CAST(COUNT(CASE WHEN pri > 1 THEN pri END) AS VARCHAR(10)),
  SUM(
    CASE WHEN st IS NULL THEN NULL ELSE CASE WHEN pri IS NULL THEN 100 ELSE pri END END
  ),
  MAX(CASE UPPER(RTRIM(st)) WHEN 'O' THEN pri END),
  'AGG'
FROM fn_db.tickets;
