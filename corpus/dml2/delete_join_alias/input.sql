/* Teradata join-condition DELETE: DELETE alias FROM t AS alias, s WHERE join ... deletes only rows
   of the named table that join a qualifying row; DELETE FROM t AS alias WHERE alias.col ...;
   DEL abbreviation with a correlated NOT EXISTS; DEL ... ALL then reload */
CREATE MULTISET TABLE dml2_db.orders
(
    order_id  INTEGER NOT NULL,
    cust_id   INTEGER,
    status    VARCHAR(8) CHARACTER SET LATIN
)
PRIMARY INDEX ( order_id );

CREATE MULTISET TABLE dml2_db.blocked
(
    cust_id   INTEGER,
    active    CHAR(1) CHARACTER SET LATIN
)
PRIMARY INDEX ( cust_id );

CREATE MULTISET TABLE dml2_db.custs
(
    cust_id   INTEGER
)
PRIMARY INDEX ( cust_id );

CREATE MULTISET TABLE dml2_db.snap
(
    n_orders  INTEGER,
    n_blocked INTEGER
)
PRIMARY INDEX ( n_orders );

INSERT INTO dml2_db.orders VALUES (1, 100, 'open');
INSERT INTO dml2_db.orders VALUES (2, 200, 'open');
INSERT INTO dml2_db.orders VALUES (3, 200, 'closed');
INSERT INTO dml2_db.orders VALUES (4, 300, 'open');
INSERT INTO dml2_db.orders VALUES (5, NULL, 'open');
INSERT INTO dml2_db.orders VALUES (6, 400, 'void');
INSERT INTO dml2_db.orders VALUES (7, 500, 'open');
INSERT INTO dml2_db.blocked VALUES (200, 'Y');
INSERT INTO dml2_db.blocked VALUES (300, 'N');
INSERT INTO dml2_db.blocked VALUES (NULL, 'Y');
INSERT INTO dml2_db.custs VALUES (100);
INSERT INTO dml2_db.custs VALUES (200);
INSERT INTO dml2_db.custs VALUES (300);
INSERT INTO dml2_db.custs VALUES (400);
INSERT INTO dml2_db.snap VALUES (-1, -1);

DELETE o
FROM dml2_db.orders AS o, dml2_db.blocked AS b
WHERE o.cust_id = b.cust_id
  AND b.active = 'Y';

DELETE FROM dml2_db.orders AS z WHERE z.status = 'void';

DEL FROM dml2_db.orders
WHERE NOT EXISTS (SELECT 1 FROM dml2_db.custs c WHERE c.cust_id = dml2_db.orders.cust_id);

DEL dml2_db.snap ALL;
INSERT INTO dml2_db.snap
SELECT (SELECT COUNT(*) FROM dml2_db.orders), (SELECT COUNT(*) FROM dml2_db.blocked);

CREATE MULTISET TABLE dml2_db.result_del_join
(
    order_id  INTEGER,
    cust_id   INTEGER,
    status    VARCHAR(8),
    n_orders  INTEGER,
    n_blocked INTEGER
)
PRIMARY INDEX ( order_id );

INSERT INTO dml2_db.result_del_join
SELECT o.order_id, o.cust_id, o.status, s.n_orders, s.n_blocked
FROM dml2_db.orders o CROSS JOIN dml2_db.snap s;
