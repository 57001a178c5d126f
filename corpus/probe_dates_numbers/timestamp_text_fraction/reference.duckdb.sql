CREATE TABLE audit_events (event_id INTEGER, event_ts TIMESTAMP, load_ts TIMESTAMP);
INSERT INTO audit_events VALUES (1, TIMESTAMP '2024-02-29 23:59:59.123456', TIMESTAMP '2024-03-01 01:00:00'), (2, TIMESTAMP '2024-03-01 08:00:00.500000', TIMESTAMP '2024-03-01 08:00:05'), (3, TIMESTAMP '2024-03-01 08:00:00.000000', TIMESTAMP '2024-03-01 09:30:00'), (4, NULL, TIMESTAMP '2024-03-02 00:00:00');
SELECT event_id,
       strftime(event_ts, '%Y-%m-%d %H:%M:%S.%f') AS event_txt,
       strftime(load_ts, '%Y-%m-%d %H:%M:%S') AS load_txt,
       CAST(event_id AS VARCHAR) || '@' || strftime(event_ts, '%Y-%m-%d %H:%M:%S.%f') AS audit_key,
       CAST(length(strftime(event_ts, '%Y-%m-%d %H:%M:%S.%f')) AS INTEGER) AS event_len
FROM audit_events ORDER BY event_id
