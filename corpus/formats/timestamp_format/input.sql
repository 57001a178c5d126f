/* CAST(string AS TIMESTAMP(0) FORMAT ...) with B (blank) and compact formats, and back to text */
CREATE MULTISET TABLE fmt_db.stg_events ,NO FALLBACK
(
    id       INTEGER NOT NULL,
    s_blank  VARCHAR(19),
    s_comp   CHAR(14)
)
PRIMARY INDEX ( id );

INSERT INTO fmt_db.stg_events VALUES (1, '2024-02-29 13:45:10', '20240229134510');
INSERT INTO fmt_db.stg_events VALUES (2, '2023-12-31 23:59:59', '20231231235959');
INSERT INTO fmt_db.stg_events VALUES (3, '2024-03-01 00:00:00', '20240301000000');
INSERT INTO fmt_db.stg_events VALUES (4, NULL, NULL);

CREATE MULTISET TABLE fmt_db.result_ts_parsed
(
    id        INTEGER,
    ts_blank  TIMESTAMP(0),
    ts_comp   TIMESTAMP(0),
    ts_text   CHAR(14),
    ev_date   DATE
)
PRIMARY INDEX ( id );

INSERT INTO fmt_db.result_ts_parsed
SELECT id,
       CAST(s_blank AS TIMESTAMP(0) FORMAT 'YYYY-MM-DDBHH:MI:SS'),
       CAST(s_comp AS TIMESTAMP(0) FORMAT 'YYYYMMDDHHMISS'),
       CAST(CAST(CAST(s_blank AS TIMESTAMP(0) FORMAT 'YYYY-MM-DDBHH:MI:SS') AS FORMAT 'YYYYMMDDHHMISS') AS CHAR(14)),
       CAST(CAST(s_comp AS TIMESTAMP(0) FORMAT 'YYYYMMDDHHMISS') AS DATE)
FROM fmt_db.stg_events;
