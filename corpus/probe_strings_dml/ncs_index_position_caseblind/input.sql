/* Finding markers in NOT CASESPECIFIC text: INDEX and POSITION match case-blind when both
   arguments are NOT CASESPECIFIC (columns and literals, by default in Teradata mode) */
CREATE MULTISET TABLE sd_db.web_user
(
    user_id   INTEGER NOT NULL,
    email     VARCHAR(40),
    email_cs  VARCHAR(40) CASESPECIFIC
)
PRIMARY INDEX ( user_id );

INSERT INTO sd_db.web_user VALUES (1, 'ann@Example.com',      'ann@Example.com');
INSERT INTO sd_db.web_user VALUES (2, 'BOB@EXAMPLE.COM',      'BOB@EXAMPLE.COM');
INSERT INTO sd_db.web_user VALUES (3, 'qa.Test@corp.example', 'qa.Test@corp.example');
INSERT INTO sd_db.web_user VALUES (4, 'cy@other.org',         'cy@other.org');
INSERT INTO sd_db.web_user VALUES (5, NULL,                   NULL);

CREATE MULTISET TABLE sd_db.result_user_domain
(
    user_id     INTEGER,
    example_pos INTEGER,
    test_pos    INTEGER,
    cs_pos      INTEGER,
    domain_txt  VARCHAR(40)
)
PRIMARY INDEX ( user_id );

INSERT INTO sd_db.result_user_domain
SELECT user_id,
       INDEX(email, 'example'),
       POSITION('TEST' IN email),
       INDEX(email_cs, 'example'),
       SUBSTRING(email FROM INDEX(email, '@') + 1)
FROM sd_db.web_user
WHERE POSITION('other' IN email) = 0 OR email IS NULL;
