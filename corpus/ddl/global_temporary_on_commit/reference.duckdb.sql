CREATE TABLE result_gtt (step INTEGER, tbl VARCHAR, n INTEGER, s INTEGER);
INSERT INTO result_gtt VALUES (1, 'keep', 2, 30), (2, 'tx', 0, NULL), (3, 'vt', 0, NULL), (4, 'tx in bt', 2, 1100), (5, 'vt in bt', 1, 7), (6, 'tx after', 0, NULL), (7, 'keep end', 2, 30);
SELECT step, tbl, n, s FROM result_gtt
