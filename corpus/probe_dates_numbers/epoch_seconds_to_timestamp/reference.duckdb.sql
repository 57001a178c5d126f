CREATE TABLE raw_clicks (click_id INTEGER, epoch_sec INTEGER, dwell_min INTEGER);
INSERT INTO raw_clicks VALUES (1, 1709251199, 5), (2, 1709251200, 90), (3, 0, 0), (4, 1704067261, 45), (5, NULL, 3);
SELECT click_id,
       TIMESTAMP '1970-01-01 00:00:00' + to_seconds(epoch_sec) AS click_ts,
       CAST(DATE '1970-01-01' + CAST(epoch_sec // 86400 AS INTEGER) AS DATE) AS click_dt,
       TIMESTAMP '1970-01-01 00:00:00' + to_seconds(epoch_sec) + to_minutes(dwell_min) AS leave_ts,
       TIMESTAMP '1970-01-01 00:00:00' + to_seconds((epoch_sec // 3600) * 3600) AS hour_start
FROM raw_clicks ORDER BY click_id
