/* PERCENT_RANK and CUME_DIST with ties and NULLs, ascending and descending; partition sizes
   chosen so every value is exact in binary floating point */
CREATE MULTISET TABLE win_db.five
(
    id  INTEGER NOT NULL,
    v   INTEGER
)
PRIMARY INDEX ( id );

CREATE MULTISET TABLE win_db.four
(
    id  INTEGER NOT NULL,
    v   INTEGER
)
PRIMARY INDEX ( id );

INSERT INTO win_db.five VALUES (1, 10);
INSERT INTO win_db.five VALUES (2, NULL);
INSERT INTO win_db.five VALUES (3, 20);
INSERT INTO win_db.five VALUES (4, 20);
INSERT INTO win_db.five VALUES (5, 30);
INSERT INTO win_db.four VALUES (1, NULL);
INSERT INTO win_db.four VALUES (2, 5);
INSERT INTO win_db.four VALUES (3, 5);
INSERT INTO win_db.four VALUES (4, 9);

CREATE MULTISET TABLE win_db.result_pct
(
    src      VARCHAR(10),
    id       INTEGER,
    asc_val  DECIMAL(5,4),
    desc_val DECIMAL(5,4)
)
PRIMARY INDEX ( id );

INSERT INTO win_db.result_pct
SELECT 'pct_rank', id,
       PERCENT_RANK() OVER (ORDER BY v),
       PERCENT_RANK() OVER (ORDER BY v DESC)
FROM win_db.five;

INSERT INTO win_db.result_pct
SELECT 'cume_dist', id,
       CUME_DIST() OVER (ORDER BY v ASC),
       CUME_DIST() OVER (ORDER BY v DESC)
FROM win_db.four;
