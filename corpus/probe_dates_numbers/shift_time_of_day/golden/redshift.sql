-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Shift attendance from TIME(0) clock-in/out columns: hour buckets, TIME literals in BETWEEN,
--    worked minutes as a TIME difference, and the time part of a TIMESTAMP
-- source: input.sql:3  [S010]
CREATE TABLE pdn_db.attendance (
  emp_id INTEGER NOT NULL,
  work_dt DATE,
  clock_in TIME,
  clock_out TIME,
  badge_ts TIMESTAMP
)
DISTKEY(emp_id);

-- source: input.sql:13  [S020]
INSERT INTO pdn_db.attendance
VALUES
  (
    1,
    CAST('2024-02-29' AS DATE),
    CAST('05:45:00' AS TIME),
    CAST('14:15:00' AS TIME),
    CAST('2024-02-29 05:44:00' AS TIMESTAMP)
  );

-- source: input.sql:14  [S030]
INSERT INTO pdn_db.attendance
VALUES
  (
    2,
    CAST('2024-02-29' AS DATE),
    CAST('09:00:00' AS TIME),
    CAST('17:30:00' AS TIME),
    CAST('2024-02-29 09:05:00' AS TIMESTAMP)
  );

-- source: input.sql:15  [S040]
INSERT INTO pdn_db.attendance
VALUES
  (
    3,
    CAST('2024-03-01' AS DATE),
    CAST('13:59:00' AS TIME),
    CAST('22:00:00' AS TIME),
    CAST('2024-03-01 13:50:00' AS TIMESTAMP)
  );

-- source: input.sql:16  [S050]
INSERT INTO pdn_db.attendance
VALUES
  (
    4,
    CAST('2024-03-01' AS DATE),
    CAST('22:00:00' AS TIME),
    CAST('23:59:00' AS TIME),
    NULL
  );

-- source: input.sql:18  [S060]
CREATE TABLE pdn_db.result_shifts (
  emp_id INTEGER,
  in_hour INTEGER,
  shift_code CHAR(1),
  worked_min INTEGER,
  badge_early CHAR(1)
)
DISTKEY(emp_id);

-- source: input.sql:28  [S070]
INSERT INTO pdn_db.result_shifts
SELECT
  emp_id,
  EXTRACT(HOUR FROM clock_in),
  CASE
    WHEN clock_in BETWEEN CAST('06:00:00' AS TIME) AND CAST('13:59:59' AS TIME)
    THEN 'D'
    WHEN clock_in < CAST('06:00:00' AS TIME)
    THEN 'E'
    ELSE 'N'
  END,
  CAST((
    DATEDIFF(
      SECOND,
      DATE_TRUNC('minute', CAST('1970-01-01' AS DATE) + clock_in),
      DATE_TRUNC('minute', CAST('1970-01-01' AS DATE) + clock_out)
    ) / 60
  ) AS INTEGER),
  CASE WHEN CAST(badge_ts AS TIME(0)) < clock_in THEN 'Y' ELSE 'N' END
FROM pdn_db.attendance;
