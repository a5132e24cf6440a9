package nl.maatwerk.verordening.dienst;

/**
 * Which decisions used a regelset version. Each area module that stores decisions (toegang for
 * beschikkingen, and later others) implements this as a CDI bean; {@link RegelboekDienst} sums every
 * implementation, so the beheer screens show the use of a version without knowing the areas.
 * Implementations count all gemeenten: a version belongs to one gemeente anyway.
 */
public interface RegelsetGebruik {

    /** What is counted, plural, for the screen: "beschikkingen", "hardheidsclausuleverzoeken". */
    String soort();

    /** How many stored decisions name this version (e.g. "0222-2017-03-01") as the regelset they used. */
    long aantalBeslissingen(String regelsetVersie);
}
