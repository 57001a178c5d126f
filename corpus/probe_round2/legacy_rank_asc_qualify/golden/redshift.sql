-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Payroll bands with legacy (pre-ANSI) ordered analytics: RANK(col DESC/ASC), CSUM, MDIFF per GROUP BY dept
-- source: input.sql:2  [S010]
CREATE TABLE hr_db.emp (
  emp_id INTEGER NOT NULL,
  dept_cd CHAR(3),
  salary DECIMAL(9, 2),
  hire_dt DATE
)
DISTKEY(emp_id);

-- source: input.sql:11  [S020]
INSERT INTO hr_db.emp
VALUES
  (101, 'ENG', 9000.00, CAST('2019-03-01' AS DATE));

-- source: input.sql:12  [S030]
INSERT INTO hr_db.emp
VALUES
  (102, 'ENG', 7500.00, CAST('2020-07-15' AS DATE));

-- source: input.sql:13  [S040]
INSERT INTO hr_db.emp
VALUES
  (103, 'ENG', 9000.00, CAST('2021-01-10' AS DATE));

-- source: input.sql:14  [S050]
INSERT INTO hr_db.emp
VALUES
  (104, 'ENG', NULL, CAST('2022-05-20' AS DATE));

-- source: input.sql:15  [S060]
INSERT INTO hr_db.emp
VALUES
  (105, 'ENG', 6000.00, CAST('2018-11-30' AS DATE));

-- source: input.sql:16  [S070]
INSERT INTO hr_db.emp
VALUES
  (201, 'OPS', 4000.00, CAST('2017-02-01' AS DATE));

-- source: input.sql:17  [S080]
INSERT INTO hr_db.emp
VALUES
  (202, 'OPS', 4500.00, CAST('2023-09-01' AS DATE));

-- source: input.sql:18  [S090]
INSERT INTO hr_db.emp
VALUES
  (203, 'OPS', 3000.00, CAST('2016-04-04' AS DATE));

-- source: input.sql:20  [S100]
CREATE TABLE hr_db.result_bands (
  dept_cd CHAR(3),
  emp_id INTEGER,
  pay_rank INTEGER,
  senior_rank INTEGER,
  cum_pay DECIMAL(12, 2),
  pay_step DECIMAL(12, 2)
)
DISTKEY(emp_id);

-- RANK(salary) defaults to DESC; RANK(hire_dt ASC) counts seniority; QUALIFY keeps the 3 best paid per dept
-- source: input.sql:32  [S110]
INSERT INTO hr_db.result_bands
SELECT
  dept_cd,
  emp_id,
  leapc_c_1,
  leapc_c_2,
  leapc_c_3,
  leapc_c_4
FROM (
  SELECT
    dept_cd,
    emp_id,
    RANK() OVER (PARTITION BY UPPER(RTRIM(dept_cd)) ORDER BY salary DESC NULLS LAST) AS leapc_c_1,
    RANK() OVER (PARTITION BY UPPER(RTRIM(dept_cd)) ORDER BY hire_dt ASC NULLS FIRST) AS leapc_c_2,
    SUM(salary) OVER (
      PARTITION BY UPPER(RTRIM(dept_cd))
      ORDER BY hire_dt ASC NULLS FIRST
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS leapc_c_3,
    (
      salary - LAG(salary, 1) OVER (PARTITION BY UPPER(RTRIM(dept_cd)) ORDER BY hire_dt ASC NULLS FIRST)
    ) AS leapc_c_4
  FROM hr_db.emp
) AS leapc_t_5
WHERE
  leapc_c_1 <= 3;

-- the lowest-paid person per dept: RANK(salary ASC) = 1 (a NULL salary sorts first ascending)
-- source: input.sql:44  [S120]
INSERT INTO hr_db.result_bands
SELECT
  dept_cd,
  emp_id,
  leapc_c_6,
  leapc_c_7,
  NULL,
  NULL
FROM (
  SELECT
    dept_cd,
    emp_id,
    RANK() OVER (PARTITION BY UPPER(RTRIM(dept_cd)) ORDER BY salary ASC NULLS FIRST) AS leapc_c_6,
    -1 AS leapc_c_7
  FROM hr_db.emp
) AS leapc_t_8
WHERE
  leapc_c_6 = 1;
