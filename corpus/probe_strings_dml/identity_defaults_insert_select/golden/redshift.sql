-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Event log with a generated surrogate key and column defaults: rows loaded by INSERT ... SELECT
--    and INSERT ... VALUES naming only some columns
-- source: input.sql:3  [S010]
CREATE TABLE id_db.event_log (
  event_sk INTEGER IDENTITY(1, 1),
  event_cd VARCHAR(20) NOT NULL,
  status_cd CHAR(1) DEFAULT 'N',
  retry_cnt INTEGER DEFAULT 0,
  load_dt DATE DEFAULT CAST('2024-01-01' AS DATE),
  note_txt VARCHAR(40) DEFAULT '',
  amount DECIMAL(8, 2) DEFAULT 0
)
DISTKEY(event_sk);

-- source: input.sql:16  [S020]
CREATE TABLE id_db.event_src (
  event_cd VARCHAR(20),
  amount DECIMAL(8, 2)
)
DISTKEY(event_cd);

-- source: input.sql:23  [S030]
INSERT INTO id_db.event_src
VALUES
  ('LOGIN', NULL);

-- source: input.sql:24  [S040]
INSERT INTO id_db.event_src
VALUES
  ('BUY', 12.50);

-- source: input.sql:25  [S050]
INSERT INTO id_db.event_src
VALUES
  ('BUY', 12.50);

-- source: input.sql:26  [S060]
INSERT INTO id_db.event_src
VALUES
  ('LOGOUT', 0.00);

-- source: input.sql:28  [S070]
INSERT INTO id_db.event_log (
  event_cd,
  amount
)
SELECT
  event_cd,
  amount
FROM id_db.event_src;

-- source: input.sql:31  [S080]
INSERT INTO id_db.event_log (
  event_cd,
  status_cd,
  retry_cnt
)
VALUES
  ('REFUND', 'Y', 2);

-- source: input.sql:34  [S090]
CREATE TABLE id_db.result_event_summary (
  event_cd VARCHAR(20),
  row_cnt INTEGER,
  distinct_sk INTEGER,
  null_sk INTEGER,
  min_sk_pos CHAR(1),
  status_cd CHAR(1),
  retry_sum INTEGER,
  load_dt DATE,
  note_len INTEGER,
  amount_sum DECIMAL(10, 2)
)
DISTKEY(event_cd);

-- source: input.sql:49  [S100]
INSERT INTO id_db.result_event_summary
SELECT
  MIN(event_cd) AS event_cd,
  COUNT(*),
  COUNT(DISTINCT event_sk),
  SUM(CASE WHEN event_sk IS NULL THEN 1 ELSE 0 END),
  CASE WHEN MIN(event_sk) >= 1 THEN 'Y' ELSE 'N' END,
  SUBSTRING(SUBSTRING(MAX(UPPER(RTRIM(status_cd)) || CHR(1) || status_cd) FROM STRPOS(MAX(UPPER(RTRIM(status_cd)) || CHR(1) || status_cd), CHR(1)) + 1) FROM 1 FOR 1),
  SUM(retry_cnt),
  MAX(load_dt),
  MAX(LENGTH(note_txt)),
  SUM(amount)
FROM id_db.event_log
GROUP BY
  UPPER(RTRIM(event_cd));
