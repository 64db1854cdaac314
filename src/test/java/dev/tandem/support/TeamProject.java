package dev.tandem.support;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonDraft;
import dev.tandem.identity.PersonSummary;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRole;
import dev.tandem.shared.Actor;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The set-up most tests begin with: the bootstrap administrator opens a new project (and so is its PM), and people
 * are added to it in project roles. It works through the facades, so it serves integration tests and browser tests
 * alike. Keys and usernames are unique: the suites also run on a shared PostgreSQL database.
 *
 * <pre>{@code
 * var team = TeamProject.open(identity, portfolio, "Change");
 * Actor em = team.member("em", ProjectRole.EM);
 * items.create(team.admin(), team.key(), ...);
 * }</pre>
 */
public final class TeamProject {

    /** The Monday most fixture projects start on. */
    public static final LocalDate START = LocalDate.of(2027, 1, 4);
    /** The password of the people made with {@link #memberWhoSignsIn} and {@link #personWhoSignsIn}. */
    public static final String PASSWORD = "a-long-test-password-1";

    private final IdentityManagement identity;
    private final PortfolioManagement portfolio;
    private final Actor admin;
    private final String key;

    private TeamProject(IdentityManagement identity, PortfolioManagement portfolio, Actor admin, String key) {
        this.identity = identity;
        this.portfolio = portfolio;
        this.admin = admin;
        this.key = key;
    }

    /** A new project named after {@code name}, starting on {@link #START}. */
    public static TeamProject open(IdentityManagement identity, PortfolioManagement portfolio, String name) {
        return open(identity, portfolio, name, START);
    }

    /** A new project opened by the administrator, with a unique key beginning with {@code name}'s first letter. */
    public static TeamProject open(IdentityManagement identity, PortfolioManagement portfolio, String name,
                                   LocalDate start) {
        Actor admin = admin(identity);
        String key = (name.substring(0, 1) + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36))
                .toUpperCase();
        portfolio.createProject(admin, key, name + " " + key, null, null, start);
        return new TeamProject(identity, portfolio, admin, key);
    }

    /** The bootstrap administrator as the facades know them. */
    public static Actor admin(IdentityManagement identity) {
        PersonSummary person = identity.get(Api.ADMIN);
        return new Actor(person.id(), person.username(), person.orgRole());
    }

    /** The administrator who opened the project and is its PM. */
    public Actor admin() {
        return admin;
    }

    public String key() {
        return key;
    }

    /** A new person without a password (enough to act through the facades) in {@code role}. */
    public Actor member(String prefix, ProjectRole role) {
        return join(create(prefix, null), role);
    }

    /** A new person who can sign in with {@link #PASSWORD}, in {@code role}. */
    public Actor memberWhoSignsIn(String prefix, ProjectRole role) {
        return join(create(prefix, PASSWORD), role);
    }

    /** A new person without a password who is not a member of the project. */
    public Actor outsider(String prefix) {
        return create(prefix, null);
    }

    /** A new person who can sign in with {@link #PASSWORD} and is not a member of the project. */
    public Actor personWhoSignsIn(String prefix) {
        return create(prefix, PASSWORD);
    }

    /** Adds someone who exists already. */
    public Actor join(Actor person, ProjectRole role) {
        portfolio.addMember(admin, key, person.username(), role);
        return person;
    }

    private Actor create(String prefix, String password) {
        String username = prefix + "-" + key.toLowerCase();
        PersonSummary p = identity.create(admin, new PersonDraft(username, prefix + " " + key, username + "@example.com",
                password, null, null, null, null, List.of()));
        return new Actor(p.id(), username, null);
    }
}
