CREATE TABLE attendance (emp_id INTEGER, work_dt DATE, clock_in TIME, clock_out TIME, badge_ts TIMESTAMP);
INSERT INTO attendance VALUES (1, DATE '2024-02-29', TIME '05:45:00', TIME '14:15:00', TIMESTAMP '2024-02-29 05:44:00'), (2, DATE '2024-02-29', TIME '09:00:00', TIME '17:30:00', TIMESTAMP '2024-02-29 09:05:00'), (3, DATE '2024-03-01', TIME '13:59:00', TIME '22:00:00', TIMESTAMP '2024-03-01 13:50:00'), (4, DATE '2024-03-01', TIME '22:00:00', TIME '23:59:00', NULL);
SELECT emp_id,
       CAST(hour(clock_in) AS INTEGER) AS in_hour,
       CASE WHEN clock_in BETWEEN TIME '06:00:00' AND TIME '13:59:59' THEN 'D' WHEN clock_in < TIME '06:00:00' THEN 'E' ELSE 'N' END AS shift_code,
       CAST((epoch(clock_out) - epoch(clock_in)) // 60 AS INTEGER) AS worked_min,
       CASE WHEN CAST(badge_ts AS TIME) < clock_in THEN 'Y' ELSE 'N' END AS badge_early
FROM attendance ORDER BY emp_id
