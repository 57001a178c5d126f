-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Staging text timestamps loaded into TIMESTAMP(0) columns with an open-ended validity high date
-- source: input.sql:2  [S010]
CREATE TABLE pdn_db.stg_contracts (
  contract_id INTEGER NOT NULL,
  valid_from_tx VARCHAR(38),
  valid_to_tx VARCHAR(38)
)
DISTKEY(contract_id);

-- source: input.sql:10  [S020]
INSERT INTO pdn_db.stg_contracts
VALUES
  (1, '2024-02-29 08:15:00', '2024-03-31 23:59:59');

-- source: input.sql:11  [S030]
INSERT INTO pdn_db.stg_contracts
VALUES
  (2, '2024-03-01 00:00:00', NULL);

-- source: input.sql:12  [S040]
INSERT INTO pdn_db.stg_contracts
VALUES
  (3, '2023-12-31 23:59:59', '2024-01-01 00:00:00');

-- source: input.sql:14  [S050]
CREATE TABLE pdn_db.result_contracts (
  contract_id INTEGER,
  valid_from TIMESTAMP,
  valid_to TIMESTAMP,
  from_dt DATE,
  is_open CHAR(1)
)
DISTKEY(contract_id);

-- source: input.sql:24  [S060]
INSERT INTO pdn_db.result_contracts
SELECT
  contract_id,
  CAST(DATE_TRUNC('SECOND', CAST(valid_from_tx AS TIMESTAMP)) AS TIMESTAMP),
  COALESCE(
    CAST(DATE_TRUNC('SECOND', CAST(valid_to_tx AS TIMESTAMP)) AS TIMESTAMP),
    CAST(DATE_TRUNC('SECOND', CAST('9999-12-31 23:59:59' AS TIMESTAMP)) AS TIMESTAMP)
  ),
  CAST(CAST(DATE_TRUNC('SECOND', CAST(valid_from_tx AS TIMESTAMP)) AS TIMESTAMP) AS DATE),
  CASE
    WHEN COALESCE(
      CAST(DATE_TRUNC('SECOND', CAST(valid_to_tx AS TIMESTAMP)) AS TIMESTAMP),
      CAST(DATE_TRUNC('SECOND', CAST('9999-12-31 23:59:59' AS TIMESTAMP)) AS TIMESTAMP)
    ) > CAST('2024-06-30 00:00:00' AS TIMESTAMP)
    THEN 'Y'
    ELSE 'N'
  END
FROM pdn_db.stg_contracts
WHERE
  CAST(DATE_TRUNC('SECOND', CAST(valid_from_tx AS TIMESTAMP)) AS TIMESTAMP) >= CAST('2024-01-01 00:00:00' AS TIMESTAMP)
  OR contract_id = 3;
