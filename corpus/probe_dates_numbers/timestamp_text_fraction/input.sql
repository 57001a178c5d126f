/* Audit keys built from TIMESTAMP(6) / TIMESTAMP(0) text: CAST to CHAR/VARCHAR keeps every
   fractional digit the type declares */
CREATE MULTISET TABLE pdn_db.audit_events ,NO FALLBACK
(
    event_id   INTEGER NOT NULL,
    event_ts   TIMESTAMP(6),
    load_ts    TIMESTAMP(0)
)
PRIMARY INDEX ( event_id );

INSERT INTO pdn_db.audit_events VALUES (1, TIMESTAMP '2024-02-29 23:59:59.123456', TIMESTAMP '2024-03-01 01:00:00');
INSERT INTO pdn_db.audit_events VALUES (2, TIMESTAMP '2024-03-01 08:00:00.500000', TIMESTAMP '2024-03-01 08:00:05');
INSERT INTO pdn_db.audit_events VALUES (3, TIMESTAMP '2024-03-01 08:00:00.000000', TIMESTAMP '2024-03-01 09:30:00');
INSERT INTO pdn_db.audit_events VALUES (4, NULL, TIMESTAMP '2024-03-02 00:00:00');

CREATE MULTISET TABLE pdn_db.result_audit_keys
(
    event_id     INTEGER,
    event_txt    VARCHAR(26),
    load_txt     CHAR(19),
    audit_key    VARCHAR(40),
    event_len    INTEGER
)
PRIMARY INDEX ( event_id );

INSERT INTO pdn_db.result_audit_keys
SELECT event_id,
       CAST(event_ts AS VARCHAR(26)),
       CAST(load_ts AS CHAR(19)),
       TRIM(CAST(event_id AS VARCHAR(10))) || '@' || CAST(event_ts AS VARCHAR(26)),
       CHARACTERS(CAST(event_ts AS VARCHAR(26)))
FROM pdn_db.audit_events;
