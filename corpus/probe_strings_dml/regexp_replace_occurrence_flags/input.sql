/* Cleansing phone numbers and free text with REGEXP_REPLACE: all occurrences by default,
   only the n-th with an occurrence argument, case-insensitive with match 'i' */
CREATE MULTISET TABLE sd_db.contact_raw
(
    contact_id  INTEGER NOT NULL,
    phone_txt   VARCHAR(20) CASESPECIFIC,
    remark_txt  VARCHAR(40) CASESPECIFIC
)
PRIMARY INDEX ( contact_id );

INSERT INTO sd_db.contact_raw VALUES (1, '(555) 123-4567',  'Call after 5pm, ask for Ann');
INSERT INTO sd_db.contact_raw VALUES (2, '555.987.6543',    'aaa AAA aaa');
INSERT INTO sd_db.contact_raw VALUES (3, NULL,              NULL);
INSERT INTO sd_db.contact_raw VALUES (4, '+1 555 000 1111', 'no match here');
INSERT INTO sd_db.contact_raw VALUES (5, 'ext 12',          'Alpha and ALPACA');

CREATE MULTISET TABLE sd_db.result_contact_clean
(
    contact_id    INTEGER,
    digits_only   VARCHAR(20),
    first_masked  VARCHAR(20),
    second_masked VARCHAR(20),
    remark_ci     VARCHAR(40),
    remark_cs     VARCHAR(40)
)
PRIMARY INDEX ( contact_id );

INSERT INTO sd_db.result_contact_clean
SELECT contact_id,
       REGEXP_REPLACE(phone_txt, '[^0-9]', ''),
       REGEXP_REPLACE(phone_txt, '[0-9]+', '#', 1, 1, 'c'),
       REGEXP_REPLACE(phone_txt, '[0-9]+', '#', 1, 2, 'c'),
       REGEXP_REPLACE(remark_txt, 'a+', '_', 1, 0, 'i'),
       REGEXP_REPLACE(remark_txt, 'a+', '_', 1, 0, 'c')
FROM sd_db.contact_raw;
