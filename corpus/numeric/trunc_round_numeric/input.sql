/* TRUNC(n [, d]) and ROUND(n, d) on DECIMAL, including negative values and negative places */
CREATE MULTISET TABLE num_db.prices ,NO FALLBACK
(
    id     INTEGER NOT NULL,
    price  DECIMAL(10,3)
)
PRIMARY INDEX ( id );

INSERT INTO num_db.prices VALUES (1,   2.758);
INSERT INTO num_db.prices VALUES (2,  -2.758);
INSERT INTO num_db.prices VALUES (3, 123.456);
INSERT INTO num_db.prices VALUES (4,   0.041);
INSERT INTO num_db.prices VALUES (5, NULL);

CREATE MULTISET TABLE num_db.result_trunc_round
(
    id        INTEGER,
    t1        DECIMAL(10,3),
    t0        DECIMAL(10,3),
    t_tens    DECIMAL(10,3),
    r2        DECIMAL(10,3)
)
PRIMARY INDEX ( id );

INSERT INTO num_db.result_trunc_round
SELECT id,
       TRUNC(price, 1),
       TRUNC(price),
       TRUNC(price, -1),
       ROUND(price, 2)
FROM num_db.prices;
