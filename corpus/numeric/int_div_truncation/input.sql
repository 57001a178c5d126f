/* INTEGER / INTEGER truncates toward zero (also for negatives), in the select list and in WHERE */
CREATE MULTISET TABLE num_db.pairs ,NO FALLBACK
(
    id  INTEGER NOT NULL,
    a   INTEGER,
    b   INTEGER
)
PRIMARY INDEX ( id );

INSERT INTO num_db.pairs VALUES (1,  7,  2);
INSERT INTO num_db.pairs VALUES (2, -7,  2);
INSERT INTO num_db.pairs VALUES (3,  7, -2);
INSERT INTO num_db.pairs VALUES (4, -7, -2);
INSERT INTO num_db.pairs VALUES (5,  5,  2);
INSERT INTO num_db.pairs VALUES (6,  1,  3);
INSERT INTO num_db.pairs VALUES (7, NULL, 3);

CREATE MULTISET TABLE num_db.result_int_div
(
    src       VARCHAR(10),
    id        INTEGER,
    q         INTEGER,
    q_scaled  DECIMAL(10,2),
    q_half    INTEGER
)
PRIMARY INDEX ( id );

INSERT INTO num_db.result_int_div
SELECT 'ALL', id, a / b, (a / b) * 1.5, a / 2
FROM num_db.pairs;

INSERT INTO num_db.result_int_div
SELECT 'WHERE', id, NULL, NULL, NULL
FROM num_db.pairs
WHERE a / b = 2 OR a / b = -3;
