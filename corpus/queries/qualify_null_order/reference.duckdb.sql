CREATE TABLE events (event_id INTEGER, cust_id INTEGER, event_ts TIMESTAMP, amount DECIMAL(8,2));
INSERT INTO events VALUES (1, 100, TIMESTAMP '2024-01-01 10:00:00', 10.00), (2, 100, TIMESTAMP '2024-01-05 09:00:00', 20.00), (3, 100, NULL, 99.00), (4, 200, NULL, 5.00), (5, 200, TIMESTAMP '2024-02-01 00:00:00', 7.00), (6, 300, TIMESTAMP '2024-03-01 00:00:00', 1.00);
SELECT 'latest' AS pick, cust_id, event_id, amount FROM events QUALIFY row_number() OVER (PARTITION BY cust_id ORDER BY event_ts DESC NULLS LAST) = 1
UNION ALL
SELECT 'earliest', cust_id, event_id, amount FROM events QUALIFY row_number() OVER (PARTITION BY cust_id ORDER BY event_ts ASC NULLS FIRST) = 1
