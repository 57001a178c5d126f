/* UPDATE of several columns whose right-hand sides read each other: every SET expression sees
   the row as it was before the statement (a swap works, c = a + b uses the old a and b).
   UPD abbreviation, and a second UPD whose WHERE reads a column the SET changes. */
CREATE MULTISET TABLE dml2_db.pairs
(
    id   INTEGER NOT NULL,
    a    INTEGER,
    b    INTEGER,
    c    INTEGER,
    lbl  VARCHAR(12) CHARACTER SET LATIN
)
PRIMARY INDEX ( id );

INSERT INTO dml2_db.pairs VALUES (1, 1, 2, 0, 'x');
INSERT INTO dml2_db.pairs VALUES (2, 5, NULL, 0, 'y');
INSERT INTO dml2_db.pairs VALUES (3, 7, 3, 0, NULL);

UPDATE dml2_db.pairs
SET a = b,
    b = a,
    c = a * 10 + b,
    lbl = CASE WHEN a > b THEN lbl || '>' ELSE lbl || '<=' END;

UPD dml2_db.pairs
SET b = b + 100, a = a - 1
WHERE b < 6;

CREATE MULTISET TABLE dml2_db.result_upd_old
(
    id   INTEGER,
    a    INTEGER,
    b    INTEGER,
    c    INTEGER,
    lbl  VARCHAR(12)
)
PRIMARY INDEX ( id );

INSERT INTO dml2_db.result_upd_old SELECT id, a, b, c, lbl FROM dml2_db.pairs;
