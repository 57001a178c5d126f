-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Self joins (manager lookup with missing manager, pairwise peers on a NOT CASESPECIFIC
--    column), a derived table holding two non-recursive CTEs, and a CROSS JOIN
-- source: input.sql:3  [S010]
CREATE TABLE jn_db.employees (
  emp_id INTEGER NOT NULL,
  mgr_id INTEGER,
  dept VARCHAR(20),
  salary INTEGER
)
DISTKEY(emp_id);

-- source: input.sql:12  [S020]
CREATE TABLE jn_db.quarters (
  q INTEGER NOT NULL,
  factor DECIMAL(4, 2)
)
DISTKEY(q);

-- source: input.sql:19  [S030]
INSERT INTO jn_db.employees
VALUES
  (1, NULL, 'Ops', 100);

-- source: input.sql:20  [S040]
INSERT INTO jn_db.employees
VALUES
  (2, 1, 'ops ', 80);

-- source: input.sql:21  [S050]
INSERT INTO jn_db.employees
VALUES
  (3, 1, 'IT', 120);

-- source: input.sql:22  [S060]
INSERT INTO jn_db.employees
VALUES
  (4, 3, 'it', 90);

-- source: input.sql:23  [S070]
INSERT INTO jn_db.employees
VALUES
  (5, 9, 'HR', 50);

-- source: input.sql:24  [S080]
INSERT INTO jn_db.quarters
VALUES
  (1, 0.25);

-- source: input.sql:25  [S090]
INSERT INTO jn_db.quarters
VALUES
  (2, 0.50);

-- source: input.sql:27  [S100]
CREATE TABLE jn_db.result_self_cte (
  check_name VARCHAR(40),
  k1 INTEGER,
  k2 INTEGER,
  val DECIMAL(12, 2)
)
DISTKEY(check_name);

-- source: input.sql:36  [S110]
INSERT INTO jn_db.result_self_cte
SELECT
  'mgr',
  e.emp_id,
  m.emp_id,
  m.salary
FROM jn_db.employees AS e
LEFT JOIN jn_db.employees AS m
  ON m.emp_id = e.mgr_id;

-- source: input.sql:42  [S120]
INSERT INTO jn_db.result_self_cte
SELECT
  'earns_more',
  e.emp_id,
  m.emp_id,
  e.salary - m.salary
FROM jn_db.employees AS e
JOIN jn_db.employees AS m
  ON m.emp_id = e.mgr_id AND e.salary > m.salary;

-- source: input.sql:48  [S130]
INSERT INTO jn_db.result_self_cte
SELECT
  'dept_peers',
  e1.emp_id,
  e2.emp_id,
  NULL
FROM jn_db.employees AS e1, jn_db.employees AS e2
WHERE
  UPPER(RTRIM(e1.dept)) = UPPER(RTRIM(e2.dept)) AND e1.emp_id < e2.emp_id;

-- source: input.sql:53  [S140]
INSERT INTO jn_db.result_self_cte
SELECT
  'dept_quarter',
  x.dept_size,
  x.q,
  x.budget
FROM (
  WITH dept_tot(dept_key, dept_size, tot) AS (
    SELECT
      MIN(emp_id),
      COUNT(*),
      SUM(salary)
    FROM jn_db.employees
    GROUP BY
      UPPER(RTRIM(dept))
  ), big AS (
    SELECT
      dept_key,
      dept_size,
      tot
    FROM dept_tot
    WHERE
      dept_size > 1
  )
  SELECT
    b.dept_size,
    qt.q,
    b.tot * qt.factor AS budget
  FROM big AS b
  CROSS JOIN jn_db.quarters AS qt
) AS x;
