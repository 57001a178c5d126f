CREATE TABLE wrk (a INTEGER, b VARCHAR);
INSERT INTO wrk VALUES (1, 'x'), (2, 'y');
DROP TABLE wrk;
CREATE TABLE wrk (a INTEGER, c DECIMAL(5,1), b VARCHAR);
INSERT INTO wrk VALUES (3, 1.5, 'z');
INSERT INTO wrk (a, b) VALUES (4, 'w');
ALTER TABLE wrk RENAME TO wrk_prev;
CREATE TABLE wrk (a INTEGER);
INSERT INTO wrk SELECT a * 10 FROM wrk_prev;
SELECT 'prev' AS src, a, c, b FROM wrk_prev UNION ALL SELECT 'wrk', a, NULL, NULL FROM wrk
