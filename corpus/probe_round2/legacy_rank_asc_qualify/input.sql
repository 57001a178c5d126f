/* Payroll bands with legacy (pre-ANSI) ordered analytics: RANK(col DESC/ASC), CSUM, MDIFF per GROUP BY dept */
CREATE MULTISET TABLE hr_db.emp
(
    emp_id    INTEGER NOT NULL,
    dept_cd   CHAR(3),
    salary    DECIMAL(9,2),
    hire_dt   DATE
)
PRIMARY INDEX ( emp_id );

INSERT INTO hr_db.emp VALUES (101, 'ENG', 9000.00, DATE '2019-03-01');
INSERT INTO hr_db.emp VALUES (102, 'ENG', 7500.00, DATE '2020-07-15');
INSERT INTO hr_db.emp VALUES (103, 'ENG', 9000.00, DATE '2021-01-10');
INSERT INTO hr_db.emp VALUES (104, 'ENG', NULL,    DATE '2022-05-20');
INSERT INTO hr_db.emp VALUES (105, 'ENG', 6000.00, DATE '2018-11-30');
INSERT INTO hr_db.emp VALUES (201, 'OPS', 4000.00, DATE '2017-02-01');
INSERT INTO hr_db.emp VALUES (202, 'OPS', 4500.00, DATE '2023-09-01');
INSERT INTO hr_db.emp VALUES (203, 'OPS', 3000.00, DATE '2016-04-04');

CREATE MULTISET TABLE hr_db.result_bands
(
    dept_cd     CHAR(3),
    emp_id      INTEGER,
    pay_rank    INTEGER,
    senior_rank INTEGER,
    cum_pay     DECIMAL(12,2),
    pay_step    DECIMAL(12,2)
)
PRIMARY INDEX ( emp_id );

/* RANK(salary) defaults to DESC; RANK(hire_dt ASC) counts seniority; QUALIFY keeps the 3 best paid per dept */
INSERT INTO hr_db.result_bands
SELECT dept_cd,
       emp_id,
       RANK(salary),
       RANK(hire_dt ASC),
       CSUM(salary, hire_dt),
       MDIFF(salary, 1, hire_dt)
FROM hr_db.emp
GROUP BY dept_cd
QUALIFY RANK(salary DESC) <= 3;

/* the lowest-paid person per dept: RANK(salary ASC) = 1 (a NULL salary sorts first ascending) */
INSERT INTO hr_db.result_bands
SELECT dept_cd, emp_id, RANK(salary ASC), -1, NULL, NULL
FROM hr_db.emp
GROUP BY dept_cd
QUALIFY RANK(salary ASC) = 1;
