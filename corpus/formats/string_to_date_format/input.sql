/* CAST(string AS DATE FORMAT '...') with several Teradata format strings */
CREATE MULTISET TABLE fmt_db.stg_dates ,NO FALLBACK
(
    id         INTEGER NOT NULL,
    s_iso      VARCHAR(10),
    s_us       VARCHAR(10),
    s_mon      VARCHAR(9),
    s_jul      VARCHAR(7),
    s_compact  CHAR(8),
    s_eu       VARCHAR(10)
)
PRIMARY INDEX ( id );

INSERT INTO fmt_db.stg_dates VALUES (1, '2024-02-29', '02/29/2024', '29Feb2024', '2024060', '20240229', '29.02.2024');
INSERT INTO fmt_db.stg_dates VALUES (2, '2023-03-05', '03/05/2023', '05Mar2023', '2023064', '20230305', '05.03.2023');
INSERT INTO fmt_db.stg_dates VALUES (3, '2024-12-31', '12/31/2024', '31Dec2024', '2024366', '20241231', '31.12.2024');
INSERT INTO fmt_db.stg_dates VALUES (4, NULL, NULL, NULL, NULL, NULL, NULL);

CREATE MULTISET TABLE fmt_db.result_parsed_dates
(
    id      INTEGER,
    d_iso   DATE,
    d_us    DATE,
    d_mon   DATE,
    d_jul   DATE,
    d_comp  DATE,
    d_eu    DATE
)
PRIMARY INDEX ( id );

INSERT INTO fmt_db.result_parsed_dates
SELECT id,
       CAST(s_iso AS DATE FORMAT 'YYYY-MM-DD'),
       CAST(s_us AS DATE FORMAT 'MM/DD/YYYY'),
       CAST(s_mon AS DATE FORMAT 'DDMMMYYYY'),
       CAST(s_jul AS DATE FORMAT 'YYYYDDD'),
       CAST(s_compact AS DATE FORMAT 'YYYYMMDD'),
       CAST(s_eu AS DATE FORMAT 'DD.MM.YYYY')
FROM fmt_db.stg_dates;
