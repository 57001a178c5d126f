/* NOT IN over a subquery that returns a NULL is never true; NOT EXISTS ignores the NULL;
   NOT IN over a NULL-free subquery and a NULL probe value */
CREATE MULTISET TABLE qry_db.customers
(
    cust_id  INTEGER NOT NULL,
    region   VARCHAR(10) CHARACTER SET LATIN
)
PRIMARY INDEX ( cust_id );

CREATE MULTISET TABLE qry_db.blocked
(
    region  VARCHAR(10) CHARACTER SET LATIN
)
PRIMARY INDEX ( region );

INSERT INTO qry_db.customers VALUES (1, 'EAST');
INSERT INTO qry_db.customers VALUES (2, 'WEST');
INSERT INTO qry_db.customers VALUES (3, NULL);
INSERT INTO qry_db.customers VALUES (4, 'NORTH');
INSERT INTO qry_db.blocked VALUES ('EAST');
INSERT INTO qry_db.blocked VALUES (NULL);

CREATE MULTISET TABLE qry_db.result_not_in
(
    check_name VARCHAR(20),
    cust_id    INTEGER
)
PRIMARY INDEX ( cust_id );

INSERT INTO qry_db.result_not_in
SELECT 'not_in_null', cust_id FROM qry_db.customers
WHERE region NOT IN (SELECT region FROM qry_db.blocked);

INSERT INTO qry_db.result_not_in
SELECT 'not_exists', c.cust_id FROM qry_db.customers c
WHERE NOT EXISTS (SELECT 1 FROM qry_db.blocked b WHERE b.region = c.region);

INSERT INTO qry_db.result_not_in
SELECT 'not_in_clean', cust_id FROM qry_db.customers
WHERE region NOT IN (SELECT region FROM qry_db.blocked WHERE region IS NOT NULL);

INSERT INTO qry_db.result_not_in
SELECT 'in_list', cust_id FROM qry_db.customers
WHERE region IN ('WEST', NULL);
