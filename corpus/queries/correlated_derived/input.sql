/* Correlated subqueries in WHERE and in the select list, and a join to a derived table */
CREATE MULTISET TABLE qry_db.emp
(
    emp_id  INTEGER NOT NULL,
    dept    CHAR(3) CHARACTER SET LATIN,
    salary  INTEGER
)
PRIMARY INDEX ( emp_id );

INSERT INTO qry_db.emp VALUES (1, 'ENG', 100);
INSERT INTO qry_db.emp VALUES (2, 'ENG', 200);
INSERT INTO qry_db.emp VALUES (3, 'ENG', 150);
INSERT INTO qry_db.emp VALUES (4, 'OPS', 80);
INSERT INTO qry_db.emp VALUES (5, 'OPS', 80);
INSERT INTO qry_db.emp VALUES (6, 'HR', NULL);

CREATE MULTISET TABLE qry_db.result_correlated
(
    emp_id      INTEGER,
    dept_max    INTEGER,
    dept_cnt    INTEGER,
    above_avg   CHAR(1)
)
PRIMARY INDEX ( emp_id );

INSERT INTO qry_db.result_correlated
SELECT e.emp_id,
       (SELECT MAX(e2.salary) FROM qry_db.emp e2 WHERE e2.dept = e.dept),
       d.cnt,
       CASE WHEN e.salary > (SELECT AVG(e3.salary) FROM qry_db.emp e3 WHERE e3.dept = e.dept)
            THEN 'Y' ELSE 'N' END
FROM qry_db.emp e
JOIN (SELECT dept, COUNT(*) AS cnt FROM qry_db.emp GROUP BY dept) d
  ON d.dept = e.dept
WHERE e.salary >= (SELECT MIN(e4.salary) FROM qry_db.emp e4 WHERE e4.dept = e.dept)
   OR e.salary IS NULL;
