CREATE TABLE deliveries (dlv_id INTEGER, order_dt DATE, ship_dt DATE, picked_ts TIMESTAMP, loaded_ts TIMESTAMP);
INSERT INTO deliveries VALUES (1, DATE '2024-02-22', DATE '2024-02-29', TIMESTAMP '2024-02-29 08:00:00', TIMESTAMP '2024-02-29 08:30:00'), (2, DATE '2024-02-23', DATE '2024-02-29', TIMESTAMP '2024-02-29 08:00:00', TIMESTAMP '2024-02-29 08:31:00'), (3, DATE '2024-02-01', DATE '2024-03-01', TIMESTAMP '2024-02-29 23:50:00', TIMESTAMP '2024-03-01 01:20:00'), (4, DATE '2024-03-01', NULL, TIMESTAMP '2024-03-01 09:00:00', NULL);
SELECT dlv_id,
       CASE WHEN ship_dt - order_dt >= 7 THEN 'Y' ELSE 'N' END AS late_ship,
       CASE WHEN (epoch(loaded_ts) - epoch(picked_ts)) // 60 > 30 THEN 'Y' ELSE 'N' END AS slow_load,
       CASE WHEN picked_ts + INTERVAL 90 MINUTE >= loaded_ts THEN 'Y' ELSE 'N' END AS load_window
FROM deliveries ORDER BY dlv_id
