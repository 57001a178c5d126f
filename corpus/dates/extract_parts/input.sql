/* EXTRACT of DATE and TIMESTAMP fields, fractional seconds kept */
CREATE MULTISET TABLE dt_db.clicks ,NO FALLBACK
(
    id     INTEGER NOT NULL,
    ev_dt  DATE,
    ev_ts  TIMESTAMP(6)
)
PRIMARY INDEX ( id );

INSERT INTO dt_db.clicks VALUES (1, DATE '2024-02-29', TIMESTAMP '2024-02-29 23:59:59.123456');
INSERT INTO dt_db.clicks VALUES (2, DATE '2023-12-31', TIMESTAMP '2023-12-31 00:00:00.000000');
INSERT INTO dt_db.clicks VALUES (3, DATE '2024-07-04', TIMESTAMP '2024-07-04 12:05:30.500000');
INSERT INTO dt_db.clicks VALUES (4, NULL, NULL);

CREATE MULTISET TABLE dt_db.result_extract
(
    id      INTEGER,
    yr      INTEGER,
    mon     INTEGER,
    dy      INTEGER,
    hr      INTEGER,
    mi      INTEGER,
    sec     DECIMAL(8,6),
    ts_yr   INTEGER
)
PRIMARY INDEX ( id );

INSERT INTO dt_db.result_extract
SELECT id,
       EXTRACT(YEAR FROM ev_dt),
       EXTRACT(MONTH FROM ev_dt),
       EXTRACT(DAY FROM ev_dt),
       EXTRACT(HOUR FROM ev_ts),
       EXTRACT(MINUTE FROM ev_ts),
       EXTRACT(SECOND FROM ev_ts),
       EXTRACT(YEAR FROM ev_ts)
FROM dt_db.clicks
WHERE EXTRACT(MONTH FROM ev_dt) IN (2, 12, 7) OR ev_dt IS NULL;
