/* In a Teradata-mode session (BTEQ's usual mode) a character column declared without
   CASESPECIFIC is NOT CASESPECIFIC: comparisons and grouping ignore case */
CREATE MULTISET TABLE cs_db.accounts
(
    acct_id  INTEGER NOT NULL,
    status   VARCHAR(10) CHARACTER SET LATIN,
    owner    CHAR(8) CHARACTER SET LATIN
)
PRIMARY INDEX ( acct_id );

INSERT INTO cs_db.accounts VALUES (1, 'Active', 'ann');
INSERT INTO cs_db.accounts VALUES (2, 'ACTIVE', 'Ann');
INSERT INTO cs_db.accounts VALUES (3, 'closed', 'BOB');
INSERT INTO cs_db.accounts VALUES (4, 'active ', 'bob');

CREATE MULTISET TABLE cs_db.result_default_mode
(
    check_name VARCHAR(20),
    cnt        INTEGER
)
PRIMARY INDEX ( check_name );

INSERT INTO cs_db.result_default_mode
SELECT 'active_rows', COUNT(*) FROM cs_db.accounts WHERE status = 'ACTIVE';
INSERT INTO cs_db.result_default_mode
SELECT 'status_groups', COUNT(*) FROM (SELECT status FROM cs_db.accounts GROUP BY status) g;
INSERT INTO cs_db.result_default_mode
SELECT 'distinct_owners', COUNT(DISTINCT owner) FROM cs_db.accounts;
INSERT INTO cs_db.result_default_mode
SELECT 'owner_bob', COUNT(*) FROM cs_db.accounts WHERE owner = 'Bob';
