package dev.tandem.identity.api;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.IssuedToken;
import dev.tandem.identity.PersonDraft;
import dev.tandem.identity.PersonSummary;
import dev.tandem.identity.Skill;
import dev.tandem.identity.TokenSummary;
import dev.tandem.shared.Actor;
import dev.tandem.shared.Actor.OrgRole;
import io.swagger.v3.oas.annotations.tags.Tag;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import dev.tandem.system.Texts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "People", description = "People, their skills and capacity, and personal access tokens")
class PeopleApi {

    private final IdentityManagement identity;

    PeopleApi(IdentityManagement identity) {
        this.identity = identity;
    }

    record PersonJson(String username, String displayName, String email, String locale, BigDecimal weeklyCapacityHours,
                      OrgRole orgRole, boolean active, List<Skill> skills, long version) {
        static PersonJson of(PersonSummary p, boolean withEmail) {
            return new PersonJson(p.username(), p.displayName(), withEmail ? p.email() : null, p.locale(),
                    p.weeklyCapacityHours(), p.orgRole(), p.active(), p.skills(), p.version());
        }
    }

    record NewPerson(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String displayName,
                     @NotBlank @Size(max = 254) String email, @Size(max = 128) String password,
                     @Size(max = 8) String locale, BigDecimal weeklyCapacityHours, OrgRole orgRole,
                     @Size(max = 50) List<@Valid Skill> skills) {
    }

    record PersonEdit(@Size(max = 128) String displayName, @Size(max = 254) String email,
                      @Size(max = 128) String password, @Size(max = 8) String locale, BigDecimal weeklyCapacityHours,
                      OrgRole orgRole, Boolean active, @Size(max = 50) List<@Valid Skill> skills, Long version) {
    }

    record NewToken(@NotBlank @Size(max = 64) String name, @Min(1) @Max(366) Integer expiresInDays) {
    }

    record TokenJson(long id, String name, String token, Instant expiresAt) {
    }

    record PasswordChange(@NotBlank @Size(max = 128) String currentPassword, @NotBlank @Size(max = 128) String newPassword) {
    }

    @GetMapping("/people")
    List<PersonJson> people(Actor actor) {
        return identity.list().stream().map(p -> PersonJson.of(p, actor.oversees())).toList();
    }

    @GetMapping("/people/{username}")
    PersonJson person(Actor actor, @PathVariable String username) {
        PersonSummary p = identity.get(username);
        return PersonJson.of(p, actor.oversees() || p.id() == actor.personId());
    }

    @PostMapping("/people")
    ResponseEntity<PersonJson> create(Actor actor, @Valid @RequestBody NewPerson body) {
        PersonSummary p = identity.create(actor, new PersonDraft(body.username(), body.displayName(), body.email(),
                body.password(), body.locale(), body.weeklyCapacityHours(), body.orgRole(), null, body.skills()));
        return ResponseEntity.created(URI.create("/api/v1/people/" + p.username())).body(PersonJson.of(p, true));
    }

    @PatchMapping("/people/{username}")
    PersonJson update(Actor actor, @PathVariable String username, @Valid @RequestBody PersonEdit body) {
        PersonSummary p = identity.update(actor, username, new PersonDraft(null, body.displayName(), body.email(),
                body.password(), body.locale(), body.weeklyCapacityHours(), body.orgRole(), body.active(),
                body.skills()), body.version());
        return PersonJson.of(p, true);
    }

    @GetMapping("/me")
    PersonJson me(Actor actor) {
        return PersonJson.of(identity.get(actor.username()), true);
    }

    /** Needs the password (HTTP Basic): a token cannot create another token. Listing and revoking take either. */
    /** 204 when changed; 400 when the current password is wrong; 429 while sign-ins from here are throttled. */
    @PostMapping("/me/password")
    ResponseEntity<Void> changePassword(Actor actor, @Valid @RequestBody PasswordChange body, HttpServletRequest request) {
        return switch (identity.changeOwnPassword(actor, body.currentPassword(), body.newPassword(), request.getRemoteAddr())) {
            case CONFIRMED -> ResponseEntity.noContent().build();
            case WRONG -> throw new InvalidInputException("currentPassword", Text.of("problem.identity.notCurrentPassword"));
            case THROTTLED -> throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS,
                    Texts.render(Text.of("problem.identity.throttledHere")));
        };
    }

    @PostMapping("/me/tokens")
    ResponseEntity<TokenJson> issueToken(Actor actor, @Valid @RequestBody NewToken body) {
        IssuedToken t = identity.issueToken(actor, body.name(), body.expiresInDays() == null ? 30 : body.expiresInDays());
        return ResponseEntity.status(201).body(new TokenJson(t.id(), t.name(), t.token(), t.expiresAt()));
    }

    @GetMapping("/me/tokens")
    List<TokenSummary> tokens(Actor actor) {
        return identity.tokens(actor);
    }

    @DeleteMapping("/me/tokens/{id}")
    ResponseEntity<Void> revoke(Actor actor, @PathVariable long id) {
        identity.revokeToken(actor, id);
        return ResponseEntity.noContent().build();
    }

    /** Administrators only: a person's tokens, without their secrets. */
    @GetMapping("/people/{username}/tokens")
    List<TokenSummary> tokensOf(Actor actor, @PathVariable String username) {
        return identity.tokensOf(actor, username);
    }

    /** Administrators only: revokes a person's token; the audit names the owner and the administrator. */
    @DeleteMapping("/people/{username}/tokens/{id}")
    ResponseEntity<Void> revokeTokenOf(Actor actor, @PathVariable String username, @PathVariable long id) {
        identity.revokeTokenOf(actor, username, id);
        return ResponseEntity.noContent().build();
    }
}
