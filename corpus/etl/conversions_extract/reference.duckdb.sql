CREATE TABLE shipments (ship_id INTEGER, ship_dt DATE, ship_ts TIMESTAMP, cutoff TIME, weight_txt VARCHAR, eta_txt VARCHAR, fee DECIMAL(9,2));
INSERT INTO shipments VALUES (1, DATE '2024-02-29', TIMESTAMP '2024-02-29 23:59:58.750000', TIME '08:05:09', '12.75', '01.03.2024', 12.50), (7, DATE '2023-12-31', TIMESTAMP '2024-01-01 00:00:00.000001', TIME '17:45:00', '-0003', '31.12.2023', 1234.05), (42, NULL, NULL, NULL, NULL, NULL, NULL);
SELECT ship_id,
       strftime(ship_dt, '%Y-%m-%d') AS dt_iso,
       strftime(ship_dt, '%Y%m%d') AS dt_compact,
       strftime(ship_dt, '%d/%m/%Y') AS dt_eu,
       strftime(ship_ts, '%Y-%m-%d %H:%M:%S') AS ts_text,
       CAST(strptime(eta_txt, '%d.%m.%Y') AS DATE) AS eta_dt,
       CAST(strptime(eta_txt, '%d.%m.%Y') AS DATE) - ship_dt AS eta_days,
       CAST(weight_txt AS DECIMAL(10,2)) AS weight,
       'S-' || CAST(ship_id AS VARCHAR) AS id_text,
       CAST(fee AS VARCHAR) AS fee_text,
       cutoff,
       minute(cutoff) AS cutoff_min,
       CASE WHEN cutoff < TIME '12:00:00' THEN 'Y' WHEN cutoff IS NOT NULL THEN 'N' END AS morning,
       CAST(second(ship_ts) + microsecond(ship_ts) % 1000000 / 1000000.0 AS DECIMAL(8,6)) AS ts_sec
FROM shipments
