package nl.maatwerk.verordening.regelset;

/** Een parameter met een demowaarde, met de versie waarin hij staat: het werklijstje voor de gemeente. */
public record VastTeStellenParameter(String gemeente, String gemeentenaam, String versie, Parameter parameter) {
}
