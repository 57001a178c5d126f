CREATE TABLE accounts (id INTEGER, branch SMALLINT, balance DECIMAL(9,2));
INSERT INTO accounts VALUES (7, 12, 1234.50), (42, -3, -3.25), (1005, 0, 10.00), (9, NULL, NULL);
SELECT id,
       CAST(id AS VARCHAR) AS id_txt,
       'A-' || CAST(branch AS VARCHAR) || '-' || CAST(id AS VARCHAR) AS acct_key,
       CAST(balance AS VARCHAR) AS bal_txt,
       length(CAST(id AS VARCHAR)) AS id_len,
       length(CAST(balance AS VARCHAR)) AS bal_len
FROM accounts
