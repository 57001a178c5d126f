/* LAST_DAY and NEXT_DAY (next_day is strictly after the date) */
CREATE MULTISET TABLE dt_db.bills ,NO FALLBACK
(
    id      INTEGER NOT NULL,
    bill_dt DATE
)
PRIMARY INDEX ( id );

INSERT INTO dt_db.bills VALUES (1, DATE '2024-02-10');
INSERT INTO dt_db.bills VALUES (2, DATE '2023-02-10');
INSERT INTO dt_db.bills VALUES (3, DATE '2024-02-26');
INSERT INTO dt_db.bills VALUES (4, DATE '2024-02-29');
INSERT INTO dt_db.bills VALUES (5, DATE '2024-12-31');
INSERT INTO dt_db.bills VALUES (6, DATE '2023-01-01');
INSERT INTO dt_db.bills VALUES (7, NULL);

CREATE MULTISET TABLE dt_db.result_bill_dates
(
    id          INTEGER,
    month_end   DATE,
    next_monday DATE,
    next_friday DATE,
    days_left   INTEGER
)
PRIMARY INDEX ( id );

INSERT INTO dt_db.result_bill_dates
SELECT id,
       LAST_DAY(bill_dt),
       NEXT_DAY(bill_dt, 'MONDAY'),
       NEXT_DAY(bill_dt, 'FRIDAY'),
       LAST_DAY(bill_dt) - bill_dt
FROM dt_db.bills;
