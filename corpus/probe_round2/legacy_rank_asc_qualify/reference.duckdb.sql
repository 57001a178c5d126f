CREATE SCHEMA hr_db;
CREATE TABLE hr_db.emp (emp_id INTEGER, dept_cd VARCHAR, salary DECIMAL(9,2), hire_dt DATE);
INSERT INTO hr_db.emp VALUES (101, 'ENG', 9000.00, DATE '2019-03-01');
INSERT INTO hr_db.emp VALUES (102, 'ENG', 7500.00, DATE '2020-07-15');
INSERT INTO hr_db.emp VALUES (103, 'ENG', 9000.00, DATE '2021-01-10');
INSERT INTO hr_db.emp VALUES (104, 'ENG', NULL,    DATE '2022-05-20');
INSERT INTO hr_db.emp VALUES (105, 'ENG', 6000.00, DATE '2018-11-30');
INSERT INTO hr_db.emp VALUES (201, 'OPS', 4000.00, DATE '2017-02-01');
INSERT INTO hr_db.emp VALUES (202, 'OPS', 4500.00, DATE '2023-09-01');
INSERT INTO hr_db.emp VALUES (203, 'OPS', 3000.00, DATE '2016-04-04');
CREATE TABLE hr_db.result_bands (dept_cd VARCHAR, emp_id INTEGER, pay_rank INTEGER, senior_rank INTEGER, cum_pay DECIMAL(12,2), pay_step DECIMAL(12,2));
INSERT INTO hr_db.result_bands
SELECT dept_cd, emp_id, pay_rank, senior_rank, cum_pay, pay_step FROM (
  SELECT dept_cd, emp_id,
         RANK() OVER (PARTITION BY dept_cd ORDER BY salary DESC NULLS LAST) AS pay_rank,
         RANK() OVER (PARTITION BY dept_cd ORDER BY hire_dt ASC NULLS FIRST) AS senior_rank,
         SUM(salary) OVER (PARTITION BY dept_cd ORDER BY hire_dt ROWS UNBOUNDED PRECEDING) AS cum_pay,
         salary - LAG(salary, 1) OVER (PARTITION BY dept_cd ORDER BY hire_dt) AS pay_step
  FROM hr_db.emp) x
WHERE pay_rank <= 3;
INSERT INTO hr_db.result_bands
SELECT dept_cd, emp_id, rk, -1, NULL, NULL FROM (
  SELECT dept_cd, emp_id, RANK() OVER (PARTITION BY dept_cd ORDER BY salary ASC NULLS FIRST) AS rk FROM hr_db.emp) x
WHERE rk = 1;
SELECT * FROM hr_db.result_bands ORDER BY dept_cd, emp_id, pay_rank;
