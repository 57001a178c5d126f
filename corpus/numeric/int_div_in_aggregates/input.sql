/* Integer division inside and around aggregates; AVG of an INTEGER column */
CREATE MULTISET TABLE num_db.emp_hours ,NO FALLBACK
(
    dept    VARCHAR(10),
    emp_id  INTEGER NOT NULL,
    hours   INTEGER
)
PRIMARY INDEX ( emp_id );

INSERT INTO num_db.emp_hours VALUES ('A', 1, 10);
INSERT INTO num_db.emp_hours VALUES ('A', 2, 15);
INSERT INTO num_db.emp_hours VALUES ('A', 3, 4);
INSERT INTO num_db.emp_hours VALUES ('B', 4, -9);
INSERT INTO num_db.emp_hours VALUES ('B', 5, 4);
INSERT INTO num_db.emp_hours VALUES ('C', 6, NULL);

CREATE MULTISET TABLE num_db.result_dept_hours
(
    dept       VARCHAR(10),
    total      INTEGER,
    per_emp    INTEGER,
    sum_qtr    INTEGER,
    avg_hours  DECIMAL(10,2)
)
PRIMARY INDEX ( dept );

INSERT INTO num_db.result_dept_hours
SELECT dept,
       SUM(hours),
       SUM(hours) / COUNT(*),
       SUM(hours / 4),
       AVG(hours)
FROM num_db.emp_hours
GROUP BY dept;
