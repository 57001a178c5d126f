CREATE TABLE pairs (id INTEGER, a INTEGER, b INTEGER);
INSERT INTO pairs VALUES (1, 7, 2), (2, -7, 2), (3, 7, -2), (4, -7, -2), (5, 5, 2), (6, 1, 3), (7, NULL, 3);
CREATE TABLE r (src VARCHAR, id INTEGER, q INTEGER, q_scaled DECIMAL(10,2), q_half INTEGER);
INSERT INTO r SELECT 'ALL', id, CAST(trunc(a::DOUBLE / b) AS INTEGER), CAST(trunc(a::DOUBLE / b) AS INTEGER) * 1.5, CAST(trunc(a::DOUBLE / 2) AS INTEGER) FROM pairs;
INSERT INTO r SELECT 'WHERE', id, NULL, NULL, NULL FROM pairs WHERE trunc(a::DOUBLE / b) = 2 OR trunc(a::DOUBLE / b) = -3;
SELECT * FROM r
