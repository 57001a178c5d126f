/* GREATEST / LEAST return NULL when any argument is NULL */
CREATE MULTISET TABLE nul_db.prices
(
    id      INTEGER NOT NULL,
    p1      DECIMAL(8,2),
    p2      DECIMAL(8,2),
    p3      DECIMAL(8,2)
)
PRIMARY INDEX ( id );

INSERT INTO nul_db.prices VALUES (1, 10.00, 20.00, 15.00);
INSERT INTO nul_db.prices VALUES (2, 10.00, NULL, 15.00);
INSERT INTO nul_db.prices VALUES (3, NULL, NULL, NULL);
INSERT INTO nul_db.prices VALUES (4, -1.50, 0.00, -3.25);

CREATE MULTISET TABLE nul_db.result_greatest
(
    id        INTEGER,
    hi        DECIMAL(8,2),
    lo        DECIMAL(8,2),
    hi_safe   DECIMAL(8,2)
)
PRIMARY INDEX ( id );

INSERT INTO nul_db.result_greatest
SELECT id,
       GREATEST(p1, p2, p3),
       LEAST(p1, p2, p3),
       GREATEST(ZEROIFNULL(p1), ZEROIFNULL(p2), ZEROIFNULL(p3))
FROM nul_db.prices;
