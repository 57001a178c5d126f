CREATE TABLE audit_log (step INTEGER, what VARCHAR);
-- SET-table INSERT ... SELECT stores (2,..,20.00), (3,..,NULL), (4,..,5.00): ACTIVITYCOUNT 3.
-- UPDATE of store 99 touches 0 rows. DELETE removes stores 1 and 2 (open 'Y'): 2 rows.
-- MERGE source = stores 3, 4 (both new): 2 inserts, ACTIVITYCOUNT 2 -> store_dim has 4 rows.
INSERT INTO audit_log VALUES (1, 'set insert 3'), (2, 'no store 99'), (3, 'deleted 2'), (4, 'merged 4 stores');
SELECT * FROM audit_log
