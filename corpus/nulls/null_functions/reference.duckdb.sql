CREATE TABLE readings (id INTEGER, a INTEGER, b INTEGER, c INTEGER);
INSERT INTO readings VALUES (1, NULL, 5, 7), (2, 0, NULL, 3), (3, 4, NULL, NULL), (4, NULL, NULL, NULL), (5, 9, 8, 1);
SELECT id,
       coalesce(a, 0) AS zin,
       nullif(a, 0) AS niz,
       coalesce(a, b) AS nvl_ab,
       coalesce(c, b, a, -1) AS coal,
       nullif(a, 4) AS nullif4,
       coalesce(a, 0) + coalesce(b, 0) + coalesce(c, 0) AS zsum
FROM readings
