/* INTEGER and FLOAT to DECIMAL: integers gain a zero scale, FLOAT rounds to the nearest
   (no halfway values), INTEGER arithmetic stays integer until the cast */
CREATE MULTISET TABLE typ_db.ratios ,NO FALLBACK
(
    id    INTEGER NOT NULL,
    num   INTEGER,
    den   INTEGER,
    f     FLOAT
)
PRIMARY INDEX ( id );

INSERT INTO typ_db.ratios VALUES (1, 1, 3, 3.14159E0);
INSERT INTO typ_db.ratios VALUES (2, 2, 3, -2.71828E0);
INSERT INTO typ_db.ratios VALUES (3, 7, 2, 1.0E-3);
INSERT INTO typ_db.ratios VALUES (4, -7, 2, 12345.6789E0);
INSERT INTO typ_db.ratios VALUES (5, NULL, 4, NULL);

CREATE MULTISET TABLE typ_db.result_to_dec
(
    id         INTEGER,
    num_dec    DECIMAL(8,2),
    int_quot   DECIMAL(8,2),
    dec_quot   DECIMAL(8,2),
    f_dec      DECIMAL(10,2),
    f_dec4     DECIMAL(12,4)
)
PRIMARY INDEX ( id );

INSERT INTO typ_db.result_to_dec
SELECT id,
       CAST(num AS DECIMAL(8,2)),
       CAST(num / den AS DECIMAL(8,2)),
       CAST(num AS DECIMAL(8,2)) / den,
       CAST(f AS DECIMAL(10,2)),
       CAST(f AS DECIMAL(12,4))
FROM typ_db.ratios;
