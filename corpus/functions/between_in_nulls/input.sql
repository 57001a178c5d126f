/* BETWEEN with reversed bounds is empty (not symmetric); NOT BETWEEN; IN / NOT IN lists containing
   NULL, evaluated as three-valued predicates */
CREATE MULTISET TABLE fn_db.vals ,NO FALLBACK
(
    id  INTEGER NOT NULL,
    x   INTEGER
)
PRIMARY INDEX ( id );

INSERT INTO fn_db.vals VALUES (1, 1);
INSERT INTO fn_db.vals VALUES (2, 5);
INSERT INTO fn_db.vals VALUES (3, 10);
INSERT INTO fn_db.vals VALUES (4, NULL);

CREATE MULTISET TABLE fn_db.result_preds
(
    id        INTEGER,
    betw      CHAR(1),
    betw_rev  CHAR(1),
    not_betw  CHAR(1),
    in_null   CHAR(1),
    nin_null  CHAR(1),
    nin_plain CHAR(1)
)
PRIMARY INDEX ( id );

INSERT INTO fn_db.result_preds
SELECT id,
       CASE WHEN x BETWEEN 1 AND 5 THEN 'T' WHEN NOT (x BETWEEN 1 AND 5) THEN 'F' ELSE 'U' END,
       CASE WHEN x BETWEEN 5 AND 1 THEN 'T' WHEN NOT (x BETWEEN 5 AND 1) THEN 'F' ELSE 'U' END,
       CASE WHEN x NOT BETWEEN 2 AND 9 THEN 'T' WHEN NOT (x NOT BETWEEN 2 AND 9) THEN 'F' ELSE 'U' END,
       CASE WHEN x IN (1, NULL) THEN 'T' WHEN NOT (x IN (1, NULL)) THEN 'F' ELSE 'U' END,
       CASE WHEN x NOT IN (1, NULL) THEN 'T' WHEN NOT (x NOT IN (1, NULL)) THEN 'F' ELSE 'U' END,
       CASE WHEN x NOT IN (1, 10) THEN 'T' WHEN NOT (x NOT IN (1, 10)) THEN 'F' ELSE 'U' END
FROM fn_db.vals;

INSERT INTO fn_db.result_preds
SELECT 100 + COUNT(*), NULL, NULL, NULL, NULL, NULL, NULL
FROM fn_db.vals
WHERE x BETWEEN 10 AND 1 OR x NOT IN (5, NULL);
