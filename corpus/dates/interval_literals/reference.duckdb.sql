CREATE TABLE bookings (id INTEGER, bk_dt DATE, bk_ts TIMESTAMP);
INSERT INTO bookings VALUES (1, DATE '2024-02-25', TIMESTAMP '2024-02-29 23:00:00'), (2, DATE '2023-12-28', TIMESTAMP '2023-12-31 22:45:00'), (3, DATE '2024-03-15', TIMESTAMP '2024-03-01 00:10:00'), (4, NULL, NULL);
SELECT id,
       CAST(bk_dt + INTERVAL 10 DAY AS DATE) AS plus_days,
       CAST(bk_dt - INTERVAL 1 MONTH AS DATE) AS minus_mon,
       CAST(bk_dt + INTERVAL 14 MONTH AS DATE) AS plus_ym,
       bk_ts + INTERVAL 90 MINUTE AS plus_hm,
       bk_ts - INTERVAL 2 DAY AS minus_days,
       bk_ts + INTERVAL 1 DAY + INTERVAL 7384 SECOND AS plus_dts
FROM bookings
