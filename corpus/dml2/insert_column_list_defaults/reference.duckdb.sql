CREATE TABLE accts (acct_id INTEGER NOT NULL, kind VARCHAR NOT NULL DEFAULT 'STD', bal DECIMAL(9,2) DEFAULT 0.50, tier SMALLINT DEFAULT 0, code VARCHAR DEFAULT '  ', memo VARCHAR, prio INTEGER NOT NULL DEFAULT -1);
CREATE TABLE src (a INTEGER, b VARCHAR, c DECIMAL(9,2));
INSERT INTO src VALUES (10, 'ten', 10.10), (20, NULL, NULL);
INSERT INTO accts (acct_id) VALUES (1);
INSERT INTO accts (memo, prio, acct_id) VALUES ('m2', 5, 2);
INSERT INTO accts (bal, acct_id, kind) VALUES (NULL, 3, 'VIP');
INSERT INTO accts (memo, bal, acct_id) SELECT b, c, a FROM src;
INSERT INTO accts (prio, acct_id, tier) SELECT a * 2, a + 1, a // 3 FROM src WHERE a = 20;
SELECT acct_id, kind, bal, tier, CASE WHEN code IS NULL THEN 'Y' ELSE 'N' END AS code_is_null, LENGTH(TRIM(code)) AS code_len, memo, prio FROM accts
