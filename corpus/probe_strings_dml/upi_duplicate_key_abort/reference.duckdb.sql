CREATE TABLE account (acct_no INTEGER, owner_nm VARCHAR, status_cd VARCHAR);
INSERT INTO account VALUES (100, 'Ann', 'A'), (101, 'Bob', 'A');
-- (101, 'Bobby') violates the UNIQUE PRIMARY INDEX: error 2801, not stored.
-- The straight INSERT ... SELECT has duplicate keys (103 twice, 100 already stored): it fails as a
-- whole (2801), ERRORCODE <> 0, so the de-duplicating load runs: 102 'A' and 103 'A' (first by status).
CREATE TABLE account_stage (acct_no INTEGER, owner_nm VARCHAR, status_cd VARCHAR);
INSERT INTO account_stage VALUES (102, 'Cy', 'A'), (103, 'Di', 'C'), (103, 'Di', 'A'), (100, 'Ann', 'X');
INSERT INTO account
SELECT acct_no, owner_nm, status_cd FROM (
  SELECT s.*, row_number() OVER (PARTITION BY s.acct_no ORDER BY s.status_cd) AS rn
  FROM account_stage s WHERE NOT EXISTS (SELECT 1 FROM account a WHERE a.acct_no = s.acct_no)) WHERE rn = 1;
SELECT * FROM account
