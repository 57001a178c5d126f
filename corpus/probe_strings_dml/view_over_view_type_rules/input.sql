/* Reporting through two layers of views: the view columns keep the base columns' types and
   attributes, so NOT CASESPECIFIC comparisons, CHAR(n) pads and INTEGER division still apply */
CREATE MULTISET TABLE vw_db.order_line
(
    line_id   INTEGER NOT NULL,
    cust_cd   CHAR(6),
    status    VARCHAR(10),
    qty       INTEGER,
    packs     INTEGER
)
PRIMARY INDEX ( line_id );

INSERT INTO vw_db.order_line VALUES (1, 'C1',     'open',    7, 2);
INSERT INTO vw_db.order_line VALUES (2, 'C22',    'OPEN',    9, 4);
INSERT INTO vw_db.order_line VALUES (3, 'C333',   'Open  ',  5, 5);
INSERT INTO vw_db.order_line VALUES (4, 'C1',     'closed',  8, 3);
INSERT INTO vw_db.order_line VALUES (5, 'C4444',  'open',   -7, 2);

CREATE VIEW vw_db.v_order_line AS
SELECT line_id, cust_cd, status, qty, packs
FROM vw_db.order_line;

CREATE VIEW vw_db.v_open_line (o_line, o_cust, o_status, o_per_pack) AS
SELECT line_id, cust_cd, status, qty / packs
FROM vw_db.v_order_line
WHERE status = 'OPEN';

CREATE MULTISET TABLE vw_db.result_open_line
(
    line_id    INTEGER,
    cust_key   VARCHAR(12),
    cust_len   INTEGER,
    per_pack   DECIMAL(6,2)
)
PRIMARY INDEX ( line_id );

INSERT INTO vw_db.result_open_line
SELECT o_line, o_cust || '|', CHARACTERS(o_cust), o_per_pack
FROM vw_db.v_open_line
WHERE o_status <> 'open ' OR o_cust = 'C1';
