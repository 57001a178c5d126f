CREATE TABLE staff (emp_id INTEGER, mgr_id INTEGER, name VARCHAR);
INSERT INTO staff VALUES (1, NULL, 'ceo'), (2, 1, 'cto'), (3, 1, 'cfo'), (4, 2, 'dev1'), (5, 4, 'intern'), (6, 99, 'orphan');
WITH RECURSIVE v_chain (emp_id, root_id, depth, path_len) AS (
    SELECT emp_id, emp_id, 0, length(name)::INTEGER FROM staff WHERE mgr_id IS NULL
    UNION ALL
    SELECT s.emp_id, c.root_id, c.depth + 1, (c.path_len + length(s.name))::INTEGER FROM staff s, v_chain c WHERE s.mgr_id = c.emp_id AND c.depth < 10
)
SELECT emp_id, root_id, depth, path_len FROM v_chain
