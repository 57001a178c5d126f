CREATE TABLE people (id INTEGER, nm VARCHAR);
INSERT INTO people VALUES (1, 'hello WORLD'), (2, 'mary-ann o''neil'), (3, 'abc1def x_y'), (4, 'st.louis,MO'), (5, NULL);
CREATE TABLE initcapped (id INTEGER, ic VARCHAR);
INSERT INTO initcapped VALUES (1, 'Hello World'), (2, 'Mary-Ann O''Neil'), (3, 'Abc1def X_Y'), (4, 'St.Louis,Mo'), (5, NULL);
SELECT p.id, i.ic, upper(p.nm) AS up, lower(p.nm) AS lo
FROM people p JOIN initcapped i ON i.id = p.id
