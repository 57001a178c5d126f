CREATE TABLE audit (step INTEGER, msg VARCHAR, n INTEGER);
INSERT INTO audit VALUES (3, 'open accounts', 2), (5, 'many rows', NULL), (6, 'accounts now', 4);
SELECT * FROM audit
