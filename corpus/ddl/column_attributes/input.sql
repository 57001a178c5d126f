/* Column attributes: UPPERCASE stores values upper-cased (on INSERT and UPDATE), COMPRESS,
   FORMAT and TITLE change no value, DEFAULT fills omitted columns, CASESPECIFIC vs
   NOT CASESPECIFIC decides whether 'abc' = 'ABC' */
CREATE MULTISET TABLE ddl_db.people
(
    id      INTEGER NOT NULL TITLE 'Person Id',
    uname   VARCHAR(10) CHARACTER SET LATIN UPPERCASE,
    city    CHAR(6) CHARACTER SET LATIN COMPRESS ('PARIS', 'ROME'),
    qty     INTEGER FORMAT 'ZZ9' COMPRESS 0 DEFAULT 0,
    cs_txt  VARCHAR(5) CHARACTER SET LATIN CASESPECIFIC,
    ncs_txt VARCHAR(5) CHARACTER SET LATIN NOT CASESPECIFIC TITLE 'Loose'
)
PRIMARY INDEX ( id );

INSERT INTO ddl_db.people VALUES (1, 'alice', 'PARIS', 5, 'abc', 'abc');
INSERT INTO ddl_db.people VALUES (2, 'Bob', 'Lyon', 0, 'ABC', 'ABC');
INSERT INTO ddl_db.people (id, uname, city) VALUES (3, 'cy', NULL);
UPDATE ddl_db.people SET uname = 'dora' || uname WHERE id = 3;

CREATE MULTISET TABLE ddl_db.result_col_attrs
(
    id        INTEGER,
    uname     VARCHAR(12),
    city      VARCHAR(6),
    qty       INTEGER,
    cs_eq     CHAR(1),
    ncs_eq    CHAR(1),
    found_bob CHAR(1)
)
PRIMARY INDEX ( id );

INSERT INTO ddl_db.result_col_attrs
SELECT id, uname, city, qty,
       CASE WHEN cs_txt = 'abc' THEN 'Y' ELSE 'N' END,
       CASE WHEN ncs_txt = 'abc' THEN 'Y' ELSE 'N' END,
       CASE WHEN uname = 'BOB' THEN 'Y' ELSE 'N' END
FROM ddl_db.people;
