/* Reporting labels with TO_CHAR date/time format models: month, quarter, ISO week, day names */
CREATE MULTISET TABLE pdn_db.shipments ,NO FALLBACK
(
    ship_id   INTEGER NOT NULL,
    ship_dt   DATE,
    ship_ts   TIMESTAMP(0)
)
PRIMARY INDEX ( ship_id );

INSERT INTO pdn_db.shipments VALUES (1, DATE '2024-02-29', TIMESTAMP '2024-02-29 18:30:05');
INSERT INTO pdn_db.shipments VALUES (2, DATE '2024-12-30', TIMESTAMP '2024-12-30 00:05:00');
INSERT INTO pdn_db.shipments VALUES (3, DATE '2023-01-01', TIMESTAMP '2023-01-01 12:00:00');
INSERT INTO pdn_db.shipments VALUES (4, DATE '2024-07-04', TIMESTAMP '2024-07-04 09:15:59');
INSERT INTO pdn_db.shipments VALUES (5, NULL, NULL);

CREATE MULTISET TABLE pdn_db.result_labels
(
    ship_id     INTEGER,
    month_key   VARCHAR(7),
    dmy_label   VARCHAR(11),
    day_abbr    VARCHAR(3),
    qtr_label   VARCHAR(7),
    iso_week    VARCHAR(2),
    week_of_yr  VARCHAR(2),
    day_of_yr   VARCHAR(3),
    clock_24    VARCHAR(8),
    clock_12    VARCHAR(8)
)
PRIMARY INDEX ( ship_id );

INSERT INTO pdn_db.result_labels
SELECT ship_id,
       TO_CHAR(ship_dt, 'YYYY-MM'),
       TO_CHAR(ship_dt, 'DD-MON-YYYY'),
       TO_CHAR(ship_dt, 'DY'),
       TO_CHAR(ship_dt, 'YYYY') || '-Q' || TO_CHAR(ship_dt, 'Q'),
       TO_CHAR(ship_dt, 'IW'),
       TO_CHAR(ship_dt, 'WW'),
       TO_CHAR(ship_dt, 'DDD'),
       TO_CHAR(ship_ts, 'HH24:MI:SS'),
       TO_CHAR(ship_ts, 'HH:MI AM')
FROM pdn_db.shipments;
