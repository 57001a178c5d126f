CREATE TABLE accounts (acct_id INTEGER, ref_id INTEGER, region VARCHAR);
CREATE TABLE blocked (acct_id INTEGER, region VARCHAR);
INSERT INTO accounts VALUES (1, 10, 'North'), (2, NULL, 'south'), (3, 30, NULL), (4, 2, 'EAST ');
INSERT INTO blocked VALUES (2, 'SOUTH'), (NULL, 'east');
SELECT 'not_in_with_null' AS check_name, COUNT(*)::INTEGER AS cnt, SUM(acct_id)::INTEGER AS id_sum FROM accounts WHERE acct_id NOT IN (SELECT acct_id FROM blocked)
UNION ALL SELECT 'not_in_filtered', COUNT(*), SUM(acct_id) FROM accounts WHERE acct_id NOT IN (SELECT acct_id FROM blocked WHERE acct_id IS NOT NULL)
UNION ALL SELECT 'not_exists', COUNT(*), SUM(acct_id) FROM accounts a WHERE NOT EXISTS (SELECT 1 FROM blocked b WHERE b.acct_id = a.acct_id)
UNION ALL SELECT 'in_subquery', COUNT(*), SUM(acct_id) FROM accounts WHERE acct_id IN (SELECT acct_id FROM blocked)
UNION ALL SELECT 'exists_ncs_region', COUNT(*), SUM(acct_id) FROM accounts a WHERE EXISTS (SELECT 1 FROM blocked b WHERE upper(rtrim(b.region)) = upper(rtrim(a.region)))
UNION ALL SELECT 'nullable_not_in_list', COUNT(*), SUM(acct_id) FROM accounts WHERE ref_id NOT IN (10, 20)
UNION ALL SELECT 'ref_not_in_subquery', COUNT(*), SUM(acct_id) FROM accounts WHERE ref_id NOT IN (SELECT acct_id FROM blocked WHERE acct_id IS NOT NULL)
UNION ALL SELECT 'not_in_empty', COUNT(*), SUM(acct_id) FROM accounts WHERE ref_id NOT IN (SELECT acct_id FROM blocked WHERE acct_id > 100)
UNION ALL SELECT 'region_not_in_ncs', COUNT(*), SUM(acct_id) FROM accounts WHERE upper(rtrim(region)) NOT IN (SELECT upper(rtrim(region)) FROM blocked)
