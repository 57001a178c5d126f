/* Shift attendance from TIME(0) clock-in/out columns: hour buckets, TIME literals in BETWEEN,
   worked minutes as a TIME difference, and the time part of a TIMESTAMP */
CREATE MULTISET TABLE pdn_db.attendance ,NO FALLBACK
(
    emp_id      INTEGER NOT NULL,
    work_dt     DATE,
    clock_in    TIME(0),
    clock_out   TIME(0),
    badge_ts    TIMESTAMP(0)
)
PRIMARY INDEX ( emp_id );

INSERT INTO pdn_db.attendance VALUES (1, DATE '2024-02-29', TIME '05:45:00', TIME '14:15:00', TIMESTAMP '2024-02-29 05:44:00');
INSERT INTO pdn_db.attendance VALUES (2, DATE '2024-02-29', TIME '09:00:00', TIME '17:30:00', TIMESTAMP '2024-02-29 09:05:00');
INSERT INTO pdn_db.attendance VALUES (3, DATE '2024-03-01', TIME '13:59:00', TIME '22:00:00', TIMESTAMP '2024-03-01 13:50:00');
INSERT INTO pdn_db.attendance VALUES (4, DATE '2024-03-01', TIME '22:00:00', TIME '23:59:00', NULL);

CREATE MULTISET TABLE pdn_db.result_shifts
(
    emp_id       INTEGER,
    in_hour      INTEGER,
    shift_code   CHAR(1),
    worked_min   INTEGER,
    badge_early  CHAR(1)
)
PRIMARY INDEX ( emp_id );

INSERT INTO pdn_db.result_shifts
SELECT emp_id,
       EXTRACT(HOUR FROM clock_in),
       CASE WHEN clock_in BETWEEN TIME '06:00:00' AND TIME '13:59:59' THEN 'D'
            WHEN clock_in < TIME '06:00:00' THEN 'E'
            ELSE 'N' END,
       CAST((clock_out - clock_in) MINUTE(4) AS INTEGER),
       CASE WHEN CAST(badge_ts AS TIME(0)) < clock_in THEN 'Y' ELSE 'N' END
FROM pdn_db.attendance;
