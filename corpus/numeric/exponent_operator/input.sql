/* The ** exponent operator: FLOAT result, binds tighter than * and + */
CREATE MULTISET TABLE num_db.bases ,NO FALLBACK
(
    id    INTEGER NOT NULL,
    b     INTEGER,
    e     INTEGER
)
PRIMARY INDEX ( id );

INSERT INTO num_db.bases VALUES (1,  2, 10);
INSERT INTO num_db.bases VALUES (2, -3,  3);
INSERT INTO num_db.bases VALUES (3,  4, -1);
INSERT INTO num_db.bases VALUES (4, 10,  0);
INSERT INTO num_db.bases VALUES (5, NULL, 2);
INSERT INTO num_db.bases VALUES (6,  5, NULL);

CREATE MULTISET TABLE num_db.result_pow
(
    id       INTEGER,
    p        FLOAT,
    sq_int   INTEGER,
    expr     FLOAT,
    root     FLOAT
)
PRIMARY INDEX ( id );

INSERT INTO num_db.result_pow
SELECT id,
       b ** e,
       b ** 2,
       1 + 2 * b ** 2,
       (b * b) ** 0.5
FROM num_db.bases;
