-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- DISTINCT over several NOT CASESPECIFIC columns, COUNT(DISTINCT), MIN/MAX of NCS strings
--    (case-blind collation) and HAVING comparing an NCS aggregate with a literal
-- source: input.sql:3  [S010]
CREATE TABLE ncs_db.items (
  id INTEGER NOT NULL,
  cat VARCHAR(20),
  sub VARCHAR(20),
  name VARCHAR(24)
)
DISTKEY(id);

-- source: input.sql:12  [S020]
INSERT INTO ncs_db.items
VALUES
  (1, 'Fruit', 'Red', 'apple');

-- source: input.sql:13  [S030]
INSERT INTO ncs_db.items
VALUES
  (2, 'FRUIT', 'red ', 'Banana');

-- source: input.sql:14  [S040]
INSERT INTO ncs_db.items
VALUES
  (3, 'fruit ', 'Yellow', 'cherry');

-- source: input.sql:15  [S050]
INSERT INTO ncs_db.items
VALUES
  (4, 'Fruit', 'RED', 'Zebra fruit');

-- source: input.sql:16  [S060]
INSERT INTO ncs_db.items
VALUES
  (5, 'Veg', 'Green', 'kale');

-- source: input.sql:17  [S070]
INSERT INTO ncs_db.items
VALUES
  (6, 'veg', 'green', 'Leek');

-- source: input.sql:18  [S080]
INSERT INTO ncs_db.items
VALUES
  (7, 'Nut', NULL, 'almond');

-- source: input.sql:19  [S090]
INSERT INTO ncs_db.items
VALUES
  (8, 'VEG', 'Green', 'KALE');

-- source: input.sql:21  [S100]
CREATE TABLE ncs_db.result_ncs_agg (
  check_name VARCHAR(40),
  grp VARCHAR(20),
  cnt INTEGER,
  min_name VARCHAR(24),
  max_name VARCHAR(24)
)
DISTKEY(check_name);

-- source: input.sql:31  [S110]
INSERT INTO ncs_db.result_ncs_agg
SELECT
  'distinct_pairs',
  NULL,
  COUNT(*),
  NULL,
  NULL
FROM (
  SELECT
    MIN(cat) AS cat,
    MIN(sub) AS sub
  FROM ncs_db.items
  GROUP BY
    UPPER(RTRIM(cat)),
    UPPER(RTRIM(sub))
) AS d;

-- source: input.sql:35  [S120]
INSERT INTO ncs_db.result_ncs_agg
SELECT
  'distinct_names',
  NULL,
  COUNT(DISTINCT UPPER(RTRIM(name))),
  NULL,
  NULL
FROM ncs_db.items;

-- source: input.sql:38  [S130]
INSERT INTO ncs_db.result_ncs_agg
SELECT
  'by_cat',
  UPPER(MIN(cat)),
  COUNT(*),
  SUBSTRING(UPPER(
    SUBSTRING(MIN(UPPER(RTRIM(name)) || CHR(1) || name) FROM STRPOS(MIN(UPPER(RTRIM(name)) || CHR(1) || name), CHR(1)) + 1)
  ) FROM 1 FOR 12),
  SUBSTRING(UPPER(
    SUBSTRING(MAX(UPPER(RTRIM(name)) || CHR(1) || name) FROM STRPOS(MAX(UPPER(RTRIM(name)) || CHR(1) || name), CHR(1)) + 1)
  ) FROM 1 FOR 12)
FROM ncs_db.items
GROUP BY
  UPPER(RTRIM(cat));

-- source: input.sql:43  [S140]
INSERT INTO ncs_db.result_ncs_agg
SELECT
  'having_min',
  UPPER(MIN(cat)),
  COUNT(*),
  NULL,
  NULL
FROM ncs_db.items
GROUP BY
  UPPER(RTRIM(cat))
HAVING
  UPPER(
    RTRIM(
      SUBSTRING(MIN(UPPER(RTRIM(name)) || CHR(1) || name) FROM STRPOS(MIN(UPPER(RTRIM(name)) || CHR(1) || name), CHR(1)) + 1)
    )
  ) < 'B';

-- source: input.sql:49  [S150]
INSERT INTO ncs_db.result_ncs_agg
SELECT
  'having_max',
  UPPER(MIN(cat)),
  COUNT(DISTINCT UPPER(RTRIM(sub))),
  NULL,
  NULL
FROM ncs_db.items
GROUP BY
  UPPER(RTRIM(cat))
HAVING
  UPPER(
    RTRIM(
      SUBSTRING(MAX(UPPER(RTRIM(name)) || CHR(1) || name) FROM STRPOS(MAX(UPPER(RTRIM(name)) || CHR(1) || name), CHR(1)) + 1)
    )
  ) = 'LEEK';
