package nl.maatwerk.domain.kern;

/** Who does the work for a gemeente: the gemeente itself or an ISD serving several. */
public enum OrganisatieSoort {
    GEMEENTE, ISD
}
