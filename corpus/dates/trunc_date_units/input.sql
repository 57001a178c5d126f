/* TRUNC(date, fmt) to month, quarter, year and ISO week (Monday) */
CREATE MULTISET TABLE dt_db.events ,NO FALLBACK
(
    id     INTEGER NOT NULL,
    ev_dt  DATE
)
PRIMARY INDEX ( id );

INSERT INTO dt_db.events VALUES (1, DATE '2024-02-29');
INSERT INTO dt_db.events VALUES (2, DATE '2024-12-31');
INSERT INTO dt_db.events VALUES (3, DATE '2024-01-01');
INSERT INTO dt_db.events VALUES (4, DATE '2023-01-01');
INSERT INTO dt_db.events VALUES (5, DATE '2024-11-15');
INSERT INTO dt_db.events VALUES (6, DATE '2024-03-31');
INSERT INTO dt_db.events VALUES (7, NULL);

CREATE MULTISET TABLE dt_db.result_trunc
(
    id        INTEGER,
    month_dt  DATE,
    qtr_dt    DATE,
    year_dt   DATE,
    week_dt   DATE
)
PRIMARY INDEX ( id );

INSERT INTO dt_db.result_trunc
SELECT id,
       TRUNC(ev_dt, 'MM'),
       TRUNC(ev_dt, 'Q'),
       TRUNC(ev_dt, 'YYYY'),
       TRUNC(ev_dt, 'IW')
FROM dt_db.events;
