/* Strings with leading/trailing blanks (and CHAR(n) pads) converted to DATE with an explicit FORMAT */
CREATE MULTISET TABLE typ_db.raw_dates ,NO FALLBACK
(
    id    INTEGER NOT NULL,
    c     CHAR(12) CHARACTER SET LATIN,
    v     VARCHAR(14) CHARACTER SET LATIN
)
PRIMARY INDEX ( id );

INSERT INTO typ_db.raw_dates VALUES (1, '2024-02-29', '2024-03-01  ');
INSERT INTO typ_db.raw_dates VALUES (2, '1999-12-31', '  2000-01-01');
INSERT INTO typ_db.raw_dates VALUES (3, NULL,         ' 2023-07-15 ');

CREATE MULTISET TABLE typ_db.result_str_date
(
    id      INTEGER,
    c_date  DATE,
    v_date  DATE,
    gap     INTEGER
)
PRIMARY INDEX ( id );

INSERT INTO typ_db.result_str_date
SELECT id,
       CAST(c AS DATE FORMAT 'YYYY-MM-DD'),
       CAST(v AS DATE FORMAT 'YYYY-MM-DD'),
       CAST(v AS DATE FORMAT 'YYYY-MM-DD') - CAST(c AS DATE FORMAT 'YYYY-MM-DD')
FROM typ_db.raw_dates;
