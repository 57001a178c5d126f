CREATE TABLE accounts (acct_id INTEGER, balance DECIMAL(10,2), txn_cnt INTEGER, status VARCHAR);
CREATE TABLE txns (txn_id INTEGER, acct_id INTEGER, amt DECIMAL(10,2));
CREATE TABLE acct_status (acct_id INTEGER, new_status VARCHAR);
INSERT INTO accounts VALUES (1, 100.00, 0, 'O'), (2, 50.00, 0, 'O'), (3, 0.00, 0, 'O');
INSERT INTO txns VALUES (10, 1, 25.00), (11, 1, -5.00), (12, 2, 10.00), (13, 9, 99.00);
INSERT INTO acct_status VALUES (2, 'C'), (3, 'X');
UPDATE accounts SET balance = accounts.balance + t.tot, txn_cnt = t.n FROM (SELECT acct_id, SUM(amt) AS tot, COUNT(*)::INTEGER AS n FROM txns GROUP BY acct_id) t WHERE accounts.acct_id = t.acct_id;
UPDATE accounts SET status = s.new_status FROM acct_status s WHERE accounts.acct_id = s.acct_id AND s.new_status <> 'X';
SELECT * FROM accounts
