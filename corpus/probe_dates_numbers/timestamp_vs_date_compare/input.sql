/* February payments: TIMESTAMP columns filtered and matched with DATE values (period bounds,
   a calendar table join) */
CREATE MULTISET TABLE pdn_db.payments ,NO FALLBACK
(
    pay_id    INTEGER NOT NULL,
    paid_ts   TIMESTAMP(0),
    amount    DECIMAL(9,2)
)
PRIMARY INDEX ( pay_id );

INSERT INTO pdn_db.payments VALUES (1, TIMESTAMP '2024-02-01 00:00:00', 10.00);
INSERT INTO pdn_db.payments VALUES (2, TIMESTAMP '2024-02-15 12:30:00', 20.00);
INSERT INTO pdn_db.payments VALUES (3, TIMESTAMP '2024-02-29 18:45:00', 30.00);
INSERT INTO pdn_db.payments VALUES (4, TIMESTAMP '2024-03-01 00:00:00', 40.00);
INSERT INTO pdn_db.payments VALUES (5, TIMESTAMP '2024-01-31 23:59:59', 50.00);
INSERT INTO pdn_db.payments VALUES (6, NULL, 60.00);

CREATE MULTISET TABLE pdn_db.holidays ,NO FALLBACK
(
    hol_dt    DATE,
    hol_name  VARCHAR(20)
)
PRIMARY INDEX ( hol_dt );

INSERT INTO pdn_db.holidays VALUES (DATE '2024-02-15', 'Mid-month close');
INSERT INTO pdn_db.holidays VALUES (DATE '2024-02-29', 'Leap day');

CREATE MULTISET TABLE pdn_db.result_feb_payments
(
    pay_id     INTEGER,
    amount     DECIMAL(9,2),
    hol_name   VARCHAR(20),
    after_mid  CHAR(1)
)
PRIMARY INDEX ( pay_id );

INSERT INTO pdn_db.result_feb_payments
SELECT p.pay_id,
       p.amount,
       h.hol_name,
       CASE WHEN p.paid_ts > DATE '2024-02-15' THEN 'Y' ELSE 'N' END
FROM pdn_db.payments p
LEFT JOIN pdn_db.holidays h
  ON p.paid_ts = h.hol_dt
WHERE p.paid_ts BETWEEN DATE '2024-02-01' AND DATE '2024-02-29';
