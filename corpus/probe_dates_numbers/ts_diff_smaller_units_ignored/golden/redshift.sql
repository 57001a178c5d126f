-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Call-center SLA: elapsed hours / minutes / days between two TIMESTAMP(0) values with interval
--    qualifiers; Teradata ignores the fields smaller than the result unit
-- source: input.sql:3  [S010]
CREATE TABLE pdn_db.tickets (
  ticket_id INTEGER NOT NULL,
  opened_ts TIMESTAMP,
  closed_ts TIMESTAMP
)
DISTKEY(ticket_id);

-- source: input.sql:11  [S020]
INSERT INTO pdn_db.tickets
VALUES
  (
    1,
    CAST('2024-03-04 10:59:00' AS TIMESTAMP),
    CAST('2024-03-04 11:01:00' AS TIMESTAMP)
  );

-- source: input.sql:12  [S030]
INSERT INTO pdn_db.tickets
VALUES
  (
    2,
    CAST('2024-03-04 08:00:59' AS TIMESTAMP),
    CAST('2024-03-04 08:02:00' AS TIMESTAMP)
  );

-- source: input.sql:13  [S040]
INSERT INTO pdn_db.tickets
VALUES
  (
    3,
    CAST('2024-02-28 23:30:00' AS TIMESTAMP),
    CAST('2024-02-29 00:15:00' AS TIMESTAMP)
  );

-- source: input.sql:14  [S050]
INSERT INTO pdn_db.tickets
VALUES
  (
    4,
    CAST('2024-02-29 09:00:00' AS TIMESTAMP),
    CAST('2024-03-02 08:59:59' AS TIMESTAMP)
  );

-- source: input.sql:15  [S060]
INSERT INTO pdn_db.tickets
VALUES
  (
    5,
    CAST('2024-03-10 12:00:00' AS TIMESTAMP),
    CAST('2024-03-10 12:00:00' AS TIMESTAMP)
  );

-- source: input.sql:16  [S070]
INSERT INTO pdn_db.tickets
VALUES
  (6, CAST('2024-03-10 12:00:00' AS TIMESTAMP), NULL);

-- source: input.sql:18  [S080]
CREATE TABLE pdn_db.result_sla (
  ticket_id INTEGER,
  elapsed_hr INTEGER,
  elapsed_min INTEGER,
  elapsed_day INTEGER,
  hm_hours INTEGER,
  hm_minutes INTEGER,
  sla_flag CHAR(4)
)
DISTKEY(ticket_id);

-- source: input.sql:30  [S090]
INSERT INTO pdn_db.result_sla
SELECT
  ticket_id,
  CAST((
    DATEDIFF(SECOND, DATE_TRUNC('hour', opened_ts), DATE_TRUNC('hour', closed_ts)) / 3600
  ) AS INTEGER),
  CAST((
    DATEDIFF(SECOND, DATE_TRUNC('minute', opened_ts), DATE_TRUNC('minute', closed_ts)) / 60
  ) AS INTEGER),
  CAST((
    DATEDIFF(SECOND, DATE_TRUNC('day', opened_ts), DATE_TRUNC('day', closed_ts)) / 86400
  ) AS INTEGER),
  CAST((
    DATEDIFF(SECOND, DATE_TRUNC('minute', opened_ts), DATE_TRUNC('minute', closed_ts)) / 60
  ) / 60 AS INTEGER),
  CAST((
    DATEDIFF(SECOND, DATE_TRUNC('minute', opened_ts), DATE_TRUNC('minute', closed_ts)) / 60
  ) % 60 AS INTEGER),
  CASE
    WHEN CAST((
      DATEDIFF(SECOND, DATE_TRUNC('hour', opened_ts), DATE_TRUNC('hour', closed_ts)) / 3600
    ) AS INTEGER) >= 1
    THEN 'LATE'
    ELSE 'OK'
  END
FROM pdn_db.tickets;
