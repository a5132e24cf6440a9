package nl.maatwerk.kern.client;

import java.util.List;

/** One page of a database-paged result with the total count for the paginator. */
public record Pagina<T>(List<T> regels, long totaal) {
}
