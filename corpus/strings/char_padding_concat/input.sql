/* CHAR(n) values carry their pad blanks into CHARACTERS / CHAR_LENGTH and into ||;
   VARCHAR values do not; || with a NULL operand is NULL */
CREATE MULTISET TABLE str_db.names
(
    id      INTEGER NOT NULL,
    first_c CHAR(6) CHARACTER SET LATIN,
    last_c  CHAR(4) CHARACTER SET LATIN,
    nick_v  VARCHAR(6) CHARACTER SET LATIN
)
PRIMARY INDEX ( id );

INSERT INTO str_db.names VALUES (1, 'AB', 'CD', 'AB');
INSERT INTO str_db.names VALUES (2, 'ABCDEF', 'WXYZ', 'ABCDEF');
INSERT INTO str_db.names VALUES (3, 'Q', NULL, NULL);

CREATE MULTISET TABLE str_db.result_padding
(
    id         INTEGER,
    len_char   INTEGER,
    len_char2  INTEGER,
    len_var    INTEGER,
    char_cat   VARCHAR(20),
    full_name  VARCHAR(20),
    var_cat    VARCHAR(20),
    trim_cat   VARCHAR(20)
)
PRIMARY INDEX ( id );

INSERT INTO str_db.result_padding
SELECT id,
       CHARACTERS(first_c),
       CHAR_LENGTH(last_c),
       CHARACTER_LENGTH(nick_v),
       first_c || '#',
       first_c || last_c || '|',
       nick_v || '#',
       TRIM(first_c) || '-' || TRIM(last_c)
FROM str_db.names;
