-- Toegang, aanvulling (issue 4b): the hardheidsclausule request (C-10 register of verordening) an onderzoek
-- relies on, and the day the decision on an aanvraag was sent, so the teamleider's weekly view counts
-- deadlines met and missed with GROUP BY in the database. Portable SQL for H2 (MODE=LEGACY) and PostgreSQL.

ALTER TABLE onderzoek ADD COLUMN hardheidsclausule_id BIGINT REFERENCES hardheidsclausule_toepassing (id);

ALTER TABLE aanvraag ADD COLUMN besloten_op DATE;
UPDATE aanvraag SET besloten_op = (SELECT MIN(b.verzonden_op) FROM beschikking b WHERE b.melding_id = aanvraag.melding_id);

-- The weekly view: deadlines of a period, per gemeente.
CREATE INDEX ix_onderzoek_uiterlijk ON onderzoek (uiterlijk);
CREATE INDEX ix_aanvraag_beslissen ON aanvraag (beslissen_uiterlijk);
-- The mantelzorgers list (O-02): a client's betrokkenen by soort.
CREATE INDEX ix_betrokkene_soort ON betrokkene (soort, client_id);
