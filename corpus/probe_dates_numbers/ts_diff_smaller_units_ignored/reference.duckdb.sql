CREATE TABLE tickets (ticket_id INTEGER, opened_ts TIMESTAMP, closed_ts TIMESTAMP);
INSERT INTO tickets VALUES (1, TIMESTAMP '2024-03-04 10:59:00', TIMESTAMP '2024-03-04 11:01:00'), (2, TIMESTAMP '2024-03-04 08:00:59', TIMESTAMP '2024-03-04 08:02:00'), (3, TIMESTAMP '2024-02-28 23:30:00', TIMESTAMP '2024-02-29 00:15:00'), (4, TIMESTAMP '2024-02-29 09:00:00', TIMESTAMP '2024-03-02 08:59:59'), (5, TIMESTAMP '2024-03-10 12:00:00', TIMESTAMP '2024-03-10 12:00:00'), (6, TIMESTAMP '2024-03-10 12:00:00', NULL);
-- difference in a unit = difference of the values truncated to that unit (smaller fields ignored)
CREATE VIEW d AS SELECT ticket_id,
  CAST(epoch(date_trunc('hour', closed_ts)) - epoch(date_trunc('hour', opened_ts)) AS BIGINT) // 3600 AS hr,
  CAST(epoch(date_trunc('minute', closed_ts)) - epoch(date_trunc('minute', opened_ts)) AS BIGINT) // 60 AS mi,
  CAST(epoch(date_trunc('day', closed_ts)) - epoch(date_trunc('day', opened_ts)) AS BIGINT) // 86400 AS dy
FROM tickets;
SELECT ticket_id, CAST(hr AS INTEGER) AS elapsed_hr, CAST(mi AS INTEGER) AS elapsed_min, CAST(dy AS INTEGER) AS elapsed_day,
       CAST(mi // 60 AS INTEGER) AS hm_hours, CAST(mi % 60 AS INTEGER) AS hm_minutes,
       CASE WHEN hr >= 1 THEN 'LATE' ELSE 'OK' END AS sla_flag
FROM d ORDER BY ticket_id
