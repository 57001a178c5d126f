/* Validating e-mail addresses and locating tokens: REGEXP_SIMILAR must match the whole string,
   REGEXP_INSTR returns the position of the n-th match (0 when there is none) */
CREATE MULTISET TABLE sd_db.signup
(
    signup_id  INTEGER NOT NULL,
    email_txt  VARCHAR(40) CASESPECIFIC,
    ref_code   VARCHAR(20) CASESPECIFIC
)
PRIMARY INDEX ( signup_id );

INSERT INTO sd_db.signup VALUES (1, 'john.doe@example.com',  'AB12-CD34-EF56');
INSERT INTO sd_db.signup VALUES (2, 'Jane@Mail.ORG',         'X9');
INSERT INTO sd_db.signup VALUES (3, 'bad address@x.com',     'NONE');
INSERT INTO sd_db.signup VALUES (4, NULL,                    NULL);
INSERT INTO sd_db.signup VALUES (5, 'a@b.c extra',           '12-34');

CREATE MULTISET TABLE sd_db.result_signup_check
(
    signup_id    INTEGER,
    email_ok_ci  INTEGER,
    email_ok_cs  INTEGER,
    digit_pos_2  INTEGER,
    first_digit  INTEGER
)
PRIMARY INDEX ( signup_id );

INSERT INTO sd_db.result_signup_check
SELECT signup_id,
       REGEXP_SIMILAR(email_txt, '[a-z0-9._]+@[a-z0-9]+\.[a-z]+', 'i'),
       REGEXP_SIMILAR(email_txt, '[a-z0-9._]+@[a-z0-9]+\.[a-z]+', 'c'),
       REGEXP_INSTR(ref_code, '[0-9]+', 1, 2),
       REGEXP_INSTR(ref_code, '[0-9]')
FROM sd_db.signup;
