package dev.tandem.planning;

import java.math.BigDecimal;
import java.time.LocalDate;

public record SurveyView(long id, LocalDate takenOn, BigDecimal score, int respondents, String enteredBy) {
}
