/* CAST of CHAR/VARCHAR to INTEGER and DECIMAL: leading/trailing blanks are ignored, leading zeros
   are fine, and an all-blank string converts to zero */
CREATE MULTISET TABLE typ_db.raw_codes ,NO FALLBACK
(
    id    INTEGER NOT NULL,
    c     CHAR(6) CHARACTER SET LATIN,
    v     VARCHAR(10) CHARACTER SET LATIN
)
PRIMARY INDEX ( id );

INSERT INTO typ_db.raw_codes VALUES (1, '42',     ' 12.50 ');
INSERT INTO typ_db.raw_codes VALUES (2, '  42',   '0012.5');
INSERT INTO typ_db.raw_codes VALUES (3, '007',    '-3.25');
INSERT INTO typ_db.raw_codes VALUES (4, '-7',     '   ');
INSERT INTO typ_db.raw_codes VALUES (5, '      ', '8');
INSERT INTO typ_db.raw_codes VALUES (6, NULL,     NULL);

CREATE MULTISET TABLE typ_db.result_char_num
(
    id     INTEGER,
    c_int  INTEGER,
    c_plus INTEGER,
    v_dec  DECIMAL(8,2)
)
PRIMARY INDEX ( id );

INSERT INTO typ_db.result_char_num
SELECT id,
       CAST(c AS INTEGER),
       CAST(c AS INTEGER) + 1,
       CAST(v AS DECIMAL(8,2))
FROM typ_db.raw_codes;
