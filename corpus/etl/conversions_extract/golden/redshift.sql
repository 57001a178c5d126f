-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Extract formatting step: TO_CHAR of dates and timestamps, TO_DATE with a format,
--    TO_NUMBER of text, CAST of numbers to VARCHAR, TIME columns and TIMESTAMP(6) parts
-- source: input.sql:3  [S010]
CREATE TABLE etl_db.shipments (
  ship_id INTEGER NOT NULL,
  ship_dt DATE,
  ship_ts TIMESTAMP,
  cutoff TIME,
  weight_txt VARCHAR(24),
  eta_txt VARCHAR(20),
  fee DECIMAL(9, 2)
)
DISTKEY(ship_id);

-- source: input.sql:15  [S020]
INSERT INTO etl_db.shipments
VALUES
  (
    1,
    CAST('2024-02-29' AS DATE),
    CAST('2024-02-29 23:59:58.750000' AS TIMESTAMP),
    CAST('08:05:09' AS TIME),
    '12.75',
    '01.03.2024',
    12.50
  );

-- source: input.sql:16  [S030]
INSERT INTO etl_db.shipments
VALUES
  (
    7,
    CAST('2023-12-31' AS DATE),
    CAST('2024-01-01 00:00:00.000001' AS TIMESTAMP),
    CAST('17:45:00' AS TIME),
    '-0003',
    '31.12.2023',
    1234.05
  );

-- source: input.sql:17  [S040]
INSERT INTO etl_db.shipments
VALUES
  (42, NULL, NULL, NULL, NULL, NULL, NULL);

-- source: input.sql:19  [S050]
CREATE TABLE etl_db.result_extract (
  ship_id INTEGER,
  dt_iso VARCHAR(20),
  dt_compact CHAR(8),
  dt_eu VARCHAR(20),
  ts_text VARCHAR(38),
  eta_dt DATE,
  eta_days INTEGER,
  weight DECIMAL(10, 2),
  id_text VARCHAR(24),
  fee_text VARCHAR(24),
  cutoff TIME,
  cutoff_min INTEGER,
  morning CHAR(1),
  ts_sec DECIMAL(8, 6)
)
DISTKEY(ship_id);

-- source: input.sql:38  [S060]
INSERT INTO etl_db.result_extract
SELECT
  ship_id,
  TO_CHAR(ship_dt, 'YYYY-MM-DD'),
  TO_CHAR(ship_dt, 'YYYYMMDD'),
  TO_CHAR(ship_dt, 'DD/MM/YYYY'),
  TO_CHAR(ship_ts, 'YYYY-MM-DD HH24:MI:SS'),
  TO_DATE(eta_txt, 'DD.MM.YYYY'),
  TO_DATE(eta_txt, 'DD.MM.YYYY') - ship_dt,
  CASE
    WHEN ABS(
      (
        CAST(COALESCE(
          CASE WHEN UPPER(RTRIM(TRIM(weight_txt))) = '' THEN NULL ELSE TRIM(weight_txt) END,
          CASE WHEN weight_txt IS NULL THEN NULL ELSE '0' END
        ) AS DECIMAL(38, 10)) * 100
      ) - TRUNC(
        (
          CAST(COALESCE(
            CASE WHEN UPPER(RTRIM(TRIM(weight_txt))) = '' THEN NULL ELSE TRIM(weight_txt) END,
            CASE WHEN weight_txt IS NULL THEN NULL ELSE '0' END
          ) AS DECIMAL(38, 10)) * 100
        )
      )
    ) = 0.5
    THEN (
      TRUNC(
        (
          CAST(COALESCE(
            CASE WHEN UPPER(RTRIM(TRIM(weight_txt))) = '' THEN NULL ELSE TRIM(weight_txt) END,
            CASE WHEN weight_txt IS NULL THEN NULL ELSE '0' END
          ) AS DECIMAL(38, 10)) * 100
        )
      ) + TRUNC(
        (
          CAST(COALESCE(
            CASE WHEN UPPER(RTRIM(TRIM(weight_txt))) = '' THEN NULL ELSE TRIM(weight_txt) END,
            CASE WHEN weight_txt IS NULL THEN NULL ELSE '0' END
          ) AS DECIMAL(38, 10)) * 100
        )
      ) % 2
    ) / 100
    ELSE ROUND(
      CAST(COALESCE(
        CASE WHEN UPPER(RTRIM(TRIM(weight_txt))) = '' THEN NULL ELSE TRIM(weight_txt) END,
        CASE WHEN weight_txt IS NULL THEN NULL ELSE '0' END
      ) AS DECIMAL(38, 10)),
      2
    )
  END,
  'S-' || CAST(ship_id AS VARCHAR(10)),
  CAST(fee AS VARCHAR(12)),
  cutoff,
  EXTRACT(MINUTE FROM cutoff),
  CASE
    WHEN cutoff < CAST('12:00:00' AS TIME)
    THEN 'Y'
    WHEN NOT cutoff IS NULL
    THEN 'N'
  END,
  EXTRACT(SECOND FROM ship_ts)
FROM etl_db.shipments;
