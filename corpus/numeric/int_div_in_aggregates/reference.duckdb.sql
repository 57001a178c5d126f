CREATE TABLE emp_hours (dept VARCHAR, emp_id INTEGER, hours INTEGER);
INSERT INTO emp_hours VALUES ('A', 1, 10), ('A', 2, 15), ('A', 3, 4), ('B', 4, -9), ('B', 5, 4), ('C', 6, NULL);
SELECT dept,
       CAST(SUM(hours) AS INTEGER) AS total,
       CAST(trunc(SUM(hours)::DOUBLE / COUNT(*)) AS INTEGER) AS per_emp,
       CAST(SUM(CAST(trunc(hours::DOUBLE / 4) AS INTEGER)) AS INTEGER) AS sum_qtr,
       CAST(AVG(hours::DOUBLE) AS DECIMAL(10,2)) AS avg_hours
FROM emp_hours GROUP BY dept
