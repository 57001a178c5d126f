/* EXISTS / NOT EXISTS / IN / NOT IN with NULLs on either side, and NOT IN over an empty
   subquery */
CREATE MULTISET TABLE jn_db.accounts
(
    acct_id   INTEGER NOT NULL,
    ref_id    INTEGER,
    region    VARCHAR(10) CHARACTER SET LATIN
)
PRIMARY INDEX ( acct_id );

CREATE MULTISET TABLE jn_db.blocked
(
    acct_id   INTEGER,
    region    VARCHAR(10) CHARACTER SET LATIN
)
PRIMARY INDEX ( acct_id );

INSERT INTO jn_db.accounts VALUES (1, 10, 'North');
INSERT INTO jn_db.accounts VALUES (2, NULL, 'south');
INSERT INTO jn_db.accounts VALUES (3, 30, NULL);
INSERT INTO jn_db.accounts VALUES (4, 2, 'EAST ');
INSERT INTO jn_db.blocked VALUES (2, 'SOUTH');
INSERT INTO jn_db.blocked VALUES (NULL, 'east');

CREATE MULTISET TABLE jn_db.result_exists
(
    check_name  VARCHAR(30),
    cnt         INTEGER,
    id_sum      INTEGER
)
PRIMARY INDEX ( check_name );

INSERT INTO jn_db.result_exists
SELECT 'not_in_with_null', COUNT(*), SUM(acct_id) FROM jn_db.accounts
WHERE acct_id NOT IN (SELECT acct_id FROM jn_db.blocked);
INSERT INTO jn_db.result_exists
SELECT 'not_in_filtered', COUNT(*), SUM(acct_id) FROM jn_db.accounts
WHERE acct_id NOT IN (SELECT acct_id FROM jn_db.blocked WHERE acct_id IS NOT NULL);
INSERT INTO jn_db.result_exists
SELECT 'not_exists', COUNT(*), SUM(acct_id) FROM jn_db.accounts a
WHERE NOT EXISTS (SELECT 1 FROM jn_db.blocked b WHERE b.acct_id = a.acct_id);
INSERT INTO jn_db.result_exists
SELECT 'in_subquery', COUNT(*), SUM(acct_id) FROM jn_db.accounts
WHERE acct_id IN (SELECT acct_id FROM jn_db.blocked);
INSERT INTO jn_db.result_exists
SELECT 'exists_ncs_region', COUNT(*), SUM(acct_id) FROM jn_db.accounts a
WHERE EXISTS (SELECT 1 FROM jn_db.blocked b WHERE b.region = a.region);
INSERT INTO jn_db.result_exists
SELECT 'nullable_not_in_list', COUNT(*), SUM(acct_id) FROM jn_db.accounts
WHERE ref_id NOT IN (10, 20);
INSERT INTO jn_db.result_exists
SELECT 'ref_not_in_subquery', COUNT(*), SUM(acct_id) FROM jn_db.accounts
WHERE ref_id NOT IN (SELECT acct_id FROM jn_db.blocked WHERE acct_id IS NOT NULL);
INSERT INTO jn_db.result_exists
SELECT 'not_in_empty', COUNT(*), SUM(acct_id) FROM jn_db.accounts
WHERE ref_id NOT IN (SELECT acct_id FROM jn_db.blocked WHERE acct_id > 100);
INSERT INTO jn_db.result_exists
SELECT 'region_not_in_ncs', COUNT(*), SUM(acct_id) FROM jn_db.accounts
WHERE region NOT IN (SELECT region FROM jn_db.blocked);
