CREATE TABLE emp (emp_id INTEGER NOT NULL, dept_id INTEGER, salary DECIMAL(9,2), max_dept DECIMAL(9,2), bonus DECIMAL(9,2), flag VARCHAR);
CREATE TABLE raises (dept_id INTEGER, pct INTEGER);
INSERT INTO emp VALUES (1, 10, 1000.00, 1.00, 50.00, 'N'), (2, 10, 3000.00, 1.00, 60.00, 'N'), (3, 20, 2000.00, 1.00, NULL, 'N'), (4, NULL, 500.00, 1.00, 70.00, 'N'), (5, 30, 100.00, 1.00, 80.00, 'N');
INSERT INTO raises VALUES (10, 5), (NULL, 50), (30, 0);
CREATE TABLE mx AS SELECT dept_id, MAX(salary) AS m FROM emp GROUP BY dept_id;
UPDATE emp SET max_dept = (SELECT mx.m FROM mx WHERE mx.dept_id = emp.dept_id);
UPDATE emp SET bonus = NULL WHERE salary < 600;
UPDATE emp SET flag = 'Y', salary = salary + salary * 10 / 100 WHERE dept_id IN (SELECT dept_id FROM raises WHERE pct > 0);
SELECT * FROM emp
