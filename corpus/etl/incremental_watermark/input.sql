/* Incremental load driven by a control table: take events strictly after the stored
   TIMESTAMP(0) watermark (source has microseconds), then advance the watermark */
CREATE MULTISET TABLE etl_db.etl_ctl
(
    job_name     VARCHAR(20) CHARACTER SET LATIN NOT NULL,
    last_ts      TIMESTAMP(0),
    last_run_dt  DATE,
    rows_loaded  INTEGER
)
UNIQUE PRIMARY INDEX ( job_name );

CREATE MULTISET TABLE etl_db.src_events
(
    event_id  INTEGER NOT NULL,
    event_ts  TIMESTAMP(6),
    kind      VARCHAR(10) CHARACTER SET LATIN
)
PRIMARY INDEX ( event_id );

CREATE MULTISET TABLE etl_db.tgt_events
(
    event_id   INTEGER NOT NULL,
    event_dt   DATE,
    event_hr   INTEGER,
    kind       VARCHAR(10) CHARACTER SET LATIN
)
PRIMARY INDEX ( event_id );

INSERT INTO etl_db.etl_ctl VALUES ('EVENTS', TIMESTAMP '2024-03-01 10:00:00', DATE '2024-02-29', 0);
INSERT INTO etl_db.etl_ctl VALUES ('OTHER', TIMESTAMP '2024-01-01 00:00:00', DATE '2024-01-01', 5);

INSERT INTO etl_db.src_events VALUES (1, TIMESTAMP '2024-03-01 09:59:59.999999', 'click');
INSERT INTO etl_db.src_events VALUES (2, TIMESTAMP '2024-03-01 10:00:00.000000', 'view');
INSERT INTO etl_db.src_events VALUES (3, TIMESTAMP '2024-03-01 10:00:00.000001', 'CLICK');
INSERT INTO etl_db.src_events VALUES (4, TIMESTAMP '2024-03-01 23:30:15.250000', 'buy');
INSERT INTO etl_db.src_events VALUES (5, NULL, 'view');

INSERT INTO etl_db.tgt_events
SELECT e.event_id, CAST(e.event_ts AS DATE), EXTRACT(HOUR FROM e.event_ts), LOWER(e.kind)
FROM etl_db.src_events e
JOIN etl_db.etl_ctl c
  ON c.job_name = 'events'
WHERE e.event_ts > c.last_ts;

UPDATE etl_db.etl_ctl
SET last_ts = (SELECT MAX(CAST(event_ts AS TIMESTAMP(0))) FROM etl_db.src_events
               WHERE event_id IN (SELECT event_id FROM etl_db.tgt_events)),
    last_run_dt = last_run_dt + 1,
    rows_loaded = (SELECT COUNT(*) FROM etl_db.tgt_events)
WHERE job_name = 'Events';

CREATE MULTISET TABLE etl_db.result_watermark
(
    item      VARCHAR(20),
    id_or_n   INTEGER,
    dt        DATE,
    ts        TIMESTAMP(0),
    txt       VARCHAR(10)
)
PRIMARY INDEX ( item );

INSERT INTO etl_db.result_watermark
SELECT 'event', event_id, event_dt, NULL, kind || '@' || TRIM(CAST(event_hr AS VARCHAR(5))) FROM etl_db.tgt_events;
INSERT INTO etl_db.result_watermark
SELECT job_name, rows_loaded, last_run_dt, last_ts, NULL FROM etl_db.etl_ctl;
