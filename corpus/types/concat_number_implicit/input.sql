/* || with an INTEGER operand: the number is converted with its default FORMAT -(10)9, i.e.
   right-justified in 11 characters; TRIM() of the number removes those blanks */
CREATE MULTISET TABLE typ_db.orders ,NO FALLBACK
(
    id     INTEGER NOT NULL,
    qty    INTEGER
)
PRIMARY INDEX ( id );

INSERT INTO typ_db.orders VALUES (1, 5);
INSERT INTO typ_db.orders VALUES (2, -42);
INSERT INTO typ_db.orders VALUES (3, 1234567);
INSERT INTO typ_db.orders VALUES (4, NULL);

CREATE MULTISET TABLE typ_db.result_concat_num
(
    id        INTEGER,
    raw_cat   VARCHAR(40),
    raw_len   INTEGER,
    trim_cat  VARCHAR(40)
)
PRIMARY INDEX ( id );

INSERT INTO typ_db.result_concat_num
SELECT id,
       '[' || qty || ']',
       CHARACTERS('Q' || qty),
       'Q' || TRIM(qty)
FROM typ_db.orders;
