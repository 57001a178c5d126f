/* Outer joins on default (NOT CASESPECIFIC) string keys that differ in case and trailing
   blanks; filter in ON versus WHERE; RIGHT and FULL joins with unmatched rows */
CREATE MULTISET TABLE jn_db.customers
(
    cust_code  VARCHAR(10) CHARACTER SET LATIN,
    cust_name  VARCHAR(10) CHARACTER SET LATIN
)
PRIMARY INDEX ( cust_code );

CREATE MULTISET TABLE jn_db.orders
(
    ord_id     INTEGER NOT NULL,
    cust_code  CHAR(8) CHARACTER SET LATIN,
    status     VARCHAR(10) CHARACTER SET LATIN,
    amt        INTEGER
)
PRIMARY INDEX ( ord_id );

INSERT INTO jn_db.customers VALUES ('abc', 'Ann');
INSERT INTO jn_db.customers VALUES ('XYZ ', 'Xi');
INSERT INTO jn_db.customers VALUES ('Qrs', 'Quinn');
INSERT INTO jn_db.customers VALUES (NULL, 'Nul');

INSERT INTO jn_db.orders VALUES (1, 'ABC', 'OPEN', 10);
INSERT INTO jn_db.orders VALUES (2, 'abc  ', 'Closed', 20);
INSERT INTO jn_db.orders VALUES (3, 'xyz', 'Open ', 5);
INSERT INTO jn_db.orders VALUES (4, 'QRS', 'closed', 7);
INSERT INTO jn_db.orders VALUES (5, NULL, 'open', 1);
INSERT INTO jn_db.orders VALUES (6, 'zzz', 'open', 3);

CREATE MULTISET TABLE jn_db.result_outer_ncs
(
    check_name  VARCHAR(20),
    grp         VARCHAR(10),
    cnt         INTEGER,
    total       INTEGER
)
PRIMARY INDEX ( check_name );

INSERT INTO jn_db.result_outer_ncs
SELECT 'left_on', c.cust_name, COUNT(o.ord_id), SUM(o.amt)
FROM jn_db.customers c
LEFT OUTER JOIN jn_db.orders o
  ON c.cust_code = o.cust_code AND o.status = 'open'
GROUP BY c.cust_name;

INSERT INTO jn_db.result_outer_ncs
SELECT 'left_where', c.cust_name, COUNT(o.ord_id), SUM(o.amt)
FROM jn_db.customers c
LEFT JOIN jn_db.orders o
  ON c.cust_code = o.cust_code
WHERE o.status = 'CLOSED'
GROUP BY c.cust_name;

INSERT INTO jn_db.result_outer_ncs
SELECT 'right_unmatched', NULL, COUNT(*), SUM(o.amt)
FROM jn_db.customers c
RIGHT JOIN jn_db.orders o
  ON o.cust_code = c.cust_code
WHERE c.cust_name IS NULL;

INSERT INTO jn_db.result_outer_ncs
SELECT 'full', NULL, COUNT(*), SUM(o.amt)
FROM jn_db.customers c
FULL OUTER JOIN jn_db.orders o
  ON o.cust_code = c.cust_code;

INSERT INTO jn_db.result_outer_ncs
SELECT 'inner_codes', NULL, COUNT(DISTINCT o.cust_code), SUM(o.amt)
FROM jn_db.customers c
INNER JOIN jn_db.orders o
  ON o.cust_code = c.cust_code;
