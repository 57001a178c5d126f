/* CREATE VIEW with a column list (renamed and computed columns), a view over that view filtering
   on the renamed columns, REPLACE VIEW changing the inner definition: the outer view picks up
   the new definition at the next query */
CREATE MULTISET TABLE vw_db.staff
(
    sid     INTEGER NOT NULL,
    nm      VARCHAR(10) CHARACTER SET LATIN,
    dept    CHAR(2) CHARACTER SET LATIN,
    sal     INTEGER,
    comm    INTEGER
)
PRIMARY INDEX ( sid );

INSERT INTO vw_db.staff VALUES (1, 'ann', 'HR', 100, NULL);
INSERT INTO vw_db.staff VALUES (2, 'bo', 'IT', 200, 50);
INSERT INTO vw_db.staff VALUES (3, 'cy', 'IT', 150, 0);
INSERT INTO vw_db.staff VALUES (4, 'di', NULL, 300, 10);

CREATE VIEW vw_db.v_pay (who, unit, total_pay) AS
SELECT nm, dept, sal + comm FROM vw_db.staff;

CREATE VIEW vw_db.v_pay_it AS
SELECT who, total_pay FROM vw_db.v_pay WHERE unit = 'it' AND total_pay > 100;

CREATE MULTISET TABLE vw_db.result_views_nested
(
    phase     VARCHAR(8),
    who       VARCHAR(10),
    total_pay INTEGER
)
PRIMARY INDEX ( who );

INSERT INTO vw_db.result_views_nested SELECT 'before', who, total_pay FROM vw_db.v_pay_it;
INSERT INTO vw_db.result_views_nested SELECT 'nullpay', who, total_pay FROM vw_db.v_pay WHERE total_pay IS NULL;

REPLACE VIEW vw_db.v_pay (who, unit, total_pay) AS
SELECT nm, COALESCE(dept, 'IT'), sal + COALESCE(comm, 0) FROM vw_db.staff;

INSERT INTO vw_db.result_views_nested SELECT 'after', who, total_pay FROM vw_db.v_pay_it;
