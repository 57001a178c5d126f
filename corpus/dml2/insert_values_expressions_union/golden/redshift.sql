-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- INSERT ... VALUES with expressions (integer division stored in a DECIMAL column, CASE, ||
--    with NULL, DATE + n, decimal literal rounded to the column scale, over-long string truncated
--    in a Teradata-mode session) and INSERT ... SELECT ... UNION ALL into a column list
-- source: input.sql:4  [S010]
CREATE TABLE dml2_db.facts (
  id INTEGER NOT NULL,
  q DECIMAL(9, 2),
  txt VARCHAR(10),
  dt DATE,
  src CHAR(3)
)
DISTKEY(id);

-- source: input.sql:14  [S020]
CREATE TABLE dml2_db.feed_a (
  k INTEGER,
  v INTEGER
)
DISTKEY(k);

-- source: input.sql:21  [S030]
INSERT INTO dml2_db.feed_a
VALUES
  (1, 10);

-- source: input.sql:22  [S040]
INSERT INTO dml2_db.feed_a
VALUES
  (2, 15);

-- source: input.sql:23  [S050]
INSERT INTO dml2_db.feed_a
VALUES
  (2, 15);

-- source: input.sql:25  [S060]
INSERT INTO dml2_db.facts
VALUES
  (1, 7 / 2, 'ab' || 'cd', CAST('2024-02-28' AS DATE) + 2, 'val');

-- source: input.sql:26  [S070]
INSERT INTO dml2_db.facts
VALUES
  (
    2,
    CASE
      WHEN ABS((
        2.675 * 100
      ) - TRUNC((
        2.675 * 100
      ))) = 0.5
      THEN (
        TRUNC((
          2.675 * 100
        )) + TRUNC((
          2.675 * 100
        )) % 2
      ) / 100
      ELSE ROUND(2.675, 2)
    END,
    CASE WHEN 1 > 2 THEN 'no' ELSE 'yes' END,
    NULL,
    'val'
  );

-- source: input.sql:27  [S080]
INSERT INTO dml2_db.facts
VALUES
  (3, -7 / 2 * 1.00, 'x' || NULL, CAST('2024-12-31' AS DATE) - 366, 'val');

-- source: input.sql:28  [S090]
INSERT INTO dml2_db.facts
VALUES
  (
    4,
    CASE
      WHEN ABS((
        1.005 * 100
      ) - TRUNC((
        1.005 * 100
      ))) = 0.5
      THEN (
        TRUNC((
          1.005 * 100
        )) + TRUNC((
          1.005 * 100
        )) % 2
      ) / 100
      ELSE ROUND(1.005, 2)
    END,
    'abcde',
    CAST('2023-03-01' AS DATE) - 1,
    'val'
  );

-- source: input.sql:30  [S100]
INSERT INTO dml2_db.facts (
  id,
  q,
  src
)
SELECT
  k + 100,
  v / 4,
  'uA'
FROM dml2_db.feed_a
UNION ALL
SELECT
  k + 200,
  CAST(TRUNC(v * 1.5) AS INTEGER),
  SUBSTRING('uBB' FROM 1 FOR 2)
FROM dml2_db.feed_a
WHERE
  k = 2;

-- source: input.sql:35  [S110]
CREATE TABLE dml2_db.result_ins_expr (
  id INTEGER,
  q DECIMAL(9, 2),
  txt VARCHAR(10),
  dt DATE,
  src CHAR(3)
)
DISTKEY(id);

-- source: input.sql:45  [S120]
INSERT INTO dml2_db.result_ins_expr
SELECT
  id,
  q,
  txt,
  dt,
  src
FROM dml2_db.facts;
