/* Aggregate window functions with ORDER BY but no ROWS clause cover the whole partition in
   Teradata (not a running total); an explicit ROWS UNBOUNDED PRECEDING gives the running total */
CREATE MULTISET TABLE qry_db.ledger
(
    entry_id  INTEGER NOT NULL,
    acct      CHAR(2) CHARACTER SET LATIN,
    entry_dt  DATE,
    amt       INTEGER
)
PRIMARY INDEX ( entry_id );

INSERT INTO qry_db.ledger VALUES (1, 'A1', DATE '2024-01-01', 10);
INSERT INTO qry_db.ledger VALUES (2, 'A1', DATE '2024-01-02', 20);
INSERT INTO qry_db.ledger VALUES (3, 'A1', DATE '2024-01-03', 5);
INSERT INTO qry_db.ledger VALUES (4, 'B2', DATE '2024-01-01', 7);
INSERT INTO qry_db.ledger VALUES (5, 'B2', DATE '2024-01-05', 3);

CREATE MULTISET TABLE qry_db.result_window_agg
(
    entry_id   INTEGER,
    part_sum   INTEGER,
    all_cnt    INTEGER,
    part_max   INTEGER,
    run_sum    INTEGER
)
PRIMARY INDEX ( entry_id );

INSERT INTO qry_db.result_window_agg
SELECT entry_id,
       SUM(amt) OVER (PARTITION BY acct ORDER BY entry_dt),
       COUNT(*) OVER (ORDER BY entry_dt),
       MAX(amt) OVER (PARTITION BY acct ORDER BY entry_dt DESC),
       SUM(amt) OVER (PARTITION BY acct ORDER BY entry_dt ROWS UNBOUNDED PRECEDING)
FROM qry_db.ledger;
