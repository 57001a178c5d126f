/* INITCAP treats every non-alphanumeric character as a word break; UPPER/LOWER */
CREATE MULTISET TABLE fn_db.people ,NO FALLBACK
(
    id    INTEGER NOT NULL,
    nm    VARCHAR(30) CHARACTER SET LATIN CASESPECIFIC
)
PRIMARY INDEX ( id );

INSERT INTO fn_db.people VALUES (1, 'hello WORLD');
INSERT INTO fn_db.people VALUES (2, 'mary-ann o''neil');
INSERT INTO fn_db.people VALUES (3, 'abc1def x_y');
INSERT INTO fn_db.people VALUES (4, 'st.louis,MO');
INSERT INTO fn_db.people VALUES (5, NULL);

CREATE MULTISET TABLE fn_db.result_case_fns
(
    id     INTEGER,
    ic     VARCHAR(30) CASESPECIFIC,
    up     VARCHAR(30) CASESPECIFIC,
    lo     VARCHAR(30) CASESPECIFIC
)
PRIMARY INDEX ( id );

INSERT INTO fn_db.result_case_fns
SELECT id, INITCAP(nm), UPPER(nm), LOWER(nm)
FROM fn_db.people;
