-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Audit keys built from TIMESTAMP(6) / TIMESTAMP(0) text: CAST to CHAR/VARCHAR keeps every
--    fractional digit the type declares
-- source: input.sql:3  [S010]
CREATE TABLE pdn_db.audit_events (
  event_id INTEGER NOT NULL,
  event_ts TIMESTAMP,
  load_ts TIMESTAMP
)
DISTKEY(event_id);

-- source: input.sql:11  [S020]
INSERT INTO pdn_db.audit_events
VALUES
  (
    1,
    CAST('2024-02-29 23:59:59.123456' AS TIMESTAMP),
    CAST('2024-03-01 01:00:00' AS TIMESTAMP)
  );

-- source: input.sql:12  [S030]
INSERT INTO pdn_db.audit_events
VALUES
  (
    2,
    CAST('2024-03-01 08:00:00.500000' AS TIMESTAMP),
    CAST('2024-03-01 08:00:05' AS TIMESTAMP)
  );

-- source: input.sql:13  [S040]
INSERT INTO pdn_db.audit_events
VALUES
  (
    3,
    CAST('2024-03-01 08:00:00.000000' AS TIMESTAMP),
    CAST('2024-03-01 09:30:00' AS TIMESTAMP)
  );

-- source: input.sql:14  [S050]
INSERT INTO pdn_db.audit_events
VALUES
  (4, NULL, CAST('2024-03-02 00:00:00' AS TIMESTAMP));

-- source: input.sql:16  [S060]
CREATE TABLE pdn_db.result_audit_keys (
  event_id INTEGER,
  event_txt VARCHAR(52),
  load_txt CHAR(19),
  audit_key VARCHAR(80),
  event_len INTEGER
)
DISTKEY(event_id);

-- source: input.sql:26  [S070]
INSERT INTO pdn_db.result_audit_keys
SELECT
  event_id,
  CAST(TO_CHAR(event_ts, 'YYYY-MM-DD HH24:MI:SS.US') AS VARCHAR(26)),
  CAST(TO_CHAR(load_ts, 'YYYY-MM-DD HH24:MI:SS') AS CHAR(19)),
  TRIM(CAST(event_id AS VARCHAR(10))) || '@' || CAST(TO_CHAR(event_ts, 'YYYY-MM-DD HH24:MI:SS.US') AS VARCHAR(26)),
  LENGTH(CAST(TO_CHAR(event_ts, 'YYYY-MM-DD HH24:MI:SS.US') AS VARCHAR(26)))
FROM pdn_db.audit_events;
