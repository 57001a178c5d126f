/* MOD takes the sign of the dividend; odd/even tests with MOD on negative values */
CREATE MULTISET TABLE num_db.vals ,NO FALLBACK
(
    id   INTEGER NOT NULL,
    x    INTEGER,
    amt  DECIMAL(6,1)
)
PRIMARY INDEX ( id );

INSERT INTO num_db.vals VALUES (1,  17,  7.5);
INSERT INTO num_db.vals VALUES (2, -17, -7.5);
INSERT INTO num_db.vals VALUES (3,   8,  4.0);
INSERT INTO num_db.vals VALUES (4,  -8,  0.5);
INSERT INTO num_db.vals VALUES (5,   0, NULL);
INSERT INTO num_db.vals VALUES (6, NULL, 3.0);
INSERT INTO num_db.vals VALUES (7,  -3, -2.0);

CREATE MULTISET TABLE num_db.result_mod
(
    tag       VARCHAR(5),
    id        INTEGER,
    m_pos     INTEGER,
    m_neg     INTEGER,
    m_amt     DECIMAL(6,1)
)
PRIMARY INDEX ( id );

INSERT INTO num_db.result_mod
SELECT 'ALL', id, x MOD 4, x MOD -4, amt MOD 2
FROM num_db.vals;

INSERT INTO num_db.result_mod
SELECT 'ODD', id, NULL, NULL, NULL
FROM num_db.vals
WHERE x MOD 2 = 1;
