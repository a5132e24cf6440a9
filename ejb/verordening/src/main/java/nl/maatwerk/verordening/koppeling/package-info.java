/**
 * Koppelvlakken tussen gebiedsmodules. Een gebied dat iets van een ander gebied wil weten (financiën de
 * geleverde voorzieningen, de werkvoorraad de signalen, de beschikking de onderdelen per gebied) vraagt het
 * via een interface hier; het antwoordende gebied implementeert die als CDI-bean of EJB (local view). De
 * vrager verzamelt alle implementaties met {@code @Inject @Any Instance<...>}, zodat geen gebied een ander
 * kent en een ontbrekend gebied gewoon niets bijdraagt.
 *
 * <p>Beveiliging: de vrager is een EJB die rol en gemeente al heeft gecontroleerd en audit; een bron geeft
 * alleen gegevens van de gemeenten die hij als argument krijgt en controleert die tegen
 * {@code HuidigeGebruiker} als hij zelf een EJB is.
 */
package nl.maatwerk.verordening.koppeling;
