/* CAST to a DECIMAL with fewer fractional digits rounds (never truncates); halfway values go to
   the even digit under the default RoundHalfwayMagUp = FALSE */
CREATE MULTISET TABLE typ_db.measures ,NO FALLBACK
(
    id   INTEGER NOT NULL,
    m    DECIMAL(10,4)
)
PRIMARY INDEX ( id );

INSERT INTO typ_db.measures VALUES (1,  2.3450);
INSERT INTO typ_db.measures VALUES (2,  2.3550);
INSERT INTO typ_db.measures VALUES (3, -2.3450);
INSERT INTO typ_db.measures VALUES (4,  2.3451);
INSERT INTO typ_db.measures VALUES (5,  2.3480);
INSERT INTO typ_db.measures VALUES (6,  2.3419);
INSERT INTO typ_db.measures VALUES (7,  0.0250);
INSERT INTO typ_db.measures VALUES (8,  7.5000);
INSERT INTO typ_db.measures VALUES (9,  8.5000);
INSERT INTO typ_db.measures VALUES (10, NULL);

CREATE MULTISET TABLE typ_db.result_narrow
(
    id     INTEGER,
    d2     DECIMAL(10,2),
    d0     DECIMAL(10,0),
    as_int INTEGER
)
PRIMARY INDEX ( id );

INSERT INTO typ_db.result_narrow
SELECT id,
       CAST(m AS DECIMAL(10,2)),
       CAST(m AS DECIMAL(10,0)),
       CAST(m AS INTEGER)
FROM typ_db.measures;
