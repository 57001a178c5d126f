/* UPDATE with a correlated scalar subquery in SET (no matching row gives NULL, overwriting the
   old value), UPDATE that sets a column to NULL, UPDATE ... WHERE key IN (subquery with a NULL) */
CREATE MULTISET TABLE dml2_db.emp
(
    emp_id    INTEGER NOT NULL,
    dept_id   INTEGER,
    salary    DECIMAL(9,2),
    max_dept  DECIMAL(9,2),
    bonus     DECIMAL(9,2),
    flag      CHAR(1) CHARACTER SET LATIN
)
PRIMARY INDEX ( emp_id );

CREATE MULTISET TABLE dml2_db.raises
(
    dept_id   INTEGER,
    pct       INTEGER
)
PRIMARY INDEX ( dept_id );

INSERT INTO dml2_db.emp VALUES (1, 10, 1000.00, 1.00, 50.00, 'N');
INSERT INTO dml2_db.emp VALUES (2, 10, 3000.00, 1.00, 60.00, 'N');
INSERT INTO dml2_db.emp VALUES (3, 20, 2000.00, 1.00, NULL, 'N');
INSERT INTO dml2_db.emp VALUES (4, NULL, 500.00, 1.00, 70.00, 'N');
INSERT INTO dml2_db.emp VALUES (5, 30, 100.00, 1.00, 80.00, 'N');
INSERT INTO dml2_db.raises VALUES (10, 5);
INSERT INTO dml2_db.raises VALUES (NULL, 50);
INSERT INTO dml2_db.raises VALUES (30, 0);

UPDATE dml2_db.emp
SET max_dept = (SELECT MAX(e2.salary) FROM dml2_db.emp e2 WHERE e2.dept_id = dml2_db.emp.dept_id);

UPDATE dml2_db.emp SET bonus = NULL WHERE salary < 600;

UPDATE dml2_db.emp
SET flag = 'Y', salary = salary + salary * 10 / 100
WHERE dept_id IN (SELECT dept_id FROM dml2_db.raises WHERE pct > 0);

CREATE MULTISET TABLE dml2_db.result_upd_subq
(
    emp_id    INTEGER,
    dept_id   INTEGER,
    salary    DECIMAL(9,2),
    max_dept  DECIMAL(9,2),
    bonus     DECIMAL(9,2),
    flag      CHAR(1)
)
PRIMARY INDEX ( emp_id );

INSERT INTO dml2_db.result_upd_subq SELECT * FROM dml2_db.emp;
