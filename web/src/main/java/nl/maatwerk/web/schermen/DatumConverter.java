package nl.maatwerk.web.schermen;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Dates as Dutch staff type them (dd-mm-jjjj), strictly: 31-02-1950 is an error, not 28 February,
 * which is what the standard converter's lenient parsing would silently make of it.
 */
@FacesConverter("datum")
public class DatumConverter implements Converter<LocalDate> {

    static final DateTimeFormatter FORMAAT = DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String waarde) {
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(waarde.strip(), FORMAAT);
        } catch (DateTimeParseException e) {
            Object label = component.getAttributes().get("label");
            String tekst = (label == null ? "Datum" : label) + ": vul een bestaande datum in als dd-mm-jjjj.";
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, tekst, tekst), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate waarde) {
        return waarde == null ? "" : FORMAAT.format(waarde);
    }
}
