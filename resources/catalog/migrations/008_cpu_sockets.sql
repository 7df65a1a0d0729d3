-- Schema 8: how many sockets a CPU scales to, as its product page states it (Intel ARK "Scalability",
-- AMD "Socket Count"); NULL = not stated in the catalog's sources. A desktop CPU cannot go in a
-- dual-socket server board: the sweep and the build check use it.
ALTER TABLE cpus ADD COLUMN max_sockets INTEGER CHECK (max_sockets IS NULL OR max_sockets BETWEEN 1 AND 8);
