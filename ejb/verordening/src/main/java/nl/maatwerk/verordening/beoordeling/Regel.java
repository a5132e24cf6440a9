package nl.maatwerk.verordening.beoordeling;

/**
 * Een regel van een gebiedsmodule (woonvoorzieningen, vervoer, ...) die in dezelfde {@link Beoordeling}
 * komt als de algemene criteria. De module geeft haar eigen context mee, bijvoorbeeld de reisafstand.
 *
 * <pre>{@code
 * Regel<Reis> straal = (reis, toetsing) -> ... toetsing.toepassing("V-02", Uitkomst.VOLDAAN, "…");
 * beoordelaar.beoordeel(situatie, reis, List.of(straal));
 * }</pre>
 *
 * @param <C> de context van de gebiedsmodule
 */
@FunctionalInterface
public interface Regel<C> {

    RegelToepassing toets(C context, Toetsing toetsing);
}
