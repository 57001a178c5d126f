/* LIKE ANY (p1, p2) = OR of the LIKEs, LIKE ALL = AND, NOT LIKE ANY / NOT LIKE ALL negate each
   LIKE inside the quantifier; NULL input matches nothing */
CREATE MULTISET TABLE str_db.products
(
    id    INTEGER NOT NULL,
    sku   VARCHAR(20) CHARACTER SET LATIN
)
PRIMARY INDEX ( id );

INSERT INTO str_db.products VALUES (1, 'AX-100');
INSERT INTO str_db.products VALUES (2, 'BX-200Z');
INSERT INTO str_db.products VALUES (3, 'AY-300Z');
INSERT INTO str_db.products VALUES (4, 'CC_1');
INSERT INTO str_db.products VALUES (5, NULL);

CREATE MULTISET TABLE str_db.result_like
(
    id        INTEGER,
    any_flag  INTEGER,
    all_flag  INTEGER,
    nany_flag INTEGER,
    nall_flag INTEGER,
    esc_flag  INTEGER
)
PRIMARY INDEX ( id );

INSERT INTO str_db.result_like
SELECT id,
       CASE WHEN sku LIKE ANY ('A%', '%Z') THEN 1 ELSE 0 END,
       CASE WHEN sku LIKE ALL ('A%', '%Z') THEN 1 ELSE 0 END,
       CASE WHEN sku NOT LIKE ANY ('A%', '%Z') THEN 1 ELSE 0 END,
       CASE WHEN sku NOT LIKE ALL ('A%', '%Z') THEN 1 ELSE 0 END,
       CASE WHEN sku LIKE 'CC!_%' ESCAPE '!' THEN 1 ELSE 0 END
FROM str_db.products;
