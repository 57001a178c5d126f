/* Storing a wider-scale DECIMAL (column or SUM) into a narrower DECIMAL column rounds on
   assignment, halfway values to even; an INTEGER target truncates */
CREATE MULTISET TABLE typ_db.lines ,NO FALLBACK
(
    id     INTEGER NOT NULL,
    grp    VARCHAR(4),
    price  DECIMAL(10,3)
)
PRIMARY INDEX ( id );

INSERT INTO typ_db.lines VALUES (1, 'A', 1.005);
INSERT INTO typ_db.lines VALUES (2, 'A', 0.010);
INSERT INTO typ_db.lines VALUES (3, 'B', 1.015);
INSERT INTO typ_db.lines VALUES (4, 'B', 0.010);
INSERT INTO typ_db.lines VALUES (5, 'C', -0.125);
INSERT INTO typ_db.lines VALUES (6, 'D', 2.999);
INSERT INTO typ_db.lines VALUES (7, 'D', 0.006);

CREATE MULTISET TABLE typ_db.result_assign
(
    grp       VARCHAR(4),
    total2    DECIMAL(10,2),
    total_int INTEGER,
    max2      DECIMAL(10,2)
)
PRIMARY INDEX ( grp );

INSERT INTO typ_db.result_assign
SELECT grp, SUM(price), SUM(price), MAX(price)
FROM typ_db.lines
GROUP BY grp;
