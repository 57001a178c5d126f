/* Month-to-date reporting: period boundaries from TRUNC(date, 'MM'/'Q'/'YYYY') used in DATE arithmetic */
CREATE MULTISET TABLE pdn_db.daily_kpi ,NO FALLBACK
(
    kpi_id    INTEGER NOT NULL,
    kpi_dt    DATE,
    kpi_val   INTEGER
)
PRIMARY INDEX ( kpi_id );

INSERT INTO pdn_db.daily_kpi VALUES (1, DATE '2024-03-15', 10);
INSERT INTO pdn_db.daily_kpi VALUES (2, DATE '2024-03-01', 20);
INSERT INTO pdn_db.daily_kpi VALUES (3, DATE '2024-02-29', 30);
INSERT INTO pdn_db.daily_kpi VALUES (4, DATE '2024-01-01', 40);
INSERT INTO pdn_db.daily_kpi VALUES (5, DATE '2023-12-31', 50);
INSERT INTO pdn_db.daily_kpi VALUES (6, NULL, 60);

CREATE MULTISET TABLE pdn_db.result_periods
(
    kpi_id          INTEGER,
    prev_month_end  DATE,
    day_of_month    INTEGER,
    month_end       DATE,
    day_of_quarter  INTEGER,
    day_of_year     INTEGER
)
PRIMARY INDEX ( kpi_id );

INSERT INTO pdn_db.result_periods
SELECT kpi_id,
       TRUNC(kpi_dt, 'MM') - 1,
       kpi_dt - TRUNC(kpi_dt, 'MM') + 1,
       ADD_MONTHS(TRUNC(kpi_dt, 'MM'), 1) - 1,
       kpi_dt - TRUNC(kpi_dt, 'Q') + 1,
       kpi_dt - TRUNC(kpi_dt, 'YYYY') + 1
FROM pdn_db.daily_kpi;
