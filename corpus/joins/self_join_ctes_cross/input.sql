/* Self joins (manager lookup with missing manager, pairwise peers on a NOT CASESPECIFIC
   column), a derived table holding two non-recursive CTEs, and a CROSS JOIN */
CREATE MULTISET TABLE jn_db.employees
(
    emp_id   INTEGER NOT NULL,
    mgr_id   INTEGER,
    dept     VARCHAR(10) CHARACTER SET LATIN,
    salary   INTEGER
)
PRIMARY INDEX ( emp_id );

CREATE MULTISET TABLE jn_db.quarters
(
    q        INTEGER NOT NULL,
    factor   DECIMAL(4,2)
)
PRIMARY INDEX ( q );

INSERT INTO jn_db.employees VALUES (1, NULL, 'Ops', 100);
INSERT INTO jn_db.employees VALUES (2, 1, 'ops ', 80);
INSERT INTO jn_db.employees VALUES (3, 1, 'IT', 120);
INSERT INTO jn_db.employees VALUES (4, 3, 'it', 90);
INSERT INTO jn_db.employees VALUES (5, 9, 'HR', 50);
INSERT INTO jn_db.quarters VALUES (1, 0.25);
INSERT INTO jn_db.quarters VALUES (2, 0.50);

CREATE MULTISET TABLE jn_db.result_self_cte
(
    check_name  VARCHAR(20),
    k1          INTEGER,
    k2          INTEGER,
    val         DECIMAL(12,2)
)
PRIMARY INDEX ( check_name );

INSERT INTO jn_db.result_self_cte
SELECT 'mgr', e.emp_id, m.emp_id, m.salary
FROM jn_db.employees e
LEFT JOIN jn_db.employees m
  ON m.emp_id = e.mgr_id;

INSERT INTO jn_db.result_self_cte
SELECT 'earns_more', e.emp_id, m.emp_id, e.salary - m.salary
FROM jn_db.employees e
JOIN jn_db.employees m
  ON m.emp_id = e.mgr_id AND e.salary > m.salary;

INSERT INTO jn_db.result_self_cte
SELECT 'dept_peers', e1.emp_id, e2.emp_id, NULL
FROM jn_db.employees e1, jn_db.employees e2
WHERE e1.dept = e2.dept AND e1.emp_id < e2.emp_id;

INSERT INTO jn_db.result_self_cte
SELECT 'dept_quarter', x.dept_size, x.q, x.budget
FROM (
    WITH dept_tot (dept_key, dept_size, tot) AS
         (SELECT MIN(emp_id), COUNT(*), SUM(salary) FROM jn_db.employees GROUP BY dept),
         big AS
         (SELECT dept_key, dept_size, tot FROM dept_tot WHERE dept_size > 1)
    SELECT b.dept_size, qt.q, b.tot * qt.factor AS budget
    FROM big b
    CROSS JOIN jn_db.quarters qt
) x;
