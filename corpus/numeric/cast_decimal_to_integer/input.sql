/* DECIMAL -> INTEGER truncates the fraction (explicit CAST and implicit assignment) */
CREATE MULTISET TABLE num_db.amounts ,NO FALLBACK
(
    id   INTEGER NOT NULL,
    amt  DECIMAL(10,2)
)
PRIMARY INDEX ( id );

INSERT INTO num_db.amounts VALUES (1,   2.70);
INSERT INTO num_db.amounts VALUES (2,  -2.70);
INSERT INTO num_db.amounts VALUES (3,   2.50);
INSERT INTO num_db.amounts VALUES (4,  -2.50);
INSERT INTO num_db.amounts VALUES (5,   0.99);
INSERT INTO num_db.amounts VALUES (6,  -0.99);
INSERT INTO num_db.amounts VALUES (7, 123.45);
INSERT INTO num_db.amounts VALUES (8, NULL);

CREATE MULTISET TABLE num_db.result_cast_int
(
    id         INTEGER,
    cast_int   INTEGER,
    assigned   INTEGER,
    cast_small SMALLINT,
    cast_big   BIGINT,
    scaled_int INTEGER
)
PRIMARY INDEX ( id );

INSERT INTO num_db.result_cast_int
SELECT id,
       CAST(amt AS INTEGER),
       amt,
       CAST(amt AS SMALLINT),
       CAST(amt * 10 AS BIGINT),
       CAST(amt * 1.5 AS INTEGER)
FROM num_db.amounts;
