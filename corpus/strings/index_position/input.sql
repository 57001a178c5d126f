/* INDEX and POSITION: 1-based, 0 when absent, NULL in -> NULL out; used to cut e-mail domains */
CREATE MULTISET TABLE str_db.contacts
(
    id     INTEGER NOT NULL,
    email  VARCHAR(40) CHARACTER SET LATIN
)
PRIMARY INDEX ( id );

INSERT INTO str_db.contacts VALUES (1, 'ann@example.com');
INSERT INTO str_db.contacts VALUES (2, 'no-at-sign');
INSERT INTO str_db.contacts VALUES (3, NULL);
INSERT INTO str_db.contacts VALUES (4, 'banana@an.org');

CREATE MULTISET TABLE str_db.result_index
(
    id        INTEGER,
    at_idx    INTEGER,
    at_pos    INTEGER,
    an_idx    INTEGER,
    domain    VARCHAR(40),
    user_part VARCHAR(40)
)
PRIMARY INDEX ( id );

INSERT INTO str_db.result_index
SELECT id,
       INDEX(email, '@'),
       POSITION('@' IN email),
       INDEX(email, 'an'),
       SUBSTR(email, INDEX(email, '@') + 1),
       CASE WHEN INDEX(email, '@') > 0 THEN SUBSTR(email, 1, INDEX(email, '@') - 1) ELSE email END
FROM str_db.contacts;
