/* CREATE RECURSIVE VIEW over an employee hierarchy: depth from the root and the root's id */
CREATE MULTISET TABLE set_db.staff
(
    emp_id  INTEGER NOT NULL,
    mgr_id  INTEGER,
    name    VARCHAR(10) CHARACTER SET LATIN
)
PRIMARY INDEX ( emp_id );

INSERT INTO set_db.staff VALUES (1, NULL, 'ceo');
INSERT INTO set_db.staff VALUES (2, 1, 'cto');
INSERT INTO set_db.staff VALUES (3, 1, 'cfo');
INSERT INTO set_db.staff VALUES (4, 2, 'dev1');
INSERT INTO set_db.staff VALUES (5, 4, 'intern');
INSERT INTO set_db.staff VALUES (6, 99, 'orphan');

CREATE RECURSIVE VIEW set_db.v_chain (emp_id, root_id, depth, path_len) AS (
    SELECT emp_id, emp_id, 0, CHARACTERS(name)
    FROM set_db.staff
    WHERE mgr_id IS NULL
    UNION ALL
    SELECT s.emp_id, c.root_id, c.depth + 1, c.path_len + CHARACTERS(s.name)
    FROM set_db.staff s, v_chain c
    WHERE s.mgr_id = c.emp_id
      AND c.depth < 10
);

CREATE MULTISET TABLE set_db.result_hierarchy
(
    emp_id    INTEGER,
    root_id   INTEGER,
    depth     INTEGER,
    path_len  INTEGER
)
PRIMARY INDEX ( emp_id );

INSERT INTO set_db.result_hierarchy
SELECT emp_id, root_id, depth, path_len FROM set_db.v_chain;
