/* STRTOK: every character of the delimiter argument is a delimiter, adjacent delimiters
   and leading delimiters produce no empty tokens, a token number past the last gives NULL */
CREATE MULTISET TABLE str_db.paths
(
    id    INTEGER NOT NULL,
    path  VARCHAR(40) CHARACTER SET LATIN
)
PRIMARY INDEX ( id );

INSERT INTO str_db.paths VALUES (1, 'a,b,c');
INSERT INTO str_db.paths VALUES (2, 'a,,b;c');
INSERT INTO str_db.paths VALUES (3, ';x;;y');
INSERT INTO str_db.paths VALUES (4, 'solo');

CREATE MULTISET TABLE str_db.result_strtok
(
    id     INTEGER,
    tok1   VARCHAR(40),
    tok2   VARCHAR(40),
    tok3   VARCHAR(40),
    comma2 VARCHAR(40)
)
PRIMARY INDEX ( id );

INSERT INTO str_db.result_strtok
SELECT id,
       STRTOK(path, ',;', 1),
       STRTOK(path, ',;', 2),
       STRTOK(path, ',;', 3),
       STRTOK(path, ',', 2)
FROM str_db.paths;
