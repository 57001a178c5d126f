/* A macro with parameters, executed several times: each EXEC runs its statements with the
   arguments bound to :params */
CREATE MULTISET TABLE dml_db.payments
(
    pay_id  INTEGER NOT NULL,
    cust    VARCHAR(10) CHARACTER SET LATIN,
    amt     DECIMAL(8,2)
)
PRIMARY INDEX ( pay_id );

CREATE MULTISET TABLE dml_db.cust_totals
(
    cust    VARCHAR(10) CHARACTER SET LATIN,
    total   DECIMAL(10,2),
    n_pay   INTEGER
)
PRIMARY INDEX ( cust );

INSERT INTO dml_db.cust_totals VALUES ('ann', 0.00, 0);
INSERT INTO dml_db.cust_totals VALUES ('bob', 0.00, 0);

CREATE MACRO dml_db.record_payment (p_id INTEGER, p_cust VARCHAR(10), p_amt DECIMAL(8,2)) AS (
    INSERT INTO dml_db.payments VALUES (:p_id, :p_cust, :p_amt);
    UPDATE dml_db.cust_totals
       SET total = total + :p_amt,
           n_pay = n_pay + 1
     WHERE cust = :p_cust;
);

EXEC dml_db.record_payment(1, 'ann', 10.00);
EXEC dml_db.record_payment(2, 'bob', 2.50);
EXECUTE dml_db.record_payment(3, 'ann', 7.25);
EXEC dml_db.record_payment(4, 'cid', 1.00);

CREATE MULTISET TABLE dml_db.result_macro
(
    cust    VARCHAR(10),
    total   DECIMAL(10,2),
    n_pay   INTEGER,
    n_rows  INTEGER
)
PRIMARY INDEX ( cust );

INSERT INTO dml_db.result_macro
SELECT t.cust, t.total, t.n_pay, (SELECT COUNT(*) FROM dml_db.payments p WHERE p.cust = t.cust)
FROM dml_db.cust_totals t;
