/* SUBSTR / SUBSTRING with start <= 0, start past the end and lengths past the end */
CREATE MULTISET TABLE str_db.words
(
    id  INTEGER NOT NULL,
    s   VARCHAR(20) CHARACTER SET LATIN
)
PRIMARY INDEX ( id );

INSERT INTO str_db.words VALUES (1, 'abcdef');
INSERT INTO str_db.words VALUES (2, 'xy');
INSERT INTO str_db.words VALUES (3, NULL);

CREATE MULTISET TABLE str_db.result_substr
(
    id       INTEGER,
    s_zero   VARCHAR(20),
    s_neg    VARCHAR(20),
    s_past   VARCHAR(20),
    s_tail   VARCHAR(20),
    s_ansi   VARCHAR(20),
    s_empty  VARCHAR(20)
)
PRIMARY INDEX ( id );

INSERT INTO str_db.result_substr
SELECT id,
       SUBSTR(s, 0, 3),
       SUBSTR(s, -1, 3),
       SUBSTR(s, 2, 100),
       SUBSTR(s, 3),
       SUBSTRING(s FROM 0 FOR 2),
       SUBSTRING(s FROM -3 FOR 2)
FROM str_db.words;
