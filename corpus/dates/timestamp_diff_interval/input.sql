/* (ts2 - ts1) DAY(4) TO SECOND / HOUR(4) TO MINUTE / MINUTE(4) and EXTRACT of their fields */
CREATE MULTISET TABLE dt_db.sessions ,NO FALLBACK
(
    id      INTEGER NOT NULL,
    ts1     TIMESTAMP(0),
    ts2     TIMESTAMP(0)
)
PRIMARY INDEX ( id );

INSERT INTO dt_db.sessions VALUES (1, TIMESTAMP '2024-01-01 22:00:00', TIMESTAMP '2024-01-03 01:30:00');
INSERT INTO dt_db.sessions VALUES (2, TIMESTAMP '2024-01-01 00:00:00', TIMESTAMP '2024-05-01 12:00:00');
INSERT INTO dt_db.sessions VALUES (3, TIMESTAMP '2024-02-28 23:59:00', TIMESTAMP '2024-02-29 00:01:00');
INSERT INTO dt_db.sessions VALUES (4, TIMESTAMP '2024-03-10 08:00:00', TIMESTAMP '2024-03-10 09:15:42');
INSERT INTO dt_db.sessions VALUES (5, TIMESTAMP '2024-03-10 08:00:00', NULL);

CREATE MULTISET TABLE dt_db.result_durations
(
    tag   VARCHAR(5),
    id    INTEGER,
    dd    INTEGER,
    hh    INTEGER,
    mi    INTEGER,
    ss    DECIMAL(8,2)
)
PRIMARY INDEX ( id );

INSERT INTO dt_db.result_durations
SELECT 'DS', id,
       EXTRACT(DAY FROM (ts2 - ts1) DAY(4) TO SECOND),
       EXTRACT(HOUR FROM (ts2 - ts1) DAY(4) TO SECOND),
       EXTRACT(MINUTE FROM (ts2 - ts1) DAY(4) TO SECOND),
       EXTRACT(SECOND FROM (ts2 - ts1) DAY(4) TO SECOND)
FROM dt_db.sessions;

INSERT INTO dt_db.result_durations
SELECT 'HM', id, NULL,
       EXTRACT(HOUR FROM (ts2 - ts1) HOUR(4) TO MINUTE),
       EXTRACT(MINUTE FROM (ts2 - ts1) HOUR(4) TO MINUTE),
       NULL
FROM dt_db.sessions
WHERE id IN (1, 2, 3);

INSERT INTO dt_db.result_durations
SELECT 'MI', id, NULL, NULL,
       EXTRACT(MINUTE FROM (ts2 - ts1) MINUTE(4)),
       NULL
FROM dt_db.sessions
WHERE id IN (1, 3);
