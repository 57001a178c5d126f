/* STDDEV_SAMP / STDDEV_POP / VAR_SAMP / VAR_POP on exact data; one-row and all-NULL groups */
CREATE MULTISET TABLE agg_db.samples ,NO FALLBACK
(
    id   INTEGER NOT NULL,
    grp  VARCHAR(4),
    x    INTEGER
)
PRIMARY INDEX ( id );

INSERT INTO agg_db.samples VALUES (1, 'A', 2);
INSERT INTO agg_db.samples VALUES (2, 'A', 4);
INSERT INTO agg_db.samples VALUES (3, 'A', 4);
INSERT INTO agg_db.samples VALUES (4, 'A', 4);
INSERT INTO agg_db.samples VALUES (5, 'A', 5);
INSERT INTO agg_db.samples VALUES (6, 'A', 5);
INSERT INTO agg_db.samples VALUES (7, 'A', 7);
INSERT INTO agg_db.samples VALUES (8, 'A', 9);
INSERT INTO agg_db.samples VALUES (9, 'B', 10);
INSERT INTO agg_db.samples VALUES (10, 'B', NULL);
INSERT INTO agg_db.samples VALUES (11, 'C', NULL);
INSERT INTO agg_db.samples VALUES (12, 'D', 1);
INSERT INTO agg_db.samples VALUES (13, 'D', 3);

CREATE MULTISET TABLE agg_db.result_stats
(
    grp     VARCHAR(4),
    sd_pop  DECIMAL(12,4),
    sd_samp DECIMAL(12,4),
    v_pop   DECIMAL(12,4),
    v_samp  DECIMAL(12,4)
)
PRIMARY INDEX ( grp );

INSERT INTO agg_db.result_stats
SELECT grp, STDDEV_POP(x), STDDEV_SAMP(x), VAR_POP(x), VAR_SAMP(x)
FROM agg_db.samples
GROUP BY grp;
