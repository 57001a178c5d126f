CREATE TABLE daily_kpi (kpi_id INTEGER, kpi_dt DATE, kpi_val INTEGER);
INSERT INTO daily_kpi VALUES (1, DATE '2024-03-15', 10), (2, DATE '2024-03-01', 20), (3, DATE '2024-02-29', 30), (4, DATE '2024-01-01', 40), (5, DATE '2023-12-31', 50), (6, NULL, 60);
SELECT kpi_id,
       CAST(date_trunc('month', kpi_dt) AS DATE) - 1 AS prev_month_end,
       CAST(kpi_dt - CAST(date_trunc('month', kpi_dt) AS DATE) + 1 AS INTEGER) AS day_of_month,
       CAST(CAST(date_trunc('month', kpi_dt) AS DATE) + INTERVAL 1 MONTH AS DATE) - 1 AS month_end,
       CAST(kpi_dt - CAST(date_trunc('quarter', kpi_dt) AS DATE) + 1 AS INTEGER) AS day_of_quarter,
       CAST(kpi_dt - CAST(date_trunc('year', kpi_dt) AS DATE) + 1 AS INTEGER) AS day_of_year
FROM daily_kpi ORDER BY kpi_id
