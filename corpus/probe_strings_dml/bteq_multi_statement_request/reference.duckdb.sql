CREATE TABLE acct_bal (acct_id INTEGER, bal DECIMAL(10,2));
INSERT INTO acct_bal VALUES (1, 100.00), (2, 50.00);
-- The multi-statement request fails on its third statement (NULL into a NOT NULL column): Teradata
-- rolls back the whole request, so neither UPDATE survives; ERRORCODE <> 0 -> ROLLED_BACK.
CREATE TABLE run_log (step INTEGER, msg VARCHAR, amt DECIMAL(10,2));
INSERT INTO run_log SELECT 2, 'rolled back', SUM(bal) FROM acct_bal WHERE acct_id IN (1, 2);
INSERT INTO acct_bal VALUES (4, 10.00), (5, 20.00);
INSERT INTO run_log SELECT 3, 'total', SUM(bal) FROM acct_bal;
INSERT INTO run_log SELECT 4, 'acct 1', bal FROM acct_bal WHERE acct_id = 1;
SELECT * FROM run_log
