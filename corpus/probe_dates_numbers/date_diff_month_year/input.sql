/* Tenure and age bands from DATE differences with MONTH / YEAR / DAY interval qualifiers */
CREATE MULTISET TABLE pdn_db.members ,NO FALLBACK
(
    member_id   INTEGER NOT NULL,
    birth_dt    DATE,
    join_dt     DATE,
    as_of_dt    DATE
)
PRIMARY INDEX ( member_id );

INSERT INTO pdn_db.members VALUES (1, DATE '1990-06-15', DATE '2024-01-31', DATE '2024-03-01');
INSERT INTO pdn_db.members VALUES (2, DATE '2000-02-29', DATE '2023-03-15', DATE '2024-02-28');
INSERT INTO pdn_db.members VALUES (3, DATE '1985-12-31', DATE '2022-12-31', DATE '2024-01-01');
INSERT INTO pdn_db.members VALUES (4, DATE '2010-01-01', DATE '2024-02-01', DATE '2024-02-29');
INSERT INTO pdn_db.members VALUES (5, NULL, DATE '2024-02-10', NULL);

CREATE MULTISET TABLE pdn_db.result_tenure
(
    member_id     INTEGER,
    tenure_mon    INTEGER,
    tenure_days   INTEGER,
    age_years     INTEGER,
    ym_years      INTEGER,
    ym_months     INTEGER
)
PRIMARY INDEX ( member_id );

INSERT INTO pdn_db.result_tenure
SELECT member_id,
       CAST((as_of_dt - join_dt) MONTH(4) AS INTEGER),
       CAST((as_of_dt - join_dt) DAY(4) AS INTEGER),
       CAST((as_of_dt - birth_dt) YEAR(4) AS INTEGER),
       EXTRACT(YEAR FROM (as_of_dt - join_dt) YEAR(4) TO MONTH),
       EXTRACT(MONTH FROM (as_of_dt - join_dt) YEAR(4) TO MONTH)
FROM pdn_db.members;
