/* Weekly sales calendar with Teradata's built-in calendar functions (TD_SYSFNLIB) */
CREATE MULTISET TABLE pdn_db.pos_sales ,NO FALLBACK
(
    sale_id   INTEGER NOT NULL,
    sale_dt   DATE,
    amount    DECIMAL(10,2)
)
PRIMARY INDEX ( sale_id );

INSERT INTO pdn_db.pos_sales VALUES (1, DATE '2024-01-01', 10.00);
INSERT INTO pdn_db.pos_sales VALUES (2, DATE '2024-01-06', 20.00);
INSERT INTO pdn_db.pos_sales VALUES (3, DATE '2024-01-07', 30.00);
INSERT INTO pdn_db.pos_sales VALUES (4, DATE '2024-02-29', 40.00);
INSERT INTO pdn_db.pos_sales VALUES (5, DATE '2023-01-01', 50.00);
INSERT INTO pdn_db.pos_sales VALUES (6, DATE '2024-12-31', 60.00);
INSERT INTO pdn_db.pos_sales VALUES (7, NULL, 70.00);

CREATE MULTISET TABLE pdn_db.result_calendar
(
    sale_id     INTEGER,
    dow_td      INTEGER,
    dow_iso     INTEGER,
    week_no     INTEGER,
    day_of_yr   INTEGER,
    qtr_no      INTEGER,
    month_beg   DATE,
    month_end   DATE,
    weekend_ind CHAR(1)
)
PRIMARY INDEX ( sale_id );

INSERT INTO pdn_db.result_calendar
SELECT sale_id,
       TD_DAY_OF_WEEK(sale_dt),
       DAYNUMBER_OF_WEEK(sale_dt, 'ISO'),
       WEEKNUMBER_OF_YEAR(sale_dt),
       DAYNUMBER_OF_YEAR(sale_dt),
       QUARTERNUMBER_OF_YEAR(sale_dt),
       TD_MONTH_BEGIN(sale_dt),
       TD_MONTH_END(sale_dt),
       CASE WHEN TD_DAY_OF_WEEK(sale_dt) IN (1, 7) THEN 'Y' ELSE 'N' END
FROM pdn_db.pos_sales;
