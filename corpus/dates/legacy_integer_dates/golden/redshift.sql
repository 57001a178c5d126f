-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Teradata integer dates: (year-1900)*10000 + month*100 + day, compared with DATE columns and cast
-- source: input.sql:2  [S010]
CREATE TABLE dt_db.postings (
  id INTEGER NOT NULL,
  post_dt DATE
)
DISTKEY(id);

-- source: input.sql:9  [S020]
INSERT INTO dt_db.postings
VALUES
  (1, CAST('2024-01-31' AS DATE));

-- source: input.sql:10  [S030]
INSERT INTO dt_db.postings
VALUES
  (2, CAST('2024-02-01' AS DATE));

-- source: input.sql:11  [S040]
INSERT INTO dt_db.postings
VALUES
  (3, CAST('2024-02-29' AS DATE));

-- source: input.sql:12  [S050]
INSERT INTO dt_db.postings
VALUES
  (4, CAST('1999-12-31' AS DATE));

-- source: input.sql:13  [S060]
INSERT INTO dt_db.postings
VALUES
  (5, CAST('2000-01-01' AS DATE));

-- source: input.sql:14  [S070]
INSERT INTO dt_db.postings
VALUES
  (6, NULL);

-- source: input.sql:16  [S080]
CREATE TABLE dt_db.result_int_dates (
  "tag" VARCHAR(12),
  id INTEGER,
  post_dt DATE,
  dt_int INTEGER,
  yr INTEGER
)
DISTKEY(id);

-- source: input.sql:26  [S090]
INSERT INTO dt_db.result_int_dates
SELECT
  'ALL',
  id,
  post_dt,
  (
    (
      CAST(EXTRACT(YEAR FROM post_dt) AS INTEGER) - 1900
    ) * 10000 + CAST(EXTRACT(MONTH FROM post_dt) AS INTEGER) * 100 + CAST(EXTRACT(DAY FROM post_dt) AS INTEGER)
  ),
  (
    (
      CAST(EXTRACT(YEAR FROM post_dt) AS INTEGER) - 1900
    ) * 10000 + CAST(EXTRACT(MONTH FROM post_dt) AS INTEGER) * 100 + CAST(EXTRACT(DAY FROM post_dt) AS INTEGER)
  ) / 10000 + 1900
FROM dt_db.postings;

-- source: input.sql:30  [S100]
INSERT INTO dt_db.result_int_dates
SELECT
  'GT',
  id,
  post_dt,
  NULL,
  NULL
FROM dt_db.postings
WHERE
  post_dt > CAST('2024-01-31' AS DATE);

-- source: input.sql:35  [S110]
INSERT INTO dt_db.result_int_dates
SELECT
  'BTW',
  id,
  post_dt,
  NULL,
  NULL
FROM dt_db.postings
WHERE
  post_dt BETWEEN CAST('1999-12-31' AS DATE) AND CAST('2024-02-01' AS DATE);

-- source: input.sql:40  [S120]
INSERT INTO dt_db.result_int_dates (
  "tag",
  id,
  post_dt
)
VALUES
  ('INTLIT', 99, CAST('2024-03-15' AS DATE));
