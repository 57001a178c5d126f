CREATE TABLE tickets (id INTEGER, st VARCHAR, pri INTEGER, a INTEGER, b INTEGER, c INTEGER);
INSERT INTO tickets VALUES (1, 'O', 1, NULL, NULL, 3), (2, 'C', 3, 2, NULL, NULL), (3, NULL, 2, NULL, NULL, NULL), (4, 'X', NULL, 0, 5, 6), (5, 'O', 3, NULL, 4, NULL);
SELECT id,
       CASE WHEN st = 'O' THEN 'OPEN' WHEN st = 'C' THEN 'CLOSED' ELSE 'OTHER' END AS st_txt,
       CASE WHEN pri = 1 THEN 'HIGH' WHEN pri >= 2 THEN 'LOW' END AS pri_txt,
       COALESCE(a, b, c, pri, -1) AS first_v,
       NULLIF(COALESCE(a, 0), 0) AS nz,
       'ROW' AS tag
FROM tickets
UNION ALL
SELECT 0,
       CAST(SUM(CASE WHEN st = 'O' THEN 1 ELSE 0 END) AS VARCHAR),
       CAST(COUNT(CASE WHEN pri > 1 THEN pri END) AS VARCHAR),
       CAST(SUM(CASE WHEN st IS NULL THEN NULL ELSE CASE WHEN pri IS NULL THEN 100 ELSE pri END END) AS INTEGER),
       MAX(CASE WHEN st = 'O' THEN pri END),
       'AGG'
FROM tickets
