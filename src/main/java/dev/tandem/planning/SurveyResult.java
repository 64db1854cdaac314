package dev.tandem.planning;

import dev.tandem.system.Inputs;
import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The result of one user-satisfaction survey, entered for a metric of source survey. */
@Entity
@Table(name = "survey_result")
class SurveyResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long metricId;
    private LocalDate takenOn;
    private BigDecimal score;
    private int respondents;
    private String enteredBy;
    private Instant enteredAt;

    protected SurveyResult() {
    }

    SurveyResult(long metricId, LocalDate takenOn, BigDecimal score, int respondents, String enteredBy, Instant enteredAt) {
        this.metricId = metricId;
        this.takenOn = takenOn;
        this.score = score;
        this.respondents = respondents;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    Long metricId() { return metricId; }
    LocalDate takenOn() { return takenOn; }
    BigDecimal score() { return score; }
    int respondents() { return respondents; }

    SurveyView view() {
        return new SurveyView(id, takenOn, Inputs.norm(score), respondents, enteredBy);
    }
}
