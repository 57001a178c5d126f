CREATE TABLE pairs (id INTEGER NOT NULL, a INTEGER, b INTEGER, c INTEGER, lbl VARCHAR);
INSERT INTO pairs VALUES (1, 1, 2, 0, 'x'), (2, 5, NULL, 0, 'y'), (3, 7, 3, 0, NULL);
UPDATE pairs SET a = b, b = a, c = a * 10 + b, lbl = CASE WHEN a > b THEN lbl || '>' ELSE lbl || '<=' END;
UPDATE pairs SET b = b + 100, a = a - 1 WHERE b < 6;
SELECT id, a, b, c, lbl FROM pairs
