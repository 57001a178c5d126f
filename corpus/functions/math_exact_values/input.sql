/* SQRT, EXP, LN, LOG (base 10 in Teradata), POWER on values with exact results */
CREATE MULTISET TABLE fn_db.nums ,NO FALLBACK
(
    id  INTEGER NOT NULL,
    x   INTEGER,
    p   INTEGER
)
PRIMARY INDEX ( id );

INSERT INTO fn_db.nums VALUES (1,    1, 0);
INSERT INTO fn_db.nums VALUES (2,  100, 2);
INSERT INTO fn_db.nums VALUES (3, 1000, 3);
INSERT INTO fn_db.nums VALUES (4,   16, 1);
INSERT INTO fn_db.nums VALUES (5, NULL, 2);

CREATE MULTISET TABLE fn_db.result_math
(
    id       INTEGER,
    sqrt_x   DECIMAL(12,4),
    log_x    DECIMAL(12,4),
    ln_x     DECIMAL(12,4),
    exp_ln   DECIMAL(12,4),
    pow_x    DECIMAL(18,4),
    pow_two  DECIMAL(12,4)
)
PRIMARY INDEX ( id );

INSERT INTO fn_db.result_math
SELECT id,
       SQRT(x),
       LOG(x),
       LN(x),
       EXP(LN(x)),
       POWER(x, p),
       POWER(2, p + 8)
FROM fn_db.nums;
