CREATE TABLE steps (step INTEGER, msg VARCHAR, n INTEGER);
INSERT INTO steps VALUES (2, 'rolled back', 1), (3, 'ledger sum', 900);
SELECT * FROM steps
