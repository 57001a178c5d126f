/* DATE and TIMESTAMP +/- INTERVAL literals of several qualifiers */
CREATE MULTISET TABLE dt_db.bookings ,NO FALLBACK
(
    id      INTEGER NOT NULL,
    bk_dt   DATE,
    bk_ts   TIMESTAMP(0)
)
PRIMARY INDEX ( id );

INSERT INTO dt_db.bookings VALUES (1, DATE '2024-02-25', TIMESTAMP '2024-02-29 23:00:00');
INSERT INTO dt_db.bookings VALUES (2, DATE '2023-12-28', TIMESTAMP '2023-12-31 22:45:00');
INSERT INTO dt_db.bookings VALUES (3, DATE '2024-03-15', TIMESTAMP '2024-03-01 00:10:00');
INSERT INTO dt_db.bookings VALUES (4, NULL, NULL);

CREATE MULTISET TABLE dt_db.result_intervals
(
    id         INTEGER,
    plus_days  DATE,
    minus_mon  DATE,
    plus_ym    DATE,
    plus_hm    TIMESTAMP(0),
    minus_days TIMESTAMP(0),
    plus_dts   TIMESTAMP(0)
)
PRIMARY INDEX ( id );

INSERT INTO dt_db.result_intervals
SELECT id,
       bk_dt + INTERVAL '10' DAY,
       bk_dt - INTERVAL '1' MONTH,
       bk_dt + INTERVAL '1-02' YEAR TO MONTH,
       bk_ts + INTERVAL '01:30' HOUR TO MINUTE,
       bk_ts - INTERVAL '2' DAY,
       bk_ts + INTERVAL '1 02:03:04' DAY TO SECOND
FROM dt_db.bookings;
