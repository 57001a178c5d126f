-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Atomic upsert: UPDATE ... ELSE INSERT run several times (insert on first sight, update after)
-- source: input.sql:2  [S010]
CREATE TABLE dml_db.counters (
  ckey VARCHAR(20) NOT NULL,
  hits INTEGER,
  last_v INTEGER
)
DISTKEY(ckey);

-- source: input.sql:10  [S020]
INSERT INTO dml_db.counters
VALUES
  ('home', 5, 0);

-- source: input.sql:12  [S030]
UPDATE dml_db.counters SET hits = hits + 1, last_v = 1
WHERE
  UPPER(RTRIM(ckey)) = 'HOME';

-- source: input.sql:12  [S040]
INSERT INTO dml_db.counters
SELECT
  'home',
  1,
  1
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM dml_db.counters
    WHERE
      UPPER(RTRIM(ckey)) = 'HOME'
  );

-- source: input.sql:15  [S050]
UPDATE dml_db.counters SET hits = hits + 1, last_v = 2
WHERE
  UPPER(RTRIM(ckey)) = 'ABOUT';

-- source: input.sql:15  [S060]
INSERT INTO dml_db.counters
SELECT
  'about',
  1,
  2
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM dml_db.counters
    WHERE
      UPPER(RTRIM(ckey)) = 'ABOUT'
  );

-- source: input.sql:18  [S070]
UPDATE dml_db.counters SET hits = hits + 1, last_v = 3
WHERE
  UPPER(RTRIM(ckey)) = 'ABOUT';

-- source: input.sql:18  [S080]
INSERT INTO dml_db.counters
SELECT
  'about',
  1,
  3
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM dml_db.counters
    WHERE
      UPPER(RTRIM(ckey)) = 'ABOUT'
  );

-- source: input.sql:21  [S090]
UPDATE dml_db.counters SET hits = hits + 1, last_v = 4
WHERE
  UPPER(RTRIM(ckey)) = 'CART';

-- source: input.sql:21  [S100]
INSERT INTO dml_db.counters
SELECT
  'cart',
  1,
  4
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM dml_db.counters
    WHERE
      UPPER(RTRIM(ckey)) = 'CART'
  );

-- source: input.sql:24  [S110]
CREATE TABLE dml_db.result_upsert (
  ckey VARCHAR(20),
  hits INTEGER,
  last_v INTEGER
)
DISTKEY(ckey);

-- source: input.sql:32  [S120]
INSERT INTO dml_db.result_upsert
SELECT
  ckey,
  hits,
  last_v
FROM dml_db.counters;
