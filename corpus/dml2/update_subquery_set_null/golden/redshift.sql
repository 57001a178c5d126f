-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- UPDATE with a correlated scalar subquery in SET (no matching row gives NULL, overwriting the
--    old value), UPDATE that sets a column to NULL, UPDATE ... WHERE key IN (subquery with a NULL)
-- source: input.sql:3  [S010]
CREATE TABLE dml2_db.emp (
  emp_id INTEGER NOT NULL,
  dept_id INTEGER,
  salary DECIMAL(9, 2),
  max_dept DECIMAL(9, 2),
  bonus DECIMAL(9, 2),
  flag CHAR(1)
)
DISTKEY(emp_id);

-- source: input.sql:14  [S020]
CREATE TABLE dml2_db.raises (
  dept_id INTEGER,
  pct INTEGER
)
DISTKEY(dept_id);

-- source: input.sql:21  [S030]
INSERT INTO dml2_db.emp
VALUES
  (1, 10, 1000.00, 1.00, 50.00, 'N');

-- source: input.sql:22  [S040]
INSERT INTO dml2_db.emp
VALUES
  (2, 10, 3000.00, 1.00, 60.00, 'N');

-- source: input.sql:23  [S050]
INSERT INTO dml2_db.emp
VALUES
  (3, 20, 2000.00, 1.00, NULL, 'N');

-- source: input.sql:24  [S060]
INSERT INTO dml2_db.emp
VALUES
  (4, NULL, 500.00, 1.00, 70.00, 'N');

-- source: input.sql:25  [S070]
INSERT INTO dml2_db.emp
VALUES
  (5, 30, 100.00, 1.00, 80.00, 'N');

-- source: input.sql:26  [S080]
INSERT INTO dml2_db.raises
VALUES
  (10, 5);

-- source: input.sql:27  [S090]
INSERT INTO dml2_db.raises
VALUES
  (NULL, 50);

-- source: input.sql:28  [S100]
INSERT INTO dml2_db.raises
VALUES
  (30, 0);

-- source: input.sql:30  [S110]
UPDATE dml2_db.emp SET max_dept = (
  SELECT
    MAX(e2.salary)
  FROM dml2_db.emp AS e2
  WHERE
    e2.dept_id = dml2_db.emp.dept_id
);

-- source: input.sql:33  [S120]
UPDATE dml2_db.emp SET bonus = NULL
WHERE
  salary < 600;

-- source: input.sql:35  [S130]
UPDATE dml2_db.emp SET flag = 'Y', salary = salary + CASE
  WHEN ABS((
    salary * 10 / 100 * 100
  ) - TRUNC((
    salary * 10 / 100 * 100
  ))) = 0.5
  THEN (
    TRUNC((
      salary * 10 / 100 * 100
    )) + TRUNC((
      salary * 10 / 100 * 100
    )) % 2
  ) / 100
  ELSE ROUND(salary * 10 / 100, 2)
END
WHERE
  dept_id IN (
    SELECT
      dept_id
    FROM dml2_db.raises
    WHERE
      pct > 0
  );

-- source: input.sql:39  [S140]
CREATE TABLE dml2_db.result_upd_subq (
  emp_id INTEGER,
  dept_id INTEGER,
  salary DECIMAL(9, 2),
  max_dept DECIMAL(9, 2),
  bonus DECIMAL(9, 2),
  flag CHAR(1)
)
DISTKEY(emp_id);

-- source: input.sql:50  [S150]
INSERT INTO dml2_db.result_upd_subq
SELECT
  *
FROM dml2_db.emp;
