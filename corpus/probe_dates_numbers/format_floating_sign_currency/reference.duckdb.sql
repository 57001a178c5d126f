CREATE TABLE gl_lines (line_id INTEGER, balance DECIMAL(9,2), change DECIMAL(9,2));
INSERT INTO gl_lines VALUES (1, 1234.50, -1234.50), (2, 5.00, 12.25), (3, 0.00, -0.50), (4, 98765.43, 0.00), (5, NULL, NULL);
SELECT line_id,
       lpad('$' || format('{:,.2f}', balance), 10, ' ') AS bal_text,
       lpad(format('{:.2f}', change), 10, ' ') AS chg_text
FROM gl_lines ORDER BY line_id
