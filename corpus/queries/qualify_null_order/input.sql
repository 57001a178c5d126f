/* QUALIFY ROW_NUMBER() = 1 per customer: Teradata puts NULL timestamps last when sorting DESC
   and first when sorting ASC */
CREATE MULTISET TABLE qry_db.events
(
    event_id  INTEGER NOT NULL,
    cust_id   INTEGER,
    event_ts  TIMESTAMP(0),
    amount    DECIMAL(8,2)
)
PRIMARY INDEX ( event_id );

INSERT INTO qry_db.events VALUES (1, 100, TIMESTAMP '2024-01-01 10:00:00', 10.00);
INSERT INTO qry_db.events VALUES (2, 100, TIMESTAMP '2024-01-05 09:00:00', 20.00);
INSERT INTO qry_db.events VALUES (3, 100, NULL, 99.00);
INSERT INTO qry_db.events VALUES (4, 200, NULL, 5.00);
INSERT INTO qry_db.events VALUES (5, 200, TIMESTAMP '2024-02-01 00:00:00', 7.00);
INSERT INTO qry_db.events VALUES (6, 300, TIMESTAMP '2024-03-01 00:00:00', 1.00);

CREATE MULTISET TABLE qry_db.result_pick
(
    pick      VARCHAR(10),
    cust_id   INTEGER,
    event_id  INTEGER,
    amount    DECIMAL(8,2)
)
PRIMARY INDEX ( cust_id );

INSERT INTO qry_db.result_pick
SELECT 'latest', cust_id, event_id, amount
FROM qry_db.events
QUALIFY ROW_NUMBER() OVER (PARTITION BY cust_id ORDER BY event_ts DESC) = 1;

INSERT INTO qry_db.result_pick
SELECT 'earliest', cust_id, event_id, amount
FROM qry_db.events
QUALIFY ROW_NUMBER() OVER (PARTITION BY cust_id ORDER BY event_ts ASC) = 1;
