/* Legacy Teradata OLAP functions: CSUM, MSUM, MAVG, MDIFF and RANK(col), with GROUP BY acting
   as the partition (no aggregation) */
CREATE MULTISET TABLE qry_db.daily
(
    store   CHAR(2) CHARACTER SET LATIN,
    day_no  INTEGER,
    sales   DECIMAL(8,2)
)
PRIMARY INDEX ( store, day_no );

INSERT INTO qry_db.daily VALUES ('S1', 1, 10.00);
INSERT INTO qry_db.daily VALUES ('S1', 2, 30.00);
INSERT INTO qry_db.daily VALUES ('S1', 3, 20.00);
INSERT INTO qry_db.daily VALUES ('S1', 4, 30.00);
INSERT INTO qry_db.daily VALUES ('S2', 1, 5.00);
INSERT INTO qry_db.daily VALUES ('S2', 2, 1.00);

CREATE MULTISET TABLE qry_db.result_legacy
(
    store     CHAR(2),
    day_no    INTEGER,
    cum_sales DECIMAL(12,2),
    mov_sum2  DECIMAL(12,2),
    mov_avg2  DECIMAL(12,2),
    diff1     DECIMAL(12,2),
    sales_rk  INTEGER
)
PRIMARY INDEX ( store, day_no );

INSERT INTO qry_db.result_legacy
SELECT store, day_no,
       CSUM(sales, day_no),
       MSUM(sales, 2, day_no),
       MAVG(sales, 2, day_no),
       MDIFF(sales, 1, day_no),
       RANK(sales)
FROM qry_db.daily
GROUP BY store;
