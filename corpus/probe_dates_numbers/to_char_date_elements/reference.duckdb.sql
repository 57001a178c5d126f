CREATE TABLE shipments (ship_id INTEGER, ship_dt DATE, ship_ts TIMESTAMP);
INSERT INTO shipments VALUES (1, DATE '2024-02-29', TIMESTAMP '2024-02-29 18:30:05'), (2, DATE '2024-12-30', TIMESTAMP '2024-12-30 00:05:00'), (3, DATE '2023-01-01', TIMESTAMP '2023-01-01 12:00:00'), (4, DATE '2024-07-04', TIMESTAMP '2024-07-04 09:15:59'), (5, NULL, NULL);
SELECT ship_id,
       strftime(ship_dt, '%Y-%m') AS month_key,
       strftime(ship_dt, '%d-') || upper(strftime(ship_dt, '%b')) || strftime(ship_dt, '-%Y') AS dmy_label,
       upper(strftime(ship_dt, '%a')) AS day_abbr,
       strftime(ship_dt, '%Y') || '-Q' || CAST(quarter(ship_dt) AS VARCHAR) AS qtr_label,
       lpad(CAST(weekofyear(ship_dt) AS VARCHAR), 2, '0') AS iso_week,
       lpad(CAST((dayofyear(ship_dt) - 1) // 7 + 1 AS VARCHAR), 2, '0') AS week_of_yr,
       strftime(ship_dt, '%j') AS day_of_yr,
       strftime(ship_ts, '%H:%M:%S') AS clock_24,
       strftime(ship_ts, '%I:%M %p') AS clock_12
FROM shipments ORDER BY ship_id
