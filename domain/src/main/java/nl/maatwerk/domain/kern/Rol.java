package nl.maatwerk.domain.kern;

/** The roles of back-office staff; their names are also the security role names. */
public enum Rol {
    CONSULENT("Wmo-consulent"),
    INTAKE("Intake (ISD-loket)"),
    TEAMLEIDER("Teamleider"),
    FINANCIEEL("Financieel medewerker"),
    BEHEERDER("Beheerder"),
    AUDITOR("Auditor");

    /** Constants for {@code @RolesAllowed}, which needs compile-time strings. */
    public static final String CONSULENT_ = "CONSULENT";
    public static final String INTAKE_ = "INTAKE";
    public static final String TEAMLEIDER_ = "TEAMLEIDER";
    public static final String FINANCIEEL_ = "FINANCIEEL";
    public static final String BEHEERDER_ = "BEHEERDER";
    public static final String AUDITOR_ = "AUDITOR";

    private final String omschrijving;

    Rol(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
