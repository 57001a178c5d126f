/* Building display keys from CHAR(n) columns: the pad blanks survive UPPER, COALESCE of two CHAR
   columns, CAST to CHAR(n), and a copy into a VARCHAR staging column */
CREATE MULTISET TABLE sd_db.customer
(
    cust_id   INTEGER NOT NULL,
    title_cd  CHAR(4),
    pref_cd   CHAR(4),
    alt_cd    CHAR(4),
    nick_nm   VARCHAR(10)
)
PRIMARY INDEX ( cust_id );

INSERT INTO sd_db.customer VALUES (1, 'mr',   'GOLD', 'SILV', 'Bob');
INSERT INTO sd_db.customer VALUES (2, 'mrs',  NULL,   'BR',   'Annie');
INSERT INTO sd_db.customer VALUES (3, 'dr',   'PT',   NULL,   'Doc');
INSERT INTO sd_db.customer VALUES (4, NULL,   NULL,   NULL,   NULL);
INSERT INTO sd_db.customer VALUES (5, 'prof', 'X',    'Y',    'Sunshine');

CREATE MULTISET TABLE sd_db.cust_stage
(
    cust_id    INTEGER,
    title_txt  VARCHAR(12)
)
PRIMARY INDEX ( cust_id );

INSERT INTO sd_db.cust_stage
SELECT cust_id, title_cd
FROM sd_db.customer;

CREATE MULTISET TABLE sd_db.result_cust_keys
(
    cust_id    INTEGER,
    title_key  VARCHAR(20),
    tier_key   VARCHAR(20),
    nick_key   VARCHAR(20),
    nick_len   INTEGER,
    stage_key  VARCHAR(20),
    stage_len  INTEGER
)
PRIMARY INDEX ( cust_id );

INSERT INTO sd_db.result_cust_keys
SELECT c.cust_id,
       UPPER(c.title_cd) || '.',
       COALESCE(c.pref_cd, c.alt_cd) || '|',
       CAST(c.nick_nm AS CHAR(6)) || '|',
       CHARACTERS(CAST(c.nick_nm AS CHAR(6))),
       s.title_txt || '|',
       CHARACTERS(s.title_txt)
FROM sd_db.customer c
INNER JOIN sd_db.cust_stage s
        ON s.cust_id = c.cust_id;
