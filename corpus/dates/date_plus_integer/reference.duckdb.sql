CREATE TABLE due (id INTEGER, base_dt DATE, grace INTEGER);
INSERT INTO due VALUES (1, DATE '2024-02-28', 2), (2, DATE '2023-02-28', 1), (3, DATE '2024-12-31', 30), (4, DATE '2024-03-01', -1), (5, DATE '2024-01-15', NULL), (6, NULL, 5);
SELECT id,
       base_dt + 1 AS next_day,
       base_dt - 1 AS prev_day,
       base_dt + grace AS due_dt,
       base_dt + 365 AS plus_year,
       CASE WHEN base_dt + grace BETWEEN DATE '2024-03-01' AND DATE '2024-03-31' THEN 'Y' ELSE 'N' END AS in_march
FROM due
WHERE base_dt + 30 > DATE '2024-01-01' OR base_dt IS NULL
