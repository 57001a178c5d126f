/* DATE +/- INTEGER adds days, across month ends, leap days and year ends */
CREATE MULTISET TABLE dt_db.due ,NO FALLBACK
(
    id      INTEGER NOT NULL,
    base_dt DATE,
    grace   INTEGER
)
PRIMARY INDEX ( id );

INSERT INTO dt_db.due VALUES (1, DATE '2024-02-28', 2);
INSERT INTO dt_db.due VALUES (2, DATE '2023-02-28', 1);
INSERT INTO dt_db.due VALUES (3, DATE '2024-12-31', 30);
INSERT INTO dt_db.due VALUES (4, DATE '2024-03-01', -1);
INSERT INTO dt_db.due VALUES (5, DATE '2024-01-15', NULL);
INSERT INTO dt_db.due VALUES (6, NULL, 5);

CREATE MULTISET TABLE dt_db.result_due
(
    id        INTEGER,
    next_day  DATE,
    prev_day  DATE,
    due_dt    DATE,
    plus_year DATE,
    in_march  CHAR(1)
)
PRIMARY INDEX ( id );

INSERT INTO dt_db.result_due
SELECT id,
       base_dt + 1,
       base_dt - 1,
       base_dt + grace,
       base_dt + 365,
       CASE WHEN base_dt + grace BETWEEN DATE '2024-03-01' AND DATE '2024-03-31' THEN 'Y' ELSE 'N' END
FROM dt_db.due
WHERE base_dt + 30 > DATE '2024-01-01' OR base_dt IS NULL;
