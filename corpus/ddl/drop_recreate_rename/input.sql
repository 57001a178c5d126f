/* DROP TABLE then CREATE TABLE with the same name and a different shape (old rows are gone),
   RENAME TABLE old TO new keeps the rows under the new name and frees the old name */
CREATE MULTISET TABLE ddl_db.wrk
(
    a   INTEGER,
    b   VARCHAR(5) CHARACTER SET LATIN
)
PRIMARY INDEX ( a );

INSERT INTO ddl_db.wrk VALUES (1, 'x');
INSERT INTO ddl_db.wrk VALUES (2, 'y');

DROP TABLE ddl_db.wrk;

CREATE MULTISET TABLE ddl_db.wrk
(
    a   INTEGER,
    c   DECIMAL(5,1),
    b   VARCHAR(5) CHARACTER SET LATIN
)
PRIMARY INDEX ( a );

INSERT INTO ddl_db.wrk VALUES (3, 1.5, 'z');
INSERT INTO ddl_db.wrk (a, b) VALUES (4, 'w');

RENAME TABLE ddl_db.wrk TO ddl_db.wrk_prev;

CREATE MULTISET TABLE ddl_db.wrk
(
    a   INTEGER
)
PRIMARY INDEX ( a );

INSERT INTO ddl_db.wrk SELECT a * 10 FROM ddl_db.wrk_prev;

CREATE MULTISET TABLE ddl_db.result_rename
(
    src  VARCHAR(8),
    a    INTEGER,
    c    DECIMAL(5,1),
    b    VARCHAR(5)
)
PRIMARY INDEX ( a );

INSERT INTO ddl_db.result_rename SELECT 'prev', a, c, b FROM ddl_db.wrk_prev;
INSERT INTO ddl_db.result_rename SELECT 'wrk', a, NULL, NULL FROM ddl_db.wrk;
