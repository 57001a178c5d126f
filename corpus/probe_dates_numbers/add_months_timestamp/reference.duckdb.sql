CREATE TABLE subscriptions (sub_id INTEGER, start_ts TIMESTAMP, term_mon INTEGER);
INSERT INTO subscriptions VALUES (1, TIMESTAMP '2024-01-31 18:30:00', 1), (2, TIMESTAMP '2024-02-29 23:59:59', 12), (3, TIMESTAMP '2023-11-15 00:00:01', 3), (4, TIMESTAMP '2024-03-31 07:45:00', -1), (5, NULL, 6);
-- DuckDB's timestamp + INTERVAL n MONTH clamps to the month end without snapping, like ADD_MONTHS
CREATE VIEW r AS SELECT sub_id, start_ts + to_months(term_mon) AS renew_ts FROM subscriptions;
SELECT sub_id, renew_ts, CAST(renew_ts AS DATE) AS renew_dt, renew_ts + INTERVAL 36 HOUR AS grace_ts, CAST(hour(renew_ts) AS INTEGER) AS renew_hour
FROM r ORDER BY sub_id
