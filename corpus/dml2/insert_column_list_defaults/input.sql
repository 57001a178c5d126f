/* INSERT with a column list in another order than the table, with fewer columns than the table:
   omitted columns take their DEFAULT constant, WITH DEFAULT system defaults (0, blanks, empty
   string) or NULL when no default is declared */
CREATE MULTISET TABLE dml2_db.accts
(
    acct_id   INTEGER NOT NULL,
    kind      CHAR(3) CHARACTER SET LATIN NOT NULL DEFAULT 'STD',
    bal       DECIMAL(9,2) DEFAULT 0.50,
    tier      SMALLINT WITH DEFAULT,
    code      CHAR(2) CHARACTER SET LATIN WITH DEFAULT,
    memo      VARCHAR(10) CHARACTER SET LATIN,
    prio      INTEGER NOT NULL DEFAULT -1
)
PRIMARY INDEX ( acct_id );

CREATE MULTISET TABLE dml2_db.src
(
    a  INTEGER,
    b  VARCHAR(10) CHARACTER SET LATIN,
    c  DECIMAL(9,2)
)
PRIMARY INDEX ( a );

INSERT INTO dml2_db.src VALUES (10, 'ten', 10.10);
INSERT INTO dml2_db.src VALUES (20, NULL, NULL);

INSERT INTO dml2_db.accts (acct_id) VALUES (1);
INSERT INTO dml2_db.accts (memo, prio, acct_id) VALUES ('m2', 5, 2);
INSERT INTO dml2_db.accts (bal, acct_id, kind) VALUES (NULL, 3, 'VIP');

INSERT INTO dml2_db.accts (memo, bal, acct_id)
SELECT b, c, a FROM dml2_db.src;

INSERT INTO dml2_db.accts (prio, acct_id, tier)
SELECT a * 2, a + 1, a / 3 FROM dml2_db.src WHERE a = 20;

CREATE MULTISET TABLE dml2_db.result_ins_defaults
(
    acct_id   INTEGER,
    kind      CHAR(3),
    bal       DECIMAL(9,2),
    tier      SMALLINT,
    code_is_null CHAR(1),
    code_len  INTEGER,
    memo      VARCHAR(10),
    prio      INTEGER
)
PRIMARY INDEX ( acct_id );

INSERT INTO dml2_db.result_ins_defaults
SELECT acct_id, kind, bal, tier,
       CASE WHEN code IS NULL THEN 'Y' ELSE 'N' END,
       CHARACTER_LENGTH(TRIM(code)),
       memo, prio
FROM dml2_db.accts;
