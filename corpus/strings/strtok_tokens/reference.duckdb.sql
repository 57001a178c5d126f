CREATE MACRO td_strtok(s, delims_re, n) AS list_filter(regexp_split_to_array(s, delims_re), lambda x: x <> '')[n];
CREATE TABLE paths (id INTEGER, path VARCHAR);
INSERT INTO paths VALUES (1, 'a,b,c'), (2, 'a,,b;c'), (3, ';x;;y'), (4, 'solo');
SELECT id,
       td_strtok(path, '[,;]', 1) AS tok1,
       td_strtok(path, '[,;]', 2) AS tok2,
       td_strtok(path, '[,;]', 3) AS tok3,
       td_strtok(path, ',', 2) AS comma2
FROM paths
