CREATE TABLE emp (emp_id INTEGER, dept VARCHAR, salary INTEGER);
INSERT INTO emp VALUES (1, 'ENG', 100), (2, 'ENG', 200), (3, 'ENG', 150), (4, 'OPS', 80), (5, 'OPS', 80), (6, 'HR', NULL);
SELECT e.emp_id,
       (SELECT MAX(e2.salary) FROM emp e2 WHERE e2.dept = e.dept) AS dept_max,
       d.cnt::INTEGER AS dept_cnt,
       CASE WHEN e.salary > (SELECT AVG(e3.salary) FROM emp e3 WHERE e3.dept = e.dept) THEN 'Y' ELSE 'N' END AS above_avg
FROM emp e JOIN (SELECT dept, COUNT(*) AS cnt FROM emp GROUP BY dept) d ON d.dept = e.dept
WHERE e.salary >= (SELECT MIN(e4.salary) FROM emp e4 WHERE e4.dept = e.dept) OR e.salary IS NULL
