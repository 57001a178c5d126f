CREATE TABLE vals (id INTEGER, x INTEGER);
INSERT INTO vals VALUES (1, 1), (2, 5), (3, 10), (4, NULL);
SELECT id,
       CASE WHEN x >= 1 AND x <= 5 THEN 'T' WHEN NOT (x >= 1 AND x <= 5) THEN 'F' ELSE 'U' END AS betw,
       CASE WHEN x >= 5 AND x <= 1 THEN 'T' WHEN NOT (x >= 5 AND x <= 1) THEN 'F' ELSE 'U' END AS betw_rev,
       CASE WHEN NOT (x >= 2 AND x <= 9) THEN 'T' WHEN (x >= 2 AND x <= 9) THEN 'F' ELSE 'U' END AS not_betw,
       CASE WHEN x IN (1, NULL) THEN 'T' WHEN NOT (x IN (1, NULL)) THEN 'F' ELSE 'U' END AS in_null,
       CASE WHEN x NOT IN (1, NULL) THEN 'T' WHEN NOT (x NOT IN (1, NULL)) THEN 'F' ELSE 'U' END AS nin_null,
       CASE WHEN x NOT IN (1, 10) THEN 'T' WHEN NOT (x NOT IN (1, 10)) THEN 'F' ELSE 'U' END AS nin_plain
FROM vals
UNION ALL
SELECT 100 + COUNT(*)::INTEGER, NULL, NULL, NULL, NULL, NULL, NULL FROM vals WHERE (x >= 10 AND x <= 1) OR x NOT IN (5, NULL)
