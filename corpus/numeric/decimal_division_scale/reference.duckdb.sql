CREATE TABLE ratios (id INTEGER, a DECIMAL(10,2), b DECIMAL(10,2), n INTEGER);
INSERT INTO ratios VALUES (1, 2.00, 3.00, 3), (2, 10.00, 3.00, 7), (3, 1.00, 6.00, 6), (4, -2.00, 3.00, 3), (5, 5.00, NULL, NULL);
SELECT id,
       CAST(round(a / b, 2) AS DECIMAL(12,4)) AS q,
       CAST(round(a / n, 2) AS DECIMAL(12,4)) AS q_int,
       CAST(round(a / b, 2) * 100 AS DECIMAL(12,4)) AS pct,
       CAST(round((100 * a) / b, 2) AS DECIMAL(12,4)) AS pct_first,
       CAST(a * b AS DECIMAL(12,4)) AS prod
FROM ratios
