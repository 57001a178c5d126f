/* MONTHS_BETWEEN: whole months for same day or both month-ends, else fraction of a 31-day month */
CREATE MULTISET TABLE dt_db.periods ,NO FALLBACK
(
    id     INTEGER NOT NULL,
    d1     DATE,
    d2     DATE
)
PRIMARY INDEX ( id );

INSERT INTO dt_db.periods VALUES (1, DATE '2024-03-31', DATE '2024-02-29');
INSERT INTO dt_db.periods VALUES (2, DATE '2024-02-29', DATE '2024-01-31');
INSERT INTO dt_db.periods VALUES (3, DATE '2024-03-15', DATE '2024-02-01');
INSERT INTO dt_db.periods VALUES (4, DATE '2024-01-01', DATE '2024-03-01');
INSERT INTO dt_db.periods VALUES (5, DATE '2024-02-29', DATE '2023-02-28');
INSERT INTO dt_db.periods VALUES (6, DATE '2024-03-30', DATE '2024-02-29');
INSERT INTO dt_db.periods VALUES (7, DATE '2024-02-01', DATE '2024-03-15');
INSERT INTO dt_db.periods VALUES (8, DATE '2024-04-30', DATE '2024-03-31');
INSERT INTO dt_db.periods VALUES (9, DATE '2024-03-31', DATE '2024-02-28');
INSERT INTO dt_db.periods VALUES (10, NULL, DATE '2024-02-28');

CREATE MULTISET TABLE dt_db.result_months_between
(
    tag     VARCHAR(5),
    id      INTEGER,
    months  DECIMAL(12,6)
)
PRIMARY INDEX ( id );

INSERT INTO dt_db.result_months_between
SELECT 'ALL', id, MONTHS_BETWEEN(d1, d2)
FROM dt_db.periods;

INSERT INTO dt_db.result_months_between
SELECT 'WHOLE', id, NULL
FROM dt_db.periods
WHERE MONTHS_BETWEEN(d1, d2) = 1;
