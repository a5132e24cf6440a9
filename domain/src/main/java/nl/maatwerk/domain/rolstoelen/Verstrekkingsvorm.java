package nl.maatwerk.domain.rolstoelen;

/** Een hulpmiddel in bruikleen uit het depot, of een Pgb waarmee de cliënt het zelf koopt. */
public enum Verstrekkingsvorm {
    BRUIKLEEN, PGB
}
