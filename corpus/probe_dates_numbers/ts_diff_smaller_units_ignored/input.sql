/* Call-center SLA: elapsed hours / minutes / days between two TIMESTAMP(0) values with interval
   qualifiers; Teradata ignores the fields smaller than the result unit */
CREATE MULTISET TABLE pdn_db.tickets ,NO FALLBACK
(
    ticket_id   INTEGER NOT NULL,
    opened_ts   TIMESTAMP(0),
    closed_ts   TIMESTAMP(0)
)
PRIMARY INDEX ( ticket_id );

INSERT INTO pdn_db.tickets VALUES (1, TIMESTAMP '2024-03-04 10:59:00', TIMESTAMP '2024-03-04 11:01:00');
INSERT INTO pdn_db.tickets VALUES (2, TIMESTAMP '2024-03-04 08:00:59', TIMESTAMP '2024-03-04 08:02:00');
INSERT INTO pdn_db.tickets VALUES (3, TIMESTAMP '2024-02-28 23:30:00', TIMESTAMP '2024-02-29 00:15:00');
INSERT INTO pdn_db.tickets VALUES (4, TIMESTAMP '2024-02-29 09:00:00', TIMESTAMP '2024-03-02 08:59:59');
INSERT INTO pdn_db.tickets VALUES (5, TIMESTAMP '2024-03-10 12:00:00', TIMESTAMP '2024-03-10 12:00:00');
INSERT INTO pdn_db.tickets VALUES (6, TIMESTAMP '2024-03-10 12:00:00', NULL);

CREATE MULTISET TABLE pdn_db.result_sla
(
    ticket_id    INTEGER,
    elapsed_hr   INTEGER,
    elapsed_min  INTEGER,
    elapsed_day  INTEGER,
    hm_hours     INTEGER,
    hm_minutes   INTEGER,
    sla_flag     CHAR(4)
)
PRIMARY INDEX ( ticket_id );

INSERT INTO pdn_db.result_sla
SELECT ticket_id,
       CAST((closed_ts - opened_ts) HOUR(4) AS INTEGER),
       CAST((closed_ts - opened_ts) MINUTE(4) AS INTEGER),
       CAST((closed_ts - opened_ts) DAY(4) AS INTEGER),
       EXTRACT(HOUR FROM (closed_ts - opened_ts) HOUR(4) TO MINUTE),
       EXTRACT(MINUTE FROM (closed_ts - opened_ts) HOUR(4) TO MINUTE),
       CASE WHEN CAST((closed_ts - opened_ts) HOUR(4) AS INTEGER) >= 1 THEN 'LATE' ELSE 'OK' END
FROM pdn_db.tickets;
