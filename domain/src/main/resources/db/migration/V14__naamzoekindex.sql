-- A name search is a prefix search (achternaam_zoek LIKE 'jan%'). PostgreSQL turns that into an index
-- range on a plain b-tree only under the "C" collation; with C.UTF-8 or nl_NL.UTF-8 (Debian's default
-- cluster, most production databases) it filtered every client of the gemeente instead: 25,000 rows,
-- 40 ms per search on the 100,000-client population. varchar_pattern_ops makes the prefix a range
-- under every collation; the plain index stays for sorting by name. H2 needs nothing (its LIKE prefix
-- is a range already), so there the statement is commented out by the placeholder.
${alleen_postgresql}CREATE INDEX ix_client_gemeente_naamprefix ON client (gemeente_code, achternaam_zoek varchar_pattern_ops);
