package nl.maatwerk.domain.pgb;

/** Vier ogen op betalingen en exports: eerst één akkoord; boven de grens een tweede van een ander. */
public enum Akkoordstatus {
    /** Nog geen akkoord (import: INGELEZEN, export: CONCEPT). */
    OPEN,
    WACHT_OP_TWEEDE,
    /** Import: BETAALBAAR; export: GOEDGEKEURD. */
    AKKOORD;

    /**
     * De volgende status na een akkoord van {@code gebruiker}.
     *
     * @param eerste wie het eerste akkoord gaf (leeg bij OPEN)
     * @throws IllegalStateException als er niets meer goed te keuren is of dezelfde persoon tweemaal akkoord geeft
     */
    public Akkoordstatus na(String gebruiker, String eerste, boolean bovenGrens) {
        return switch (this) {
            case OPEN -> bovenGrens ? WACHT_OP_TWEEDE : AKKOORD;
            case WACHT_OP_TWEEDE -> {
                if (gebruiker.equals(eerste)) {
                    throw new IllegalStateException("Vier ogen: " + gebruiker + " gaf het eerste akkoord al; een ander moet het tweede geven.");
                }
                yield AKKOORD;
            }
            case AKKOORD -> throw new IllegalStateException("Dit is al goedgekeurd.");
        };
    }
}
