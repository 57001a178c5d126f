CREATE TABLE sys_a (acct_cd VARCHAR, owner_nm VARCHAR, bal INTEGER);
CREATE TABLE sys_b (acct_cd VARCHAR, status VARCHAR, bal INTEGER);
INSERT INTO sys_a VALUES ('A1', 'Ann', 100), ('b2', 'Bob', 200), ('C3', 'Cy', NULL), ('D4', NULL, 400), (NULL, 'Nul', 0);
INSERT INTO sys_b VALUES ('A1', 'open', 100), ('B2  ', 'OPEN', 250), ('c3', 'closed', NULL), ('E5', 'open', 500), (NULL, 'open', 0);
CREATE TABLE result_recon (kind VARCHAR, acct_cd VARCHAR, detail VARCHAR, run_id INTEGER);
-- All string columns are NOT CASESPECIFIC (Teradata-mode default) and trailing blanks never count:
-- compare upper(rtrim(.)). Set operations treat NULLs as equal; join/NOT IN/EXISTS do not.
INSERT INTO result_recon
SELECT 'BOTH', upper(trim(k)), NULL, NULL FROM (
  SELECT upper(rtrim(acct_cd)) AS k, bal FROM sys_a INTERSECT SELECT upper(rtrim(acct_cd)), bal FROM sys_b);
INSERT INTO result_recon
SELECT 'ONLY_A', upper(trim(k)), NULL, NULL FROM (
  SELECT upper(rtrim(acct_cd)) AS k FROM sys_a EXCEPT SELECT upper(rtrim(acct_cd)) FROM sys_b);
INSERT INTO result_recon
SELECT 'LEFT_OPEN', upper(trim(a.acct_cd)), COALESCE(b.status, 'no open match'), 7
FROM sys_a a LEFT JOIN sys_b b ON upper(rtrim(a.acct_cd)) = upper(rtrim(b.acct_cd)) AND upper(b.status) = 'OPEN'
WHERE COALESCE(a.bal, 0) < 150 OR a.bal IS NULL;
-- NOT IN over a subquery holding a NULL is never true: no rows.
INSERT INTO result_recon
SELECT 'NOT_EXISTS_B', upper(trim(a.acct_cd)), a.owner_nm, NULL FROM sys_a a
WHERE NOT EXISTS (SELECT 1 FROM sys_b b WHERE upper(rtrim(b.acct_cd)) = upper(rtrim(a.acct_cd)));
SELECT * FROM result_recon
