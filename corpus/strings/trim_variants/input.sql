/* TRIM LEADING / TRAILING / BOTH with a trim character, plain TRIM, and the length of what remains */
CREATE MULTISET TABLE str_db.codes
(
    id    INTEGER NOT NULL,
    code  VARCHAR(20) CHARACTER SET LATIN,
    label VARCHAR(20) CHARACTER SET LATIN
)
PRIMARY INDEX ( id );

INSERT INTO str_db.codes VALUES (1, '00120', '  pad  ');
INSERT INTO str_db.codes VALUES (2, '000',   'x.yx..');
INSERT INTO str_db.codes VALUES (3, '7000',  NULL);
INSERT INTO str_db.codes VALUES (4, NULL,    '   ');

CREATE MULTISET TABLE str_db.result_trim
(
    id          INTEGER,
    no_lead0    VARCHAR(20),
    no_trail0   VARCHAR(20),
    no_dots     VARCHAR(20),
    both_x      VARCHAR(20),
    trimmed     VARCHAR(20),
    trimmed_len INTEGER
)
PRIMARY INDEX ( id );

INSERT INTO str_db.result_trim
SELECT id,
       TRIM(LEADING '0' FROM code),
       TRIM(TRAILING '0' FROM code),
       TRIM(TRAILING '.' FROM label),
       TRIM(BOTH 'x' FROM label),
       '[' || TRIM(label) || ']',
       CHARACTERS(TRIM(BOTH FROM label))
FROM str_db.codes;
