-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- QUALIFY ROW_NUMBER() = 1 per customer: Teradata puts NULL timestamps last when sorting DESC
--    and first when sorting ASC
-- source: input.sql:3  [S010]
CREATE TABLE qry_db.events (
  event_id INTEGER NOT NULL,
  cust_id INTEGER,
  event_ts TIMESTAMP,
  amount DECIMAL(8, 2)
)
DISTKEY(event_id);

-- source: input.sql:12  [S020]
INSERT INTO qry_db.events
VALUES
  (1, 100, CAST('2024-01-01 10:00:00' AS TIMESTAMP), 10.00);

-- source: input.sql:13  [S030]
INSERT INTO qry_db.events
VALUES
  (2, 100, CAST('2024-01-05 09:00:00' AS TIMESTAMP), 20.00);

-- source: input.sql:14  [S040]
INSERT INTO qry_db.events
VALUES
  (3, 100, NULL, 99.00);

-- source: input.sql:15  [S050]
INSERT INTO qry_db.events
VALUES
  (4, 200, NULL, 5.00);

-- source: input.sql:16  [S060]
INSERT INTO qry_db.events
VALUES
  (5, 200, CAST('2024-02-01 00:00:00' AS TIMESTAMP), 7.00);

-- source: input.sql:17  [S070]
INSERT INTO qry_db.events
VALUES
  (6, 300, CAST('2024-03-01 00:00:00' AS TIMESTAMP), 1.00);

-- source: input.sql:19  [S080]
CREATE TABLE qry_db.result_pick (
  pick VARCHAR(20),
  cust_id INTEGER,
  event_id INTEGER,
  amount DECIMAL(8, 2)
)
DISTKEY(cust_id);

-- source: input.sql:28  [S090]
INSERT INTO qry_db.result_pick
SELECT
  SUBSTRING(leapc_c_1 FROM 1 FOR 10),
  cust_id,
  event_id,
  amount
FROM (
  SELECT
    'latest' AS leapc_c_1,
    cust_id,
    event_id,
    amount,
    ROW_NUMBER() OVER (PARTITION BY cust_id ORDER BY event_ts DESC NULLS LAST) AS leapc_w_2
  FROM qry_db.events
) AS leapc_t_3
WHERE
  leapc_w_2 = 1;

-- source: input.sql:33  [S100]
INSERT INTO qry_db.result_pick
SELECT
  SUBSTRING(leapc_c_4 FROM 1 FOR 10),
  cust_id,
  event_id,
  amount
FROM (
  SELECT
    'earliest' AS leapc_c_4,
    cust_id,
    event_id,
    amount,
    ROW_NUMBER() OVER (PARTITION BY cust_id ORDER BY event_ts ASC NULLS FIRST) AS leapc_w_5
  FROM qry_db.events
) AS leapc_t_6
WHERE
  leapc_w_5 = 1;
