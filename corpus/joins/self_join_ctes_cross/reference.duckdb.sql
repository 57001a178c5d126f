CREATE TABLE employees (emp_id INTEGER, mgr_id INTEGER, dept VARCHAR, salary INTEGER);
CREATE TABLE quarters (q INTEGER, factor DECIMAL(4,2));
INSERT INTO employees VALUES (1, NULL, 'Ops', 100), (2, 1, 'ops ', 80), (3, 1, 'IT', 120), (4, 3, 'it', 90), (5, 9, 'HR', 50);
INSERT INTO quarters VALUES (1, 0.25), (2, 0.50);
SELECT 'mgr' AS check_name, e.emp_id AS k1, m.emp_id AS k2, CAST(m.salary AS DECIMAL(12,2)) AS val FROM employees e LEFT JOIN employees m ON m.emp_id = e.mgr_id
UNION ALL SELECT 'earns_more', e.emp_id, m.emp_id, e.salary - m.salary FROM employees e JOIN employees m ON m.emp_id = e.mgr_id AND e.salary > m.salary
UNION ALL SELECT 'dept_peers', e1.emp_id, e2.emp_id, NULL FROM employees e1, employees e2 WHERE upper(rtrim(e1.dept)) = upper(rtrim(e2.dept)) AND e1.emp_id < e2.emp_id
UNION ALL SELECT 'dept_quarter', b.dept_size, qt.q, b.tot * qt.factor
FROM (SELECT MIN(emp_id) AS dept_key, COUNT(*) AS dept_size, SUM(salary) AS tot FROM employees GROUP BY upper(rtrim(dept))) b CROSS JOIN quarters qt WHERE b.dept_size > 1
