/* DECIMAL division keeps the larger operand scale and rounds at every step */
CREATE MULTISET TABLE num_db.ratios ,NO FALLBACK
(
    id  INTEGER NOT NULL,
    a   DECIMAL(10,2),
    b   DECIMAL(10,2),
    n   INTEGER
)
PRIMARY INDEX ( id );

INSERT INTO num_db.ratios VALUES (1,  2.00, 3.00, 3);
INSERT INTO num_db.ratios VALUES (2, 10.00, 3.00, 7);
INSERT INTO num_db.ratios VALUES (3,  1.00, 6.00, 6);
INSERT INTO num_db.ratios VALUES (4, -2.00, 3.00, 3);
INSERT INTO num_db.ratios VALUES (5,  5.00, NULL, NULL);

CREATE MULTISET TABLE num_db.result_ratios
(
    id        INTEGER,
    q         DECIMAL(12,4),
    q_int     DECIMAL(12,4),
    pct       DECIMAL(12,4),
    pct_first DECIMAL(12,4),
    prod      DECIMAL(12,4)
)
PRIMARY INDEX ( id );

INSERT INTO num_db.result_ratios
SELECT id,
       a / b,
       a / n,
       a / b * 100,
       100 * a / b,
       a * b
FROM num_db.ratios;
