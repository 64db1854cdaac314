package dev.tandem.planning.api;

import dev.tandem.planning.AdrFields;
import dev.tandem.planning.AdrView;
import dev.tandem.planning.Alternative;
import dev.tandem.planning.CharterChangeView;
import dev.tandem.planning.CharterFields;
import dev.tandem.planning.CharterManagement;
import dev.tandem.planning.CharterView;
import dev.tandem.planning.DifficultyFields;
import dev.tandem.planning.DifficultyView;
import dev.tandem.planning.FeasibilityManagement;
import dev.tandem.planning.FeasibilityStatus;
import dev.tandem.planning.KickoffFields;
import dev.tandem.planning.KickoffManagement;
import dev.tandem.planning.KickoffView;
import dev.tandem.planning.MetricFields;
import dev.tandem.planning.MetricView;
import dev.tandem.planning.SignoffView;
import dev.tandem.shared.Actor;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1/projects/{key}")
@Tag(name = "Charter", description = "The project charter, ADRs, technical difficulties, success metrics, the kick-off "
        + "meeting and feasibility sign-offs")
class CharterApi {

    private final CharterManagement charters;
    private final KickoffManagement kickoffs;
    private final FeasibilityManagement feasibility;

    CharterApi(CharterManagement charters, KickoffManagement kickoffs, FeasibilityManagement feasibility) {
        this.charters = charters;
        this.kickoffs = kickoffs;
        this.feasibility = feasibility;
    }

    record CharterPatch(@Size(max = 20000) String vision, @Size(max = 20000) String businessValue,
                        @Size(max = 20000) String scopeIn, @Size(max = 20000) String scopeOut,
                        @Size(max = 20000) String architectureSummary, Long version) {
    }

    record AdrBody(@Size(max = 255) String title, @Size(max = 20000) String context, @Size(max = 20000) String decision,
                   @Size(max = 20000) String consequences, @Size(max = 16) String status, Integer supersededBy,
                   Long version) {

        AdrFields fields() {
            return new AdrFields(title, context, decision, consequences, status, supersededBy);
        }
    }

    record DifficultyBody(@Size(max = 255) String title, @Size(max = 20000) String description,
                          @Size(max = 64) String owner, @Size(max = 10) List<Alternative> alternatives, Long version) {

        DifficultyFields fields() {
            return new DifficultyFields(title, description, owner, alternatives);
        }
    }

    record MetricBody(@Size(max = 128) String name, @Size(max = 32) String unit, @Size(max = 20) String direction,
                      BigDecimal baseline, BigDecimal target, BigDecimal actual, @Size(max = 24) String source,
                      Integer windowWeeks, Long version) {

        MetricFields fields() {
            return new MetricFields(name, unit, direction, baseline, target, actual, source, windowWeeks);
        }
    }

    record SurveyBody(LocalDate takenOn, BigDecimal score, Integer respondents) {
    }

    record KickoffBody(LocalDate heldOn, @Size(max = 100) List<String> participants, Boolean agreedValue,
                       Boolean agreedDifficulties, Boolean agreedMetrics, @Size(max = 20000) String decisions,
                       Long version) {
    }

    record ActionBody(@Size(max = 255) String title, @Size(max = 64) String owner, LocalDate due) {
    }

    record SignoffBody(@Size(max = 4000) String comment) {
    }

    @GetMapping("/charter")
    CharterView charter(Actor actor, @PathVariable String key) {
        return charters.charter(actor, key);
    }

    @PatchMapping("/charter")
    CharterView update(Actor actor, @PathVariable String key, @Valid @RequestBody CharterPatch body) {
        return charters.update(actor, key, new CharterFields(body.vision(), body.businessValue(), body.scopeIn(),
                body.scopeOut(), body.architectureSummary()), body.version());
    }

    @GetMapping("/charter/history")
    List<CharterChangeView> history(Actor actor, @PathVariable String key) {
        return charters.history(actor, key);
    }

    @PostMapping("/charter/adrs")
    ResponseEntity<AdrView> addAdr(Actor actor, @PathVariable String key, @Valid @RequestBody AdrBody body) {
        AdrView adr = charters.addAdr(actor, key, body.fields());
        return ResponseEntity.created(URI.create("/api/v1/projects/" + key + "/charter/adrs/" + adr.number())).body(adr);
    }

    @PatchMapping("/charter/adrs/{number}")
    AdrView updateAdr(Actor actor, @PathVariable String key, @PathVariable int number, @Valid @RequestBody AdrBody body) {
        return charters.updateAdr(actor, key, number, body.fields(), body.version());
    }

    @PostMapping("/charter/difficulties")
    ResponseEntity<DifficultyView> addDifficulty(Actor actor, @PathVariable String key,
                                                 @Valid @RequestBody DifficultyBody body) {
        DifficultyView d = charters.addDifficulty(actor, key, body.fields());
        return ResponseEntity.created(URI.create("/api/v1/projects/" + key + "/charter/difficulties/" + d.id())).body(d);
    }

    @PatchMapping("/charter/difficulties/{id}")
    DifficultyView updateDifficulty(Actor actor, @PathVariable String key, @PathVariable long id,
                                    @Valid @RequestBody DifficultyBody body) {
        return charters.updateDifficulty(actor, key, id, body.fields(), body.version());
    }

    @PostMapping("/charter/metrics")
    ResponseEntity<MetricView> addMetric(Actor actor, @PathVariable String key, @Valid @RequestBody MetricBody body) {
        MetricView m = charters.addMetric(actor, key, body.fields());
        return ResponseEntity.created(URI.create("/api/v1/projects/" + key + "/charter/metrics/" + m.id())).body(m);
    }

    @PatchMapping("/charter/metrics/{id}")
    MetricView updateMetric(Actor actor, @PathVariable String key, @PathVariable long id,
                            @Valid @RequestBody MetricBody body) {
        return charters.updateMetric(actor, key, id, body.fields(), body.version());
    }

    @PostMapping("/charter/metrics/{id}/surveys")
    ResponseEntity<MetricView> addSurvey(Actor actor, @PathVariable String key, @PathVariable long id,
                                         @Valid @RequestBody SurveyBody body) {
        return ResponseEntity.status(201).body(charters.addSurveyResult(actor, key, id, body.takenOn(), body.score(),
                body.respondents()));
    }

    @GetMapping("/kickoff")
    KickoffView kickoff(Actor actor, @PathVariable String key) {
        return kickoffs.kickoff(actor, key);
    }

    @PutMapping("/kickoff")
    KickoffView recordKickoff(Actor actor, @PathVariable String key, @Valid @RequestBody KickoffBody body) {
        return kickoffs.record(actor, key, new KickoffFields(body.heldOn(), body.participants(),
                Boolean.TRUE.equals(body.agreedValue()), Boolean.TRUE.equals(body.agreedDifficulties()),
                Boolean.TRUE.equals(body.agreedMetrics()), body.decisions()), body.version());
    }

    @PostMapping("/kickoff/actions")
    ResponseEntity<KickoffView.ActionView> addAction(Actor actor, @PathVariable String key,
                                                     @Valid @RequestBody ActionBody body) {
        return ResponseEntity.status(201).body(kickoffs.addAction(actor, key, body.title(), body.owner(), body.due()));
    }

    @PostMapping("/kickoff/actions/{id}/accept")
    KickoffView.ActionView accept(Actor actor, @PathVariable String key, @PathVariable long id) {
        return kickoffs.acceptAction(actor, key, id);
    }

    @GetMapping("/feasibility-signoffs")
    FeasibilityStatus signoffs(Actor actor, @PathVariable String key) {
        return feasibility.status(actor, key);
    }

    @PostMapping("/feasibility-signoffs")
    ResponseEntity<SignoffView> signOff(Actor actor, @PathVariable String key,
                                        @Valid @RequestBody(required = false) SignoffBody body) {
        SignoffView signoff = feasibility.signOff(actor, key, body == null ? null : body.comment());
        return ResponseEntity.created(URI.create("/api/v1/projects/" + key + "/feasibility-signoffs")).body(signoff);
    }
}
