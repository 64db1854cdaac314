package dev.tandem.notification;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.notification.engine.DigestTime;
import dev.tandem.notification.engine.QuietHours;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.notification.engine.UnsubscribeToken;
import dev.tandem.shared.Actor;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.StaleVersionException;
import dev.tandem.shared.Text;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import dev.tandem.notification.internal.Mailer;
import dev.tandem.notification.internal.SigningKey;

/**
 * How each person wants to hear of each kind of notification: in the inbox, by e-mail, neither or both (a kind and
 * channel the person did not choose follows the project's default, and without one is on), quiet hours that hold e-mails back,
 * and the daily digest: all of the person's e-mails gathered into one a day at a time on their clock. Unsubscribe links
 * turn one kind's e-mail off without signing in.
 */
@Service
@Transactional
public class NotificationPreferences {

    static final String INBOX = "INBOX";
    public static final String EMAIL = "EMAIL";

    private final JdbcTemplate jdbc;
    private final IdentityManagement identity;
    private final Mailer mailer;
    private final SigningKey signingKey;
    private final ApplicationEventPublisher events;
    private final PortfolioManagement portfolio;

    NotificationPreferences(JdbcTemplate jdbc, IdentityManagement identity, Mailer mailer, SigningKey signingKey,
                            ApplicationEventPublisher events, PortfolioManagement portfolio) {
        this.portfolio = portfolio;
        this.jdbc = jdbc;
        this.identity = identity;
        this.mailer = mailer;
        this.signingKey = signingKey;
        this.events = events;
    }

    /** Not read-only: the first look makes the person's settings row. */
    public PreferencesView preferences(Actor actor) {
        List<PreferencesView.Choice> choices = new ArrayList<>();
        for (NotificationKind kind : NotificationKind.personal()) {
            choices.add(new PreferencesView.Choice(kind.code(), wants(actor.personId(), kind, INBOX),
                    wants(actor.personId(), kind, EMAIL)));
        }
        Setting setting = setting(actor.personId());
        PersonSummary person = identity.byIds(List.of(actor.personId())).get(actor.personId());
        return new PreferencesView(choices, setting.from(), setting.until(), setting.digestAt(),
                zone(actor.personId()).getId(), mailer.enabled(), person != null && person.email() != null && !person.email().isBlank(),
                setting.version());
    }

    public PreferencesView update(Actor actor, PreferencesFields fields) {
        Setting setting = setting(actor.personId());
        StaleVersionException.check(Text.of("problem.notification.preferences"), fields.version(), setting.version());
        LocalTime from = time("quietFrom", fields.quietFrom());
        LocalTime until = time("quietUntil", fields.quietUntil());
        if ((from == null) != (until == null) || from != null && from.equals(until)) {
            throw new InvalidInputException("quietFrom", Text.of("problem.notification.quietHours"));
        }
        LocalTime digestAt = time("digestAt", fields.digestAt());
        List<PreferencesView.Choice> choices = fields.choices() == null ? List.of() : fields.choices();
        if (choices.size() > NotificationKind.values().length) {
            throw new InvalidInputException("choices", Text.of("problem.notification.tooManyChoices"));
        }
        List<String> changes = new ArrayList<>();
        for (PreferencesView.Choice choice : choices) {
            NotificationKind kind = NotificationKind.byCode(choice.kind()).filter(NotificationKind::forPeople)
                    .orElseThrow(() -> new InvalidInputException("choices", Text.of("problem.notification.namesUnknownKind",
                            NotificationKind.personal().stream().map(NotificationKind::code).toList().toString())));
            choose(actor.personId(), kind, INBOX, choice.inbox(), changes);
            choose(actor.personId(), kind, EMAIL, choice.email(), changes);
        }
        if (!java.util.Objects.equals(from, setting.from()) || !java.util.Objects.equals(until, setting.until())) {
            changes.add("quiet hours: " + hours(setting.from(), setting.until()) + " → " + hours(from, until));
        }
        if (!java.util.Objects.equals(digestAt, setting.digestAt())) {
            changes.add("daily digest: " + (setting.digestAt() == null ? "none" : setting.digestAt()) + " → "
                    + (digestAt == null ? "none" : digestAt));
        }
        if (jdbc.update("update notification_setting set quiet_from = ?, quiet_until = ?, digest_at = ?, "
                + "version = version + 1 where person_id = ? and version = ?", from, until, digestAt, actor.personId(),
                setting.version()) == 0) {
            throw new StaleVersionException(Text.of("problem.notification.preferences"), setting(actor.personId()).version());
        }
        if (!changes.isEmpty()) {
            events.publishEvent(new NotificationEvent(null, actor.username(), "notification-preferences.changed",
                    "NotificationPreferences", actor.username(), String.join("\n", changes)));
        }
        return preferences(actor);
    }

    /** Turns e-mail off for the kind a valid unsubscribe token names; the kind's code, or 404 for a bad token. */
    public String unsubscribe(String token) {
        UnsubscribeToken.Subject subject = UnsubscribeToken.verify(signingKey.get(), token)
                .filter(s -> NotificationKind.byCode(s.kind()).isPresent())
                .orElseThrow(() -> new NotFoundException(Text.of("problem.notification.unsubscribeLink")));
        PersonSummary person = identity.byIds(List.of(subject.personId())).get(subject.personId());
        if (person == null) {
            throw new NotFoundException(Text.of("problem.notification.unsubscribeLink"));
        }
        List<String> changes = new ArrayList<>();
        choose(subject.personId(), NotificationKind.byCode(subject.kind()).orElseThrow(), EMAIL, false, changes);
        if (!changes.isEmpty()) {
            events.publishEvent(new NotificationEvent(null, person.username(), "notification-preferences.unsubscribed",
                    "NotificationPreferences", person.username(), String.join("\n", changes)));
        }
        return subject.kind();
    }

    /** The token of a link that turns the person's e-mails of this kind off. */
    public String unsubscribeToken(long personId, NotificationKind kind) {
        return UnsubscribeToken.make(signingKey.get(), personId, kind.code());
    }

    public boolean wants(long personId, NotificationKind kind, String channel) {
        return chosen(personId, kind, channel).orElse(true);
    }

    /** The person's own choice; without one, the project's default; without that, on. */
    public boolean wants(long personId, String projectKey, NotificationKind kind, String channel) {
        return chosen(personId, kind, channel).or(() -> projectDefault(projectKey, kind, channel)).orElse(true);
    }

    private Optional<Boolean> chosen(long personId, NotificationKind kind, String channel) {
        return jdbc.queryForList("select enabled from notification_preference where person_id = ? and kind = ? "
                + "and channel = ?", Boolean.class, personId, kind.code(), channel).stream().findFirst();
    }

    private Optional<Boolean> projectDefault(String projectKey, NotificationKind kind, String channel) {
        return jdbc.queryForList("select d.enabled from notification_project_default d join project p on "
                + "p.id = d.project_id where p.project_key = ? and d.kind = ? and d.channel = ?", Boolean.class,
                projectKey, kind.code(), channel).stream().findFirst();
    }

    /** The project's defaults for each kind that reaches people (on where none was set). */
    @Transactional(readOnly = true)
    public List<PreferencesView.Choice> projectDefaults(Actor actor, String projectKey) {
        portfolio.access(actor, projectKey, Permission.MANAGE_INTEGRATIONS);
        return NotificationKind.personal().stream().map(k -> new PreferencesView.Choice(k.code(),
                projectDefault(projectKey, k, INBOX).orElse(true), projectDefault(projectKey, k, EMAIL).orElse(true)))
                .toList();
    }

    /** Sets the project's defaults of the kinds given; people's own choices still win over them. */
    public List<PreferencesView.Choice> changeProjectDefaults(Actor actor, String projectKey,
                                                              List<PreferencesView.Choice> choices) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.MANAGE_INTEGRATIONS);
        if (choices == null || choices.isEmpty() || choices.size() > NotificationKind.values().length) {
            throw new InvalidInputException("choices", Text.of("problem.notification.choicesCount",
                    NotificationKind.values().length));
        }
        List<String> changes = new ArrayList<>();
        for (PreferencesView.Choice choice : choices) {
            NotificationKind kind = NotificationKind.byCode(choice.kind()).filter(NotificationKind::forPeople)
                    .orElseThrow(() -> new InvalidInputException("choices", Text.of("problem.notification.namesUnknownKind",
                            NotificationKind.personal().stream().map(NotificationKind::code).toList().toString())));
            setDefault(project, kind, INBOX, choice.inbox(), changes);
            setDefault(project, kind, EMAIL, choice.email(), changes);
        }
        if (!changes.isEmpty()) {
            events.publishEvent(new NotificationEvent(project.id(), actor.username(), "notification-defaults.changed",
                    "NotificationDefaults", project.key(), String.join("\n", changes)));
        }
        return projectDefaults(actor, projectKey);
    }

    private void setDefault(ProjectRef project, NotificationKind kind, String channel, boolean enabled,
                            List<String> changes) {
        boolean before = projectDefault(project.key(), kind, channel).orElse(true);
        if (before == enabled) {
            return;
        }
        if (jdbc.update("update notification_project_default set enabled = ? where project_id = ? and kind = ? "
                + "and channel = ?", enabled, project.id(), kind.code(), channel) == 0) {
            jdbc.update("insert into notification_project_default (project_id, kind, channel, enabled) "
                    + "values (?, ?, ?, ?)", project.id(), kind.code(), channel, enabled);
        }
        changes.add(kind.code() + " " + channel.toLowerCase(java.util.Locale.ROOT) + ": " + before + " → " + enabled);
    }

    public QuietHours quietHours(long personId) {
        Setting setting = setting(personId);
        return setting.from() == null ? new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, ZoneOffset.UTC)
                : new QuietHours(setting.from(), setting.until(), zone(personId));
    }

    /** The person's daily digest time on their own clock, or empty when each e-mail goes on its own. */
    public Optional<DigestTime> digestTime(long personId) {
        LocalTime at = setting(personId).digestAt();
        return at == null ? Optional.empty() : Optional.of(new DigestTime(at, zone(personId)));
    }

    private ZoneId zone(long personId) {
        PersonSummary person = identity.byIds(List.of(personId)).get(personId);
        if (person == null) {
            return ZoneOffset.UTC;
        }
        return identity.timeZone(new Actor(person.id(), person.username(), person.orgRole())).orElse(ZoneOffset.UTC);
    }

    /** Keeps the person's choice, also one equal to the default, so that a project's default no longer applies. */
    private void choose(long personId, NotificationKind kind, String channel, boolean enabled, List<String> changes) {
        Optional<Boolean> before = chosen(personId, kind, channel);
        if (before.isPresent() && before.get() == enabled) {
            return;
        }
        if (jdbc.update("update notification_preference set enabled = ? where person_id = ? and kind = ? "
                + "and channel = ?", enabled, personId, kind.code(), channel) == 0) {
            jdbc.update("insert into notification_preference (person_id, kind, channel, enabled) values (?, ?, ?, ?)",
                    personId, kind.code(), channel, enabled);
        }
        if (before.orElse(true) != enabled) {
            changes.add(kind.code() + " " + channel.toLowerCase(java.util.Locale.ROOT) + ": " + !enabled + " → " + enabled);
        }
    }

    private record Setting(LocalTime from, LocalTime until, LocalTime digestAt, long version) {
    }

    /** The person's settings row, made (empty) on first use so that its version can guard every change. */
    private Setting setting(long personId) {
        Optional<Setting> found = jdbc.query("select quiet_from, quiet_until, digest_at, version from "
                        + "notification_setting where person_id = ?", (rs, i) -> new Setting(rs.getObject(1, LocalTime.class),
                        rs.getObject(2, LocalTime.class), rs.getObject(3, LocalTime.class), rs.getLong(4)), personId)
                .stream().findFirst();
        if (found.isPresent()) {
            return found.get();
        }
        jdbc.update("insert into notification_setting (person_id, version) select ?, 0 where not exists "
                + "(select 1 from notification_setting where person_id = ?)", personId, personId);
        return new Setting(null, null, null, 0);
    }

    private static LocalTime time(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > 8) {
            throw new InvalidInputException(field, Text.of("problem.notification.time"));
        }
        try {
            return LocalTime.parse(text.strip()).withSecond(0).withNano(0);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, Text.of("problem.notification.time"));
        }
    }

    private static String hours(LocalTime from, LocalTime until) {
        return from == null ? "none" : from + "–" + until;
    }
}
