/* ADD_MONTHS clamps to the last day of a shorter month but never snaps month-ends forward */
CREATE MULTISET TABLE dt_db.contracts ,NO FALLBACK
(
    id        INTEGER NOT NULL,
    start_dt  DATE FORMAT 'YYYY-MM-DD',
    term_m    INTEGER
)
PRIMARY INDEX ( id );

INSERT INTO dt_db.contracts VALUES (1, DATE '2024-01-31', 1);
INSERT INTO dt_db.contracts VALUES (2, DATE '2023-01-31', 1);
INSERT INTO dt_db.contracts VALUES (3, DATE '2024-02-29', 12);
INSERT INTO dt_db.contracts VALUES (4, DATE '2023-04-30', 1);
INSERT INTO dt_db.contracts VALUES (5, DATE '2024-03-31', -1);
INSERT INTO dt_db.contracts VALUES (6, DATE '2024-02-29', 1);
INSERT INTO dt_db.contracts VALUES (7, DATE '2024-06-15', NULL);

CREATE MULTISET TABLE dt_db.result_add_months
(
    tag       VARCHAR(5),
    id        INTEGER,
    plus_one  DATE,
    plus_term DATE,
    minus_12  DATE
)
PRIMARY INDEX ( id );

INSERT INTO dt_db.result_add_months
SELECT 'ALL', id, ADD_MONTHS(start_dt, 1), ADD_MONTHS(start_dt, term_m), ADD_MONTHS(start_dt, -12)
FROM dt_db.contracts;

INSERT INTO dt_db.result_add_months
SELECT 'HIT', id, NULL, NULL, NULL
FROM dt_db.contracts
WHERE ADD_MONTHS(start_dt, 1) = DATE '2024-03-29'
   OR ADD_MONTHS(start_dt, 1) = DATE '2023-05-30';
