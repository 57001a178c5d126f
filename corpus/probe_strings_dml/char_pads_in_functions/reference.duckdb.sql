CREATE TABLE ledger_acct (acct_id INTEGER, acct_cd VARCHAR, acct_nm VARCHAR);
INSERT INTO ledger_acct VALUES (1, rpad('4100', 8, ' '), 'Sales'), (2, rpad('5200 X', 8, ' '), 'Cost of goods'), (3, '61000001', 'Payroll'), (4, NULL, 'Suspense');
-- CHAR(8) values are the 8 characters including pad blanks, in every function.
SELECT acct_id,
       lpad(acct_cd, 10, '0') AS lpad_cd,
       rpad(acct_cd, 10, '*') AS rpad_cd,
       CAST(strpos(acct_cd, ' ') AS INTEGER) AS first_pad,
       CAST(strpos(acct_cd, ' ') AS INTEGER) AS pos_pad,
       substring(acct_cd, 5) || '|' AS tail_cd,
       CAST(length(substring(acct_cd, 5)) AS INTEGER) AS tail_len
FROM ledger_acct
