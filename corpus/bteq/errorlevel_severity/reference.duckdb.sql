CREATE TABLE flags (step INTEGER, msg VARCHAR, n INTEGER);
INSERT INTO flags VALUES (1, 'drop ignored', NULL), (3, 'division failed', 1), (4, 'safe unit', 2);
SELECT * FROM flags
