CREATE TABLE events (id INTEGER, ev_dt DATE);
INSERT INTO events VALUES (1, DATE '2024-02-29'), (2, DATE '2024-12-31'), (3, DATE '2024-01-01'), (4, DATE '2023-01-01'), (5, DATE '2024-11-15'), (6, DATE '2024-03-31'), (7, NULL);
SELECT id,
       CAST(date_trunc('month', ev_dt) AS DATE) AS month_dt,
       CAST(date_trunc('quarter', ev_dt) AS DATE) AS qtr_dt,
       CAST(date_trunc('year', ev_dt) AS DATE) AS year_dt,
       CAST(date_trunc('week', ev_dt) AS DATE) AS week_dt
FROM events
