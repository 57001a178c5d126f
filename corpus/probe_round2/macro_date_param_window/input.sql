/* Re-runnable "as of" extract packaged as a macro: DATE parameter given as text, date arithmetic on
   parameters, optional (NULL) filter parameter, QUALIFY and a closing SELECT inside the macro */
CREATE MULTISET TABLE mc_db.orders
(
    order_id  INTEGER NOT NULL,
    cust_id   INTEGER,
    region    VARCHAR(10),
    order_dt  DATE,
    amt       DECIMAL(10,2)
)
PRIMARY INDEX ( order_id );

CREATE MULTISET TABLE mc_db.result_window
(
    asof_dt   DATE,
    order_id  INTEGER,
    region    VARCHAR(10),
    amt       DECIMAL(10,2)
)
PRIMARY INDEX ( order_id );

INSERT INTO mc_db.orders VALUES (1, 100, 'EAST', DATE '2024-01-25', 50.00);
INSERT INTO mc_db.orders VALUES (2, 100, 'east', DATE '2024-01-30', 80.00);
INSERT INTO mc_db.orders VALUES (3, 101, 'EAST', DATE '2024-01-20', 70.00);
INSERT INTO mc_db.orders VALUES (4, 101, 'East', DATE '2024-01-21', 20.00);
INSERT INTO mc_db.orders VALUES (5, 102, 'WEST', DATE '2024-01-28', 60.00);
INSERT INTO mc_db.orders VALUES (6, 102, 'WEST', DATE '2024-02-10', 90.00);
INSERT INTO mc_db.orders VALUES (7, 103, NULL,   DATE '2024-02-12', 40.00);
INSERT INTO mc_db.orders VALUES (8, 100, 'EAST', DATE '2024-02-15', 80.00);

CREATE MACRO mc_db.load_window (p_asof DATE, p_days INTEGER DEFAULT 7, p_region VARCHAR(10)) AS
(
    DELETE FROM mc_db.result_window WHERE asof_dt = :p_asof;
    INSERT INTO mc_db.result_window
    SELECT :p_asof, order_id, region, amt
    FROM mc_db.orders
    WHERE order_dt BETWEEN :p_asof - :p_days AND :p_asof
      AND (region = :p_region OR :p_region IS NULL)
    QUALIFY ROW_NUMBER() OVER (PARTITION BY cust_id ORDER BY amt DESC) = 1;
    SELECT COUNT(*) FROM mc_db.result_window WHERE asof_dt = :p_asof;
);

EXEC mc_db.load_window('2024-01-31', 10, 'EAST');
EXEC mc_db.load_window(DATE '2024-02-15', , NULL);
EXEC mc_db.load_window(p_asof = DATE '2024-01-31', p_region = 'WEST');
