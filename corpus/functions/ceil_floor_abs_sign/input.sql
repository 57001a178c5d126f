/* CEILING / FLOOR of negative and positive decimals, ABS and SIGN */
CREATE MULTISET TABLE fn_db.readings ,NO FALLBACK
(
    id   INTEGER NOT NULL,
    v    DECIMAL(8,2),
    n    INTEGER
)
PRIMARY INDEX ( id );

INSERT INTO fn_db.readings VALUES (1,  2.10,  5);
INSERT INTO fn_db.readings VALUES (2, -2.10, -5);
INSERT INTO fn_db.readings VALUES (3, -2.90,  0);
INSERT INTO fn_db.readings VALUES (4,  3.00, -1);
INSERT INTO fn_db.readings VALUES (5, -0.50, NULL);
INSERT INTO fn_db.readings VALUES (6,  0.00, 7);
INSERT INTO fn_db.readings VALUES (7, NULL, -12);

CREATE MULTISET TABLE fn_db.result_ceil_floor
(
    id      INTEGER,
    ceil_v  DECIMAL(8,2),
    floor_v DECIMAL(8,2),
    abs_v   DECIMAL(8,2),
    sign_v  INTEGER,
    abs_n   INTEGER,
    sign_n  INTEGER
)
PRIMARY INDEX ( id );

INSERT INTO fn_db.result_ceil_floor
SELECT id,
       CEILING(v),
       FLOOR(v),
       ABS(v),
       SIGN(v),
       ABS(n),
       SIGN(n)
FROM fn_db.readings;
