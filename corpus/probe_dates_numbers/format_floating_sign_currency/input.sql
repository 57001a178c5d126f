/* Statement lines for a print file: floating currency symbol and floating minus sign FORMATs */
CREATE MULTISET TABLE pdn_db.gl_lines ,NO FALLBACK
(
    line_id   INTEGER NOT NULL,
    balance   DECIMAL(9,2),
    change    DECIMAL(9,2)
)
PRIMARY INDEX ( line_id );

INSERT INTO pdn_db.gl_lines VALUES (1, 1234.50, -1234.50);
INSERT INTO pdn_db.gl_lines VALUES (2, 5.00, 12.25);
INSERT INTO pdn_db.gl_lines VALUES (3, 0.00, -0.50);
INSERT INTO pdn_db.gl_lines VALUES (4, 98765.43, 0.00);
INSERT INTO pdn_db.gl_lines VALUES (5, NULL, NULL);

CREATE MULTISET TABLE pdn_db.result_print
(
    line_id     INTEGER,
    bal_text    CHAR(10),
    chg_text    CHAR(10)
)
PRIMARY INDEX ( line_id );

INSERT INTO pdn_db.result_print
SELECT line_id,
       CAST(CAST(balance AS FORMAT '$$$,$$9.99') AS CHAR(10)),
       CAST(CAST(change AS FORMAT '-(6)9.99') AS CHAR(10))
FROM pdn_db.gl_lines;
