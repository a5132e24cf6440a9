package nl.maatwerk.web.schermen;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatumConverterTest {

    @Test
    void bestaandeDatumInNederlandseVorm() {
        assertThat(LocalDate.parse("29-02-2024", DatumConverter.FORMAAT)).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void nietBestaandeDatumIsEenFoutGeenAfronding() {
        assertThatThrownBy(() -> LocalDate.parse("31-02-1950", DatumConverter.FORMAAT)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> LocalDate.parse("29-02-2023", DatumConverter.FORMAAT)).isInstanceOf(DateTimeParseException.class);
    }
}
