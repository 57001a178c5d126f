CREATE TABLE run_log (step INTEGER, msg VARCHAR, n INTEGER);
INSERT INTO run_log VALUES (2, 'after drop', NULL), (3, 'select failed', NULL);
INSERT INTO run_log SELECT 5, 'rows so far', COUNT(*) FROM run_log;
SELECT * FROM run_log
