CREATE TABLE accounts (acct_id INTEGER, status VARCHAR, owner VARCHAR);
INSERT INTO accounts VALUES (1, 'Active', 'ann'), (2, 'ACTIVE', 'Ann'), (3, 'closed', 'BOB'), (4, 'active ', 'bob');
SELECT 'active_rows' AS check_name, COUNT(*)::INTEGER AS cnt FROM accounts WHERE upper(rtrim(status)) = 'ACTIVE'
UNION ALL SELECT 'status_groups', COUNT(*) FROM (SELECT upper(rtrim(status)) FROM accounts GROUP BY upper(rtrim(status))) g
UNION ALL SELECT 'distinct_owners', COUNT(DISTINCT upper(rtrim(owner))) FROM accounts
UNION ALL SELECT 'owner_bob', COUNT(*) FROM accounts WHERE upper(rtrim(owner)) = 'BOB'
