/* ROUND(n, d) on DECIMAL halfway values, positive and negative, with positive, zero and negative places */
CREATE MULTISET TABLE fn_db.amounts ,NO FALLBACK
(
    id   INTEGER NOT NULL,
    amt  DECIMAL(10,3)
)
PRIMARY INDEX ( id );

INSERT INTO fn_db.amounts VALUES (1,   2.345);
INSERT INTO fn_db.amounts VALUES (2,  -2.345);
INSERT INTO fn_db.amounts VALUES (3,   2.500);
INSERT INTO fn_db.amounts VALUES (4,  -2.500);
INSERT INTO fn_db.amounts VALUES (5, 125.000);
INSERT INTO fn_db.amounts VALUES (6, -135.000);
INSERT INTO fn_db.amounts VALUES (7,   0.125);
INSERT INTO fn_db.amounts VALUES (8, 1450.000);
INSERT INTO fn_db.amounts VALUES (9, NULL);

CREATE MULTISET TABLE fn_db.result_round
(
    id      INTEGER,
    r2      DECIMAL(10,3),
    r0      DECIMAL(10,3),
    r_tens  DECIMAL(10,3),
    r_hund  DECIMAL(10,3)
)
PRIMARY INDEX ( id );

INSERT INTO fn_db.result_round
SELECT id,
       ROUND(amt, 2),
       ROUND(amt, 0),
       ROUND(amt, -1),
       ROUND(amt, -2)
FROM fn_db.amounts;
