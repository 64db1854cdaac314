package dev.tandem.identity.internal;

import dev.tandem.shared.Actor;
import dev.tandem.shared.Actor.OrgRole;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import dev.tandem.identity.IdentityEvent;
import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.ProjectRoleGrants;

/**
 * Sign-in through an identity provider: finds the person linked to the provider's subject, or links one by a
 * verified email address, or creates one when allowed; then applies the group mapping.
 */
@Service
@Transactional
public class ExternalSignIns {

    private static final Pattern NOT_USERNAME = Pattern.compile("[^a-z0-9._-]");
    private static final int MAX_GROUPS = 500;

    /** Why a sign-in through an identity provider was refused; the message is for the log, not for the page. */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private final People people;
    private final ExternalIdentities links;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExternalSignIns(People people, ExternalIdentities links, ApplicationEventPublisher events, Clock clock) {
        this.people = people;
        this.links = links;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param createPeople whether someone unknown may get a new person
     * @param mapping      applied to the groups unless empty
     * @throws Refused when nobody matches and people may not be created, or the person is deactivated
     */
    public Actor signIn(ExternalAccount account, boolean createPeople, GroupMapping mapping, ProjectRoleGrants projects) {
        Objects.requireNonNull(account.subject(), "subject");
        Person person = links.findByIssuerAndSubject(account.issuer(), account.subject())
                .flatMap(link -> people.findById(link.personId()))
                .orElseGet(() -> link(account, createPeople));
        if (!person.active()) {
            throw new Refused("The person '" + person.username() + "' is deactivated.");
        }
        if (!mapping.isEmpty()) {
            List<String> groups = account.groups().stream().limit(MAX_GROUPS).toList();
            GroupMapping.Grants grants = mapping.grants(groups);
            if (grants.orgRole() != person.orgRole()) {
                OrgRole old = person.orgRole();
                person.setOrgRole(grants.orgRole());
                events.publishEvent(new IdentityEvent.OrgRoleChanged(person.username(), person.username(),
                        "orgRole: " + (old == null ? "none" : old) + " → "
                                + (grants.orgRole() == null ? "none" : grants.orgRole()) + " (groups at " + account.issuer() + ")"));
            }
            grants.projectRoles().forEach((key, role) -> projects.grant(person.username(), key, role));
        }
        return IdentityManagement.actorOf(person);
    }

    private Person link(ExternalAccount account, boolean createPeople) {
        Optional<Person> byEmail = account.emailVerified() && account.email() != null
                ? people.findByEmailIgnoreCase(account.email().strip())
                : Optional.empty();
        Person person;
        if (byEmail.isPresent()) {
            person = byEmail.get();
            if (links.existsByPersonIdAndIssuer(person.id(), account.issuer())) {
                // another account at the same provider already stands for this person
                throw new Refused("The person '" + person.username() + "' is linked to another subject at "
                        + account.issuer() + " than '" + account.subject() + "'.");
            }
        } else if (!createPeople) {
            throw new Refused("Nobody here has the verified email address of subject '" + account.subject()
                    + "' at " + account.issuer() + ", and people are not created at sign-in.");
        } else if (account.email() == null || !account.emailVerified()) {
            throw new Refused("Subject '" + account.subject() + "' at " + account.issuer()
                    + " has no verified email address, which a new person needs.");
        } else if (account.email().strip().length() > 254) {
            throw new Refused("The email address of subject '" + account.subject() + "' is too long.");
        } else {
            person = people.save(new Person(freeUsername(account), displayName(account), account.email().strip(),
                    clock.instant()));
            events.publishEvent(new IdentityEvent.PersonCreated(person.username(), person.username(),
                    "displayName: " + person.displayName() + "\nemail: " + person.email() + "\nfrom: " + account.issuer()));
        }
        links.save(new ExternalIdentity(person.id(), account.issuer(), account.subject(), clock.instant()));
        events.publishEvent(new IdentityEvent.PersonLinked(person.username(), person.username(),
                "issuer: " + account.issuer() + "\nsubject: " + account.subject()));
        return person;
    }

    private String freeUsername(ExternalAccount account) {
        String hint = account.usernameHint() != null && !account.usernameHint().isBlank()
                ? account.usernameHint() : account.email().substring(0, account.email().indexOf('@'));
        String base = NOT_USERNAME.matcher(hint.strip().toLowerCase(Locale.ROOT)).replaceAll("-");
        base = base.replaceAll("^[._-]+", "");
        if (base.length() < 2) {
            base = "user";
        }
        base = base.substring(0, Math.min(base.length(), 56));
        String candidate = base;
        for (int i = 2; people.existsByUsernameIgnoreCase(candidate); i++) {
            candidate = base + "-" + i;
        }
        return candidate;
    }

    private static String displayName(ExternalAccount account) {
        String name = account.displayName() == null || account.displayName().isBlank()
                ? account.email() : account.displayName().strip();
        return name.length() > 128 ? name.substring(0, 128) : name;
    }
}
