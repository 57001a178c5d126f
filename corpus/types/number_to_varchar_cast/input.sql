/* Explicit CAST of INTEGER and DECIMAL to VARCHAR/CHAR: left-justified, no leading blanks, the
   DECIMAL scale kept; used to build keys */
CREATE MULTISET TABLE typ_db.accounts ,NO FALLBACK
(
    id       INTEGER NOT NULL,
    branch   SMALLINT,
    balance  DECIMAL(9,2)
)
PRIMARY INDEX ( id );

INSERT INTO typ_db.accounts VALUES (7,    12,  1234.50);
INSERT INTO typ_db.accounts VALUES (42,   -3,    -3.25);
INSERT INTO typ_db.accounts VALUES (1005,  0,    10.00);
INSERT INTO typ_db.accounts VALUES (9,  NULL,     NULL);

CREATE MULTISET TABLE typ_db.result_num_text
(
    id        INTEGER,
    id_txt    VARCHAR(12),
    acct_key  VARCHAR(30),
    bal_txt   VARCHAR(20),
    id_len    INTEGER,
    bal_len   INTEGER
)
PRIMARY INDEX ( id );

INSERT INTO typ_db.result_num_text
SELECT id,
       CAST(id AS VARCHAR(12)),
       'A-' || CAST(branch AS VARCHAR(6)) || '-' || CAST(id AS VARCHAR(12)),
       CAST(balance AS VARCHAR(20)),
       CHARACTERS(CAST(id AS VARCHAR(12))),
       CHARACTERS(CAST(balance AS VARCHAR(20)))
FROM typ_db.accounts;
