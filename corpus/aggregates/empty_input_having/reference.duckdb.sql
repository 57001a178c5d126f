CREATE TABLE events (id INTEGER, kind VARCHAR, amt DECIMAL(8,2), ev_dt DATE);
INSERT INTO events VALUES (1, 'OK', 5.00, DATE '2024-01-10'), (2, 'OK', 7.50, DATE '2024-03-05'), (3, 'BAD', NULL, NULL);
SELECT 'EMPTY' AS tag, COUNT(*)::INTEGER AS n, COUNT(amt)::INTEGER AS n_amt, CAST(SUM(amt) AS DECIMAL(10,2)) AS s_amt, MAX(amt) AS mx_amt, MIN(ev_dt) AS mn_dt, MAX(ev_dt) AS mx_dt FROM events WHERE kind = 'NONE'
UNION ALL SELECT kind, COUNT(*), COUNT(amt), SUM(amt), MAX(amt), MIN(ev_dt), MAX(ev_dt) FROM events WHERE kind = 'NONE' GROUP BY kind
UNION ALL SELECT 'HAVE_NO', COUNT(*), COUNT(amt), SUM(amt), MAX(amt), MIN(ev_dt), MAX(ev_dt) FROM events HAVING COUNT(*) > 100
UNION ALL SELECT 'HAVE_YES', COUNT(*), COUNT(amt), SUM(amt), MAX(amt), MIN(ev_dt), MAX(ev_dt) FROM events HAVING SUM(amt) > 10
UNION ALL SELECT 'BAD_ONLY', COUNT(*), COUNT(amt), SUM(amt), MAX(amt), MIN(ev_dt), MAX(ev_dt) FROM events WHERE kind = 'BAD'
