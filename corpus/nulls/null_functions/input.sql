/* ZEROIFNULL, NULLIFZERO, NVL, NULLIF and COALESCE (argument order matters) */
CREATE MULTISET TABLE nul_db.readings
(
    id  INTEGER NOT NULL,
    a   INTEGER,
    b   INTEGER,
    c   INTEGER
)
PRIMARY INDEX ( id );

INSERT INTO nul_db.readings VALUES (1, NULL, 5, 7);
INSERT INTO nul_db.readings VALUES (2, 0, NULL, 3);
INSERT INTO nul_db.readings VALUES (3, 4, NULL, NULL);
INSERT INTO nul_db.readings VALUES (4, NULL, NULL, NULL);
INSERT INTO nul_db.readings VALUES (5, 9, 8, 1);

CREATE MULTISET TABLE nul_db.result_nullfn
(
    id     INTEGER,
    zin    INTEGER,
    niz    INTEGER,
    nvl_ab INTEGER,
    coal   INTEGER,
    nullif4 INTEGER,
    zsum   INTEGER
)
PRIMARY INDEX ( id );

INSERT INTO nul_db.result_nullfn
SELECT id,
       ZEROIFNULL(a),
       NULLIFZERO(a),
       NVL(a, b),
       COALESCE(c, b, a, -1),
       NULLIF(a, 4),
       ZEROIFNULL(a) + ZEROIFNULL(b) + ZEROIFNULL(c)
FROM nul_db.readings;
