/* OREPLACE is a literal replacement ('.', '$', '(' are not regex), two-argument OREPLACE removes;
   OTRANSLATE maps character by character and drops characters with no counterpart */
CREATE MULTISET TABLE str_db.raw_values
(
    id   INTEGER NOT NULL,
    txt  VARCHAR(30) CHARACTER SET LATIN
)
PRIMARY INDEX ( id );

INSERT INTO str_db.raw_values VALUES (1, '1.234.567,89');
INSERT INTO str_db.raw_values VALUES (2, 'a.b$c(d)a.b');
INSERT INTO str_db.raw_values VALUES (3, 'abcabc');
INSERT INTO str_db.raw_values VALUES (4, NULL);

CREATE MULTISET TABLE str_db.result_replace
(
    id         INTEGER,
    no_dots    VARCHAR(30),
    ab_to_x    VARCHAR(30),
    no_dollar  VARCHAR(30),
    no_paren   VARCHAR(30),
    translated VARCHAR(30)
)
PRIMARY INDEX ( id );

INSERT INTO str_db.result_replace
SELECT id,
       OREPLACE(txt, '.', ''),
       OREPLACE(txt, 'a.b', 'X'),
       OREPLACE(txt, '$'),
       OREPLACE(OREPLACE(txt, '(', '['), ')', ']'),
       OTRANSLATE(txt, 'abc.', 'x')
FROM str_db.raw_values;
