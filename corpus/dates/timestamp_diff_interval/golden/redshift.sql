-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- (ts2 - ts1) DAY(4) TO SECOND / HOUR(4) TO MINUTE / MINUTE(4) and EXTRACT of their fields
-- source: input.sql:2  [S010]
CREATE TABLE dt_db.sessions (
  id INTEGER NOT NULL,
  ts1 TIMESTAMP,
  ts2 TIMESTAMP
)
DISTKEY(id);

-- source: input.sql:10  [S020]
INSERT INTO dt_db.sessions
VALUES
  (
    1,
    CAST('2024-01-01 22:00:00' AS TIMESTAMP),
    CAST('2024-01-03 01:30:00' AS TIMESTAMP)
  );

-- source: input.sql:11  [S030]
INSERT INTO dt_db.sessions
VALUES
  (
    2,
    CAST('2024-01-01 00:00:00' AS TIMESTAMP),
    CAST('2024-05-01 12:00:00' AS TIMESTAMP)
  );

-- source: input.sql:12  [S040]
INSERT INTO dt_db.sessions
VALUES
  (
    3,
    CAST('2024-02-28 23:59:00' AS TIMESTAMP),
    CAST('2024-02-29 00:01:00' AS TIMESTAMP)
  );

-- source: input.sql:13  [S050]
INSERT INTO dt_db.sessions
VALUES
  (
    4,
    CAST('2024-03-10 08:00:00' AS TIMESTAMP),
    CAST('2024-03-10 09:15:42' AS TIMESTAMP)
  );

-- source: input.sql:14  [S060]
INSERT INTO dt_db.sessions
VALUES
  (5, CAST('2024-03-10 08:00:00' AS TIMESTAMP), NULL);

-- source: input.sql:16  [S070]
CREATE TABLE dt_db.result_durations (
  "tag" VARCHAR(10),
  id INTEGER,
  dd INTEGER,
  hh INTEGER,
  mi INTEGER,
  ss DECIMAL(8, 2)
)
DISTKEY(id);

-- source: input.sql:27  [S080]
INSERT INTO dt_db.result_durations
SELECT
  'DS',
  id,
  CAST((
    DATEDIFF(SECOND, DATE_TRUNC('second', ts1), DATE_TRUNC('second', ts2))
  ) / 86400 AS INTEGER),
  CAST((
    (
      DATEDIFF(SECOND, DATE_TRUNC('second', ts1), DATE_TRUNC('second', ts2))
    ) % 86400
  ) / 3600 AS INTEGER),
  CAST((
    (
      DATEDIFF(SECOND, DATE_TRUNC('second', ts1), DATE_TRUNC('second', ts2))
    ) % 3600
  ) / 60 AS INTEGER),
  CAST((
    DATEDIFF(SECOND, DATE_TRUNC('second', ts1), DATE_TRUNC('second', ts2))
  ) % 60 AS INTEGER)
FROM dt_db.sessions;

-- source: input.sql:35  [S090]
INSERT INTO dt_db.result_durations
SELECT
  'HM',
  id,
  NULL,
  CAST((
    DATEDIFF(SECOND, DATE_TRUNC('minute', ts1), DATE_TRUNC('minute', ts2)) / 60
  ) / 60 AS INTEGER),
  CAST((
    DATEDIFF(SECOND, DATE_TRUNC('minute', ts1), DATE_TRUNC('minute', ts2)) / 60
  ) % 60 AS INTEGER),
  NULL
FROM dt_db.sessions
WHERE
  id IN (1, 2, 3);

-- source: input.sql:43  [S100]
INSERT INTO dt_db.result_durations
SELECT
  'MI',
  id,
  NULL,
  NULL,
  CAST((
    DATEDIFF(SECOND, DATE_TRUNC('minute', ts1), DATE_TRUNC('minute', ts2)) / 60
  ) AS INTEGER),
  NULL
FROM dt_db.sessions
WHERE
  id IN (1, 3);
