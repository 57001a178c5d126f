/* Fixed-width CHAR(8) account codes fed to string functions: the pad blanks are part of the value,
   so LPAD/RPAD keep them, INDEX/POSITION find them, and SUBSTRING returns them */
CREATE MULTISET TABLE sd_db.ledger_acct
(
    acct_id   INTEGER NOT NULL,
    acct_cd   CHAR(8),
    acct_nm   VARCHAR(20)
)
PRIMARY INDEX ( acct_id );

INSERT INTO sd_db.ledger_acct VALUES (1, '4100',     'Sales');
INSERT INTO sd_db.ledger_acct VALUES (2, '5200 X',   'Cost of goods');
INSERT INTO sd_db.ledger_acct VALUES (3, '61000001', 'Payroll');
INSERT INTO sd_db.ledger_acct VALUES (4, NULL,       'Suspense');

CREATE MULTISET TABLE sd_db.result_acct_fmt
(
    acct_id    INTEGER,
    lpad_cd    VARCHAR(12),
    rpad_cd    VARCHAR(12),
    first_pad  INTEGER,
    pos_pad    INTEGER,
    tail_cd    VARCHAR(12),
    tail_len   INTEGER
)
PRIMARY INDEX ( acct_id );

INSERT INTO sd_db.result_acct_fmt
SELECT acct_id,
       LPAD(acct_cd, 10, '0'),
       RPAD(acct_cd, 10, '*'),
       INDEX(acct_cd, ' '),
       POSITION(' ' IN acct_cd),
       SUBSTRING(acct_cd FROM 5) || '|',
       CHARACTERS(SUBSTRING(acct_cd FROM 5))
FROM sd_db.ledger_acct;
