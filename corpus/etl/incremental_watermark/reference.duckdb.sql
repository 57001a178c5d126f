CREATE TABLE etl_ctl (job_name VARCHAR, last_ts TIMESTAMP, last_run_dt DATE, rows_loaded INTEGER);
CREATE TABLE src_events (event_id INTEGER, event_ts TIMESTAMP, kind VARCHAR);
CREATE TABLE tgt_events (event_id INTEGER, event_dt DATE, event_hr INTEGER, kind VARCHAR);
INSERT INTO etl_ctl VALUES ('EVENTS', TIMESTAMP '2024-03-01 10:00:00', DATE '2024-02-29', 0), ('OTHER', TIMESTAMP '2024-01-01 00:00:00', DATE '2024-01-01', 5);
INSERT INTO src_events VALUES (1, TIMESTAMP '2024-03-01 09:59:59.999999', 'click'), (2, TIMESTAMP '2024-03-01 10:00:00.000000', 'view'), (3, TIMESTAMP '2024-03-01 10:00:00.000001', 'CLICK'), (4, TIMESTAMP '2024-03-01 23:30:15.250000', 'buy'), (5, NULL, 'view');
INSERT INTO tgt_events SELECT e.event_id, CAST(e.event_ts AS DATE), hour(e.event_ts), lower(e.kind) FROM src_events e JOIN etl_ctl c ON upper(c.job_name) = 'EVENTS' WHERE e.event_ts > c.last_ts;
UPDATE etl_ctl SET last_ts = (SELECT MAX(date_trunc('second', event_ts)) FROM src_events WHERE event_id IN (SELECT event_id FROM tgt_events)), last_run_dt = last_run_dt + 1, rows_loaded = (SELECT COUNT(*) FROM tgt_events) WHERE upper(job_name) = 'EVENTS';
SELECT 'event' AS item, event_id AS id_or_n, event_dt AS dt, NULL::TIMESTAMP AS ts, kind || '@' || CAST(event_hr AS VARCHAR) AS txt FROM tgt_events
UNION ALL SELECT job_name, rows_loaded, last_run_dt, last_ts, NULL FROM etl_ctl
