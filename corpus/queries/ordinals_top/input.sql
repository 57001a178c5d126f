/* GROUP BY / ORDER BY ordinals with TOP n, and TOP n WITH TIES, in INSERT ... SELECT */
CREATE MULTISET TABLE qry_db.orders
(
    order_id  INTEGER NOT NULL,
    region    VARCHAR(10) CHARACTER SET LATIN,
    amount    INTEGER
)
PRIMARY INDEX ( order_id );

INSERT INTO qry_db.orders VALUES (1, 'EAST', 10);
INSERT INTO qry_db.orders VALUES (2, 'EAST', 30);
INSERT INTO qry_db.orders VALUES (3, 'WEST', 25);
INSERT INTO qry_db.orders VALUES (4, 'NORTH', 40);
INSERT INTO qry_db.orders VALUES (5, 'SOUTH', 15);
INSERT INTO qry_db.orders VALUES (6, 'SOUTH', 10);
INSERT INTO qry_db.orders VALUES (7, 'WEST', 15);

CREATE MULTISET TABLE qry_db.result_top
(
    kind    VARCHAR(10),
    region  VARCHAR(10),
    total   INTEGER
)
PRIMARY INDEX ( region );

INSERT INTO qry_db.result_top
SELECT TOP 2 'top2', region, SUM(amount)
FROM qry_db.orders
GROUP BY 2
ORDER BY 3 DESC, 2;

INSERT INTO qry_db.result_top
SELECT TOP 1 WITH TIES 'ties', region, SUM(amount)
FROM qry_db.orders
GROUP BY 2
ORDER BY 3 DESC;
