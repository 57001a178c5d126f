CREATE TABLE staff (sid INTEGER NOT NULL, nm VARCHAR, dept VARCHAR, sal INTEGER, comm INTEGER);
INSERT INTO staff VALUES (1, 'ann', 'HR', 100, NULL), (2, 'bo', 'IT', 200, 50), (3, 'cy', 'IT', 150, 0), (4, 'di', NULL, 300, 10);
CREATE VIEW v_pay (who, unit, total_pay) AS SELECT nm, dept, sal + comm FROM staff;
CREATE VIEW v_pay_it AS SELECT who, total_pay FROM v_pay WHERE upper(unit) = upper('it') AND total_pay > 100;
CREATE TABLE result_views_nested (phase VARCHAR, who VARCHAR, total_pay INTEGER);
INSERT INTO result_views_nested SELECT 'before', who, total_pay FROM v_pay_it;
INSERT INTO result_views_nested SELECT 'nullpay', who, total_pay FROM v_pay WHERE total_pay IS NULL;
CREATE OR REPLACE VIEW v_pay (who, unit, total_pay) AS SELECT nm, COALESCE(dept, 'IT'), sal + COALESCE(comm, 0) FROM staff;
INSERT INTO result_views_nested SELECT 'after', who, total_pay FROM v_pay_it;
SELECT phase, who, total_pay FROM result_views_nested
