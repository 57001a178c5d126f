-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- UPDATE of several columns whose right-hand sides read each other: every SET expression sees
--    the row as it was before the statement (a swap works, c = a + b uses the old a and b).
--    UPD abbreviation, and a second UPD whose WHERE reads a column the SET changes.
-- source: input.sql:4  [S010]
CREATE TABLE dml2_db.pairs (
  id INTEGER NOT NULL,
  a INTEGER,
  b INTEGER,
  c INTEGER,
  lbl VARCHAR(24)
)
DISTKEY(id);

-- source: input.sql:14  [S020]
INSERT INTO dml2_db.pairs
VALUES
  (1, 1, 2, 0, 'x');

-- source: input.sql:15  [S030]
INSERT INTO dml2_db.pairs
VALUES
  (2, 5, NULL, 0, 'y');

-- source: input.sql:16  [S040]
INSERT INTO dml2_db.pairs
VALUES
  (3, 7, 3, 0, NULL);

-- source: input.sql:18  [S050]
UPDATE dml2_db.pairs SET a = b, b = a, c = a * 10 + b, lbl = SUBSTRING(CASE WHEN a > b THEN lbl || '>' ELSE lbl || '<=' END FROM 1 FOR 12);

-- source: input.sql:24  [S060]
UPDATE dml2_db.pairs SET b = b + 100, a = a - 1
WHERE
  b < 6;

-- source: input.sql:28  [S070]
CREATE TABLE dml2_db.result_upd_old (
  id INTEGER,
  a INTEGER,
  b INTEGER,
  c INTEGER,
  lbl VARCHAR(24)
)
DISTKEY(id);

-- source: input.sql:38  [S080]
INSERT INTO dml2_db.result_upd_old
SELECT
  id,
  a,
  b,
  c,
  lbl
FROM dml2_db.pairs;
