-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- DATE +/- INTEGER adds days, across month ends, leap days and year ends
-- source: input.sql:2  [S010]
CREATE TABLE dt_db.due (
  id INTEGER NOT NULL,
  base_dt DATE,
  grace INTEGER
)
DISTKEY(id);

-- source: input.sql:10  [S020]
INSERT INTO dt_db.due
VALUES
  (1, CAST('2024-02-28' AS DATE), 2);

-- source: input.sql:11  [S030]
INSERT INTO dt_db.due
VALUES
  (2, CAST('2023-02-28' AS DATE), 1);

-- source: input.sql:12  [S040]
INSERT INTO dt_db.due
VALUES
  (3, CAST('2024-12-31' AS DATE), 30);

-- source: input.sql:13  [S050]
INSERT INTO dt_db.due
VALUES
  (4, CAST('2024-03-01' AS DATE), -1);

-- source: input.sql:14  [S060]
INSERT INTO dt_db.due
VALUES
  (5, CAST('2024-01-15' AS DATE), NULL);

-- source: input.sql:15  [S070]
INSERT INTO dt_db.due
VALUES
  (6, NULL, 5);

-- source: input.sql:17  [S080]
CREATE TABLE dt_db.result_due (
  id INTEGER,
  next_day DATE,
  prev_day DATE,
  due_dt DATE,
  plus_year DATE,
  in_march CHAR(1)
)
DISTKEY(id);

-- source: input.sql:28  [S090]
INSERT INTO dt_db.result_due
SELECT
  id,
  base_dt + 1,
  base_dt - 1,
  base_dt + grace,
  base_dt + 365,
  CASE
    WHEN base_dt + grace BETWEEN CAST('2024-03-01' AS DATE) AND CAST('2024-03-31' AS DATE)
    THEN 'Y'
    ELSE 'N'
  END
FROM dt_db.due
WHERE
  base_dt + 30 > CAST('2024-01-01' AS DATE) OR base_dt IS NULL;
