CREATE TABLE clicks (id INTEGER, ev_dt DATE, ev_ts TIMESTAMP);
INSERT INTO clicks VALUES (1, DATE '2024-02-29', TIMESTAMP '2024-02-29 23:59:59.123456'), (2, DATE '2023-12-31', TIMESTAMP '2023-12-31 00:00:00'), (3, DATE '2024-07-04', TIMESTAMP '2024-07-04 12:05:30.5'), (4, NULL, NULL);
SELECT id,
       CAST(year(ev_dt) AS INTEGER) AS yr,
       CAST(month(ev_dt) AS INTEGER) AS mon,
       CAST(day(ev_dt) AS INTEGER) AS dy,
       CAST(hour(ev_ts) AS INTEGER) AS hr,
       CAST(minute(ev_ts) AS INTEGER) AS mi,
       CAST(microsecond(ev_ts) / 1000000.0 AS DECIMAL(8,6)) AS sec,
       CAST(year(ev_ts) AS INTEGER) AS ts_yr
FROM clicks
WHERE month(ev_dt) IN (2, 12, 7) OR ev_dt IS NULL
