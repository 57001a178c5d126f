CREATE TABLE result_prices (src VARCHAR, sku VARCHAR, unit_cents INTEGER);
-- The INSERT ... SELECT inside BT divides 600 by 0 (B): error 2618 rolls back the whole transaction,
-- so price_work keeps its committed rows A 1000/4, B 300/0, C 750/3 and no 'txn' rows exist.
-- Integer division truncates: 1000/4 = 250, 750/3 = 250; NULLIFZERO gives NULL for B.
INSERT INTO result_prices VALUES ('after', 'A', 250), ('after', 'B', NULL), ('after', 'C', 250);
SELECT * FROM result_prices
