CREATE TABLE bases (id INTEGER, b INTEGER, e INTEGER);
INSERT INTO bases VALUES (1, 2, 10), (2, -3, 3), (3, 4, -1), (4, 10, 0), (5, NULL, 2), (6, 5, NULL);
SELECT id, pow(b::DOUBLE, e::DOUBLE) AS p, CAST(pow(b::DOUBLE, 2) AS INTEGER) AS sq_int, 1 + 2 * pow(b::DOUBLE, 2) AS expr, pow((b * b)::DOUBLE, 0.5) AS root FROM bases
