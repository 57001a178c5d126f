-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- CAST(string AS TIMESTAMP(0) FORMAT ...) with B (blank) and compact formats, and back to text
-- source: input.sql:2  [S010]
CREATE TABLE fmt_db.stg_events (
  id INTEGER NOT NULL,
  s_blank VARCHAR(38),
  s_comp CHAR(14)
)
DISTKEY(id);

-- source: input.sql:10  [S020]
INSERT INTO fmt_db.stg_events
VALUES
  (1, '2024-02-29 13:45:10', '20240229134510');

-- source: input.sql:11  [S030]
INSERT INTO fmt_db.stg_events
VALUES
  (2, '2023-12-31 23:59:59', '20231231235959');

-- source: input.sql:12  [S040]
INSERT INTO fmt_db.stg_events
VALUES
  (3, '2024-03-01 00:00:00', '20240301000000');

-- source: input.sql:13  [S050]
INSERT INTO fmt_db.stg_events
VALUES
  (4, NULL, NULL);

-- source: input.sql:15  [S060]
CREATE TABLE fmt_db.result_ts_parsed (
  id INTEGER,
  ts_blank TIMESTAMP,
  ts_comp TIMESTAMP,
  ts_text CHAR(14),
  ev_date DATE
)
DISTKEY(id);

-- source: input.sql:25  [S070]
INSERT INTO fmt_db.result_ts_parsed
SELECT
  id,
  CAST(TO_TIMESTAMP(s_blank, 'YYYY-MM-DD HH24:MI:SS') AS TIMESTAMP),
  CAST(TO_TIMESTAMP(s_comp, 'YYYYMMDDHH24MISS') AS TIMESTAMP),
  CAST(TO_CHAR(
    CAST(TO_TIMESTAMP(s_blank, 'YYYY-MM-DD HH24:MI:SS') AS TIMESTAMP),
    'YYYYMMDDHH24MISS'
  ) AS CHAR(14)),
  CAST(CAST(TO_TIMESTAMP(s_comp, 'YYYYMMDDHH24MISS') AS TIMESTAMP) AS DATE)
FROM fmt_db.stg_events;
