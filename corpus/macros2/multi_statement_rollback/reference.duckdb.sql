CREATE TABLE steps (step INTEGER, info VARCHAR, n INTEGER);
INSERT INTO steps VALUES (1, 'ok', 0), (2, 'failed', 0), (11, 'bal', 70), (12, 'bal', 80), (20, 'audit rows', 1);
SELECT step, info, n FROM steps
