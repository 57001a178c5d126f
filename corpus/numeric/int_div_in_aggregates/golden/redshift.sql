-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Integer division inside and around aggregates; AVG of an INTEGER column
-- source: input.sql:2  [S010]
CREATE TABLE num_db.emp_hours (
  dept VARCHAR(20),
  emp_id INTEGER NOT NULL,
  hours INTEGER
)
DISTKEY(emp_id);

-- source: input.sql:10  [S020]
INSERT INTO num_db.emp_hours
VALUES
  ('A', 1, 10);

-- source: input.sql:11  [S030]
INSERT INTO num_db.emp_hours
VALUES
  ('A', 2, 15);

-- source: input.sql:12  [S040]
INSERT INTO num_db.emp_hours
VALUES
  ('A', 3, 4);

-- source: input.sql:13  [S050]
INSERT INTO num_db.emp_hours
VALUES
  ('B', 4, -9);

-- source: input.sql:14  [S060]
INSERT INTO num_db.emp_hours
VALUES
  ('B', 5, 4);

-- source: input.sql:15  [S070]
INSERT INTO num_db.emp_hours
VALUES
  ('C', 6, NULL);

-- source: input.sql:17  [S080]
CREATE TABLE num_db.result_dept_hours (
  dept VARCHAR(20),
  total INTEGER,
  per_emp INTEGER,
  sum_qtr INTEGER,
  avg_hours DECIMAL(10, 2)
)
DISTKEY(dept);

-- source: input.sql:27  [S090]
INSERT INTO num_db.result_dept_hours
SELECT
  MIN(dept) AS dept,
  SUM(hours),
  SUM(hours) / COUNT(*),
  SUM(hours / 4),
  AVG(CAST(hours AS DOUBLE PRECISION))
FROM num_db.emp_hours
GROUP BY
  UPPER(RTRIM(dept));
