CREATE TABLE facts (id INTEGER NOT NULL, q DECIMAL(9,2), txt VARCHAR, dt DATE, src VARCHAR);
CREATE TABLE feed_a (k INTEGER, v INTEGER);
INSERT INTO feed_a VALUES (1, 10), (2, 15), (2, 15);
INSERT INTO facts VALUES (1, 7 // 2, 'ab' || 'cd', DATE '2024-02-28' + 2, 'val');
INSERT INTO facts VALUES (2, 2.675, 'yes', NULL, 'val');
INSERT INTO facts VALUES (3, -3 * 1.00, NULL, DATE '2024-12-31' - 366, 'val');
INSERT INTO facts VALUES (4, 1.00 /* 1.005 halfway -> even */, substr('abcdefgh', 1, 5), DATE '2023-03-01' - 1, 'val');
INSERT INTO facts (id, q, src) SELECT k + 100, v // 4, 'uA' FROM feed_a UNION ALL SELECT k + 200, CAST(TRUNC(v * 1.5) AS INTEGER), substr('uBB', 1, 2) FROM feed_a WHERE k = 2;
SELECT id, q, txt, dt, src FROM facts
