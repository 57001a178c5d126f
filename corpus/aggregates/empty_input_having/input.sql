/* Aggregates over no rows: one row without GROUP BY (COUNT 0, others NULL), no rows with GROUP BY;
   HAVING without GROUP BY filters that single row */
CREATE MULTISET TABLE agg_db.events ,NO FALLBACK
(
    id     INTEGER NOT NULL,
    kind   VARCHAR(6),
    amt    DECIMAL(8,2),
    ev_dt  DATE
)
PRIMARY INDEX ( id );

INSERT INTO agg_db.events VALUES (1, 'OK',  5.00, DATE '2024-01-10');
INSERT INTO agg_db.events VALUES (2, 'OK',  7.50, DATE '2024-03-05');
INSERT INTO agg_db.events VALUES (3, 'BAD', NULL, NULL);

CREATE MULTISET TABLE agg_db.result_empty
(
    tag     VARCHAR(10),
    n       INTEGER,
    n_amt   INTEGER,
    s_amt   DECIMAL(10,2),
    mx_amt  DECIMAL(8,2),
    mn_dt   DATE,
    mx_dt   DATE
)
PRIMARY INDEX ( tag );

INSERT INTO agg_db.result_empty
SELECT 'EMPTY', COUNT(*), COUNT(amt), SUM(amt), MAX(amt), MIN(ev_dt), MAX(ev_dt)
FROM agg_db.events
WHERE kind = 'NONE';

INSERT INTO agg_db.result_empty
SELECT kind, COUNT(*), COUNT(amt), SUM(amt), MAX(amt), MIN(ev_dt), MAX(ev_dt)
FROM agg_db.events
WHERE kind = 'NONE'
GROUP BY kind;

INSERT INTO agg_db.result_empty
SELECT 'HAVE_NO', COUNT(*), COUNT(amt), SUM(amt), MAX(amt), MIN(ev_dt), MAX(ev_dt)
FROM agg_db.events
HAVING COUNT(*) > 100;

INSERT INTO agg_db.result_empty
SELECT 'HAVE_YES', COUNT(*), COUNT(amt), SUM(amt), MAX(amt), MIN(ev_dt), MAX(ev_dt)
FROM agg_db.events
HAVING SUM(amt) > 10;

INSERT INTO agg_db.result_empty
SELECT 'BAD_ONLY', COUNT(*), COUNT(amt), SUM(amt), MAX(amt), MIN(ev_dt), MAX(ev_dt)
FROM agg_db.events
WHERE kind = 'BAD';
