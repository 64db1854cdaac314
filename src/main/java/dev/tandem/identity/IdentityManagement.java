package dev.tandem.identity;

import dev.tandem.shared.Actor;
import dev.tandem.shared.Actor.OrgRole;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.ForbiddenException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.StaleVersionException;
import dev.tandem.shared.Text;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import dev.tandem.identity.internal.AccessToken;
import dev.tandem.identity.internal.AccessTokens;
import dev.tandem.identity.internal.Leaves;
import dev.tandem.identity.internal.People;
import dev.tandem.identity.internal.Person;
import dev.tandem.identity.internal.PersonLeave;
import dev.tandem.identity.internal.SignInThrottle;

/** The one way to read and change people, their tokens and their sign-in state. */
@Service
@Transactional
public class IdentityManagement {

    public static final Set<String> LOCALES = Set.of("en", "zh-CN");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}");
    private static final String TOKEN_PREFIX = "tdm_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final People people;
    private final AccessTokens tokens;
    private final Leaves leaves;
    private final Colleagues colleagues;
    private final SignInThrottle throttle;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IdentityManagement(People people, AccessTokens tokens, Leaves leaves, Colleagues colleagues, SignInThrottle throttle,
                       PasswordEncoder passwordEncoder, ApplicationEventPublisher events, Clock clock) {
        this.people = people;
        this.tokens = tokens;
        this.leaves = leaves;
        this.colleagues = colleagues;
        this.throttle = throttle;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PersonSummary> list() {
        return people.findAllByOrderByDisplayNameAsc().stream().map(Person::summary).toList();
    }

    @Transactional(readOnly = true)
    public Optional<PersonSummary> findByUsername(String username) {
        return people.findByUsernameIgnoreCase(username).map(Person::summary);
    }

    @Transactional(readOnly = true)
    public PersonSummary get(String username) {
        return findByUsername(username).orElseThrow(() -> new NotFoundException(Text.of("problem.identity.noPerson", username)));
    }

    @Transactional(readOnly = true)
    public Map<Long, PersonSummary> byIds(Collection<Long> ids) {
        return people.findAllById(ids).stream().map(Person::summary)
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
    }

    @Transactional(readOnly = true)
    public long count() {
        return people.count();
    }

    public PersonSummary create(Actor actor, PersonDraft draft) {
        requireAdmin(actor);
        validateUsername(draft.username());
        if (people.existsByUsernameIgnoreCase(draft.username())) {
            throw new ConflictException(Text.of("problem.identity.usernameTaken", draft.username()));
        }
        Person person = new Person(draft.username(), required("displayName", draft.displayName(), 128),
                validEmail(draft.email()), clock.instant());
        if (people.existsByEmailIgnoreCase(person.email())) {
            throw new ConflictException(Text.of("problem.identity.emailTaken", person.email()));
        }
        apply(person, draft);
        if (draft.password() != null) {
            person.setPasswordHash(passwordEncoder.encode(validPassword(draft.password())));
        }
        people.save(person);
        events.publishEvent(new IdentityEvent.PersonCreated(actor.username(), person.username(), describe(person)));
        return person.summary();
    }

    /** Admins edit anyone; a person edits their own name, email, locale, capacity, skills and password. */
    public PersonSummary update(Actor actor, String username, PersonDraft draft, Long version) {
        Person person = people.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new NotFoundException(Text.of("problem.identity.noPerson", username)));
        boolean self = person.id() == actor.personId();
        if (!actor.isAdmin() && !self) {
            throw new ForbiddenException(Text.of("problem.identity.adminChangesOthers"));
        }
        if (!actor.isAdmin() && (draft.orgRole() != null || draft.active() != null)) {
            throw new ForbiddenException(Text.of("problem.identity.adminChangesRoles"));
        }
        StaleVersionException.check(Text.of("problem.identity.person", username), version, person.version());
        String before = describe(person);
        if (draft.displayName() != null) {
            person.setDisplayName(required("displayName", draft.displayName(), 128));
        }
        if (draft.email() != null && !draft.email().equalsIgnoreCase(person.email())) {
            String email = validEmail(draft.email());
            if (people.existsByEmailIgnoreCase(email)) {
                throw new ConflictException(Text.of("problem.identity.emailTaken", email));
            }
            person.setEmail(email);
        }
        if (self && ((draft.orgRole() != null && draft.orgRole() != person.orgRole())
                || Boolean.FALSE.equals(draft.active()))) {
            throw new ConflictException(Text.of("problem.identity.ownRoleOrActive"));
        }
        apply(person, draft);
        boolean passwordChanged = draft.password() != null;
        if (passwordChanged && self) {
            throw new InvalidInputException("password", Text.of("problem.identity.passwordWithCurrent"));
        }
        if (passwordChanged) {
            person.setPasswordHash(passwordEncoder.encode(validPassword(draft.password())));
        }
        people.flush();
        String after = describe(person);
        events.publishEvent(new IdentityEvent.PersonUpdated(actor.username(), person.username(),
                changes(before, after) + (passwordChanged ? "\npassword: changed" : "")));
        return person.summary();
    }

    /**
     * The days from {@code from} to {@code to} (inclusive) on which the person is away; read by the person,
     * admins and PMO, and the people who share a project with them.
     */
    @Transactional(readOnly = true)
    public List<LocalDate> leave(Actor actor, String username, LocalDate from, LocalDate to) {
        Person person = people.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new NotFoundException(Text.of("problem.identity.noPerson", username)));
        if (person.id() != actor.personId() && !actor.oversees()
                && !colleagues.shareAProject(actor.personId(), person.id())) {
            throw new ForbiddenException(Text.of("problem.identity.leaveOfColleaguesOnly", person.username()));
        }
        checkRange(from, to);
        return leaves.findBetween(List.of(person.id()), from, to).stream().map(PersonLeave::onDate).toList();
    }

    /** The days each of these people is away between {@code from} and {@code to}, inclusive. */
    @Transactional(readOnly = true)
    public Map<Long, Set<LocalDate>> leaveOf(Collection<Long> personIds, LocalDate from, LocalDate to) {
        Map<Long, Set<LocalDate>> result = new HashMap<>();
        if (personIds.isEmpty()) {
            return result;
        }
        for (PersonLeave l : leaves.findBetween(personIds, from, to)) {
            result.computeIfAbsent(l.personId(), k -> new TreeSet<>()).add(l.onDate());
        }
        return result;
    }

    /** One day of leave and when it became known: {@code addedAt} is null for days recorded before that was kept. */
    public record LeaveDay(String username, LocalDate day, Instant addedAt, String addedBy) {
    }

    /** The leave of these people between {@code from} and {@code to}, inclusive, with when each day was recorded. */
    @Transactional(readOnly = true)
    public List<LeaveDay> leaveDays(Collection<Long> personIds, LocalDate from, LocalDate to) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = new HashMap<>();
        people.findAllById(personIds).forEach(p -> names.put(p.id(), p.username()));
        return leaves.findBetween(personIds, from, to).stream()
                .map(l -> new LeaveDay(names.get(l.personId()), l.onDate(), l.addedAt(), l.addedBy())).toList();
    }

    /** Records the person away on every day from {@code from} to {@code to}; days already recorded stay as they are. */
    public List<LocalDate> addLeave(Actor actor, String username, LocalDate from, LocalDate to) {
        Person person = leaveOwner(actor, username);
        checkRange(from, to);
        Set<LocalDate> known = new TreeSet<>(leaves.findBetween(List.of(person.id()), from, to).stream()
                .map(PersonLeave::onDate).toList());
        List<LocalDate> added = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (!known.contains(d)) {
                leaves.save(new PersonLeave(person.id(), d, clock.instant(), actor.username()));
                added.add(d);
            }
        }
        if (!added.isEmpty()) {
            leaves.flush();
            events.publishEvent(new IdentityEvent.LeaveAdded(actor.username(), person.username(), "leave: " + days(added)));
        }
        return added;
    }

    /** Takes the days from {@code from} to {@code to} off the person's leave. */
    public List<LocalDate> removeLeave(Actor actor, String username, LocalDate from, LocalDate to) {
        Person person = leaveOwner(actor, username);
        checkRange(from, to);
        List<PersonLeave> found = leaves.findBetween(List.of(person.id()), from, to);
        if (!found.isEmpty()) {
            leaves.deleteAll(found);
            leaves.flush();
            events.publishEvent(new IdentityEvent.LeaveRemoved(actor.username(), person.username(),
                    "leave: " + days(found.stream().map(PersonLeave::onDate).toList())));
        }
        return found.stream().map(PersonLeave::onDate).toList();
    }

    private Person leaveOwner(Actor actor, String username) {
        Person person = people.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new NotFoundException(Text.of("problem.identity.noPerson", username)));
        if (!actor.isAdmin() && person.id() != actor.personId()) {
            throw new ForbiddenException(Text.of("problem.identity.adminRecordsLeave"));
        }
        return person;
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new InvalidInputException(from == null ? "from" : "to", Text.of("problem.identity.leaveDate"));
        }
        if (from.getYear() < 1970 || to.getYear() > 2999) {
            throw new InvalidInputException("from", Text.of("problem.identity.dateRange"));
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", Text.of("problem.identity.toBeforeFrom", from.toString()));
        }
        if (ChronoUnit.DAYS.between(from, to) >= 366) {
            throw new InvalidInputException("to", Text.of("problem.identity.leaveTooLong"));
        }
    }

    /** Dates as runs: "2027-01-04 … 2027-01-06, 2027-01-11". */
    private static String days(List<LocalDate> dates) {
        List<String> runs = new ArrayList<>();
        LocalDate first = null;
        LocalDate last = null;
        for (LocalDate d : dates) {
            if (last != null && d.equals(last.plusDays(1))) {
                last = d;
                continue;
            }
            if (first != null) {
                runs.add(first.equals(last) ? first.toString() : first + " … " + last);
            }
            first = d;
            last = d;
        }
        if (first != null) {
            runs.add(first.equals(last) ? first.toString() : first + " … " + last);
        }
        return String.join(", ", runs);
    }

    /** Organisation roles are granted with {@code orgRole}; {@code null} in an edit keeps the role, so this removes it. */
    public PersonSummary clearOrgRole(Actor actor, String username) {
        requireAdmin(actor);
        Person person = people.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new NotFoundException(Text.of("problem.identity.noPerson", username)));
        if (person.id() == actor.personId()) {
            throw new ConflictException(Text.of("problem.identity.ownAdminRole"));
        }
        OrgRole old = person.orgRole();
        person.setOrgRole(null);
        events.publishEvent(new IdentityEvent.OrgRoleChanged(actor.username(), username, "orgRole: " + old + " → none"));
        return person.summary();
    }

    public void changeLocale(Actor actor, String locale) {
        if (!LOCALES.contains(locale)) {
            throw new InvalidInputException("locale", Text.of("problem.input.oneOf", LOCALES.toString()));
        }
        people.findById(actor.personId()).ifPresent(p -> p.setLocale(locale));
    }

    /** The time zone the person chose for showing times; empty means the one their browser reports. */
    @Transactional(readOnly = true)
    public Optional<ZoneId> timeZone(Actor actor) {
        return people.findById(actor.personId()).map(Person::timeZone).map(ZoneId::of);
    }

    /** Sets the person's own time zone; a blank zone goes back to following the browser. */
    public Optional<ZoneId> changeTimeZone(Actor actor, String zone) {
        ZoneId chosen = zone == null || zone.isBlank() ? null : validZone(zone.strip());
        people.findById(actor.personId()).ifPresent(p -> p.setTimeZone(chosen == null ? null : chosen.getId()));
        return Optional.ofNullable(chosen);
    }

    /** A region-based zone id the JDK knows, such as {@code Asia/Shanghai}; anything else is refused. */
    public static ZoneId validZone(String zone) {
        if (zone.length() > 64 || !ZoneId.getAvailableZoneIds().contains(zone)) {
            throw new InvalidInputException("timeZone", Text.of("problem.identity.unknownTimeZone",
                    zone.length() > 64 ? zone.substring(0, 64) + "…" : zone));
        }
        return ZoneId.of(zone);
    }

    /** The first start creates user {@code admin}; returns the generated password when none was configured. */
    public Optional<String> ensureAdmin(String configuredPassword) {
        if (people.existsByUsernameIgnoreCase("admin")) {
            return Optional.empty();
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? randomSecret(18) : configuredPassword;
        Person admin = new Person("admin", "Administrator", "admin@tandem.invalid", clock.instant());
        admin.setOrgRole(OrgRole.ADMIN);
        admin.setPasswordHash(passwordEncoder.encode(validPassword(password)));
        people.save(admin);
        events.publishEvent(new IdentityEvent.PersonCreated(Actor.system().username(), "admin", "orgRole: ADMIN"));
        return generated ? Optional.of(password) : Optional.empty();
    }

    public IssuedToken issueToken(Actor actor, String name, int expiresInDays) {
        String tokenName = required("name", name, 64);
        if (expiresInDays < 1 || expiresInDays > 366) {
            throw new InvalidInputException("expiresInDays", Text.of("problem.input.between", "1", "366"));
        }
        String secret = TOKEN_PREFIX + randomSecret(32);
        Instant now = clock.instant();
        AccessToken token = tokens.save(new AccessToken(actor.personId(), tokenName, sha256(secret), now,
                now.plus(Duration.ofDays(expiresInDays))));
        events.publishEvent(new IdentityEvent.TokenIssued(actor.username(), actor.username() + "/" + tokenName, "expires: " + token.expiresAt()));
        return new IssuedToken(token.id(), tokenName, secret, token.expiresAt());
    }

    /**
     * Checks the actor's password, typed again for an action a session alone may not take (creating a token):
     * throttled, counted and audited like a sign-in.
     */
    public PasswordCheck confirmPassword(Actor actor, String password, String remoteAddress) {
        if (!throttle.allows(actor.username(), remoteAddress)) {
            recordFailedSignIn(actor.username(), remoteAddress, true);
            return PasswordCheck.THROTTLED;
        }
        boolean right = people.findById(actor.personId()).filter(Person::active)
                .filter(p -> p.passwordHash() != null && passwordEncoder.matches(password, p.passwordHash()))
                .isPresent();
        if (right) {
            recordSignIn(actor.username(), remoteAddress);
            return PasswordCheck.CONFIRMED;
        }
        recordFailedSignIn(actor.username(), remoteAddress, false);
        return PasswordCheck.WRONG;
    }

    /**
     * Changes one's own password, only for the current one typed again (checked and throttled as a sign-in): a
     * session left open or a stolen token alone cannot lock the owner out. Answers whether the check passed.
     */
    public PasswordCheck changeOwnPassword(Actor actor, String currentPassword, String newPassword, String remoteAddress) {
        String password = validPassword(newPassword == null ? "" : newPassword);
        PasswordCheck check = confirmPassword(actor, currentPassword == null ? "" : currentPassword, remoteAddress);
        if (check == PasswordCheck.CONFIRMED) {
            Person person = people.findById(actor.personId()).orElseThrow();
            person.setPasswordHash(passwordEncoder.encode(password));
            events.publishEvent(new IdentityEvent.PersonUpdated(actor.username(), person.username(), "password: changed"));
        }
        return check;
    }

    @Transactional(readOnly = true)
    public List<TokenSummary> tokens(Actor actor) {
        return tokens.findByPersonIdOrderByCreatedAtDesc(actor.personId()).stream().map(AccessToken::summary).toList();
    }

    /** Revokes one of the actor's own tokens; anyone else's is not found, administrators' included. */
    public void revokeToken(Actor actor, long tokenId) {
        AccessToken token = tokens.findById(tokenId)
                .filter(t -> t.personId() == actor.personId())
                .orElseThrow(() -> new NotFoundException(Text.of("problem.identity.noOwnToken", tokenId)));
        revoke(actor, actor.username(), token);
    }

    /** An administrator's view of a person's tokens. */
    @Transactional(readOnly = true)
    public List<TokenSummary> tokensOf(Actor actor, String username) {
        requireAdmin(actor);
        Person owner = people.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new NotFoundException(Text.of("problem.identity.noPerson", username)));
        return tokens.findByPersonIdOrderByCreatedAtDesc(owner.id()).stream().map(AccessToken::summary).toList();
    }

    /** An administrator revokes a person's token; the audit names the owner's token as the target. */
    public void revokeTokenOf(Actor actor, String username, long tokenId) {
        requireAdmin(actor);
        Person owner = people.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new NotFoundException(Text.of("problem.identity.noPerson", username)));
        AccessToken token = tokens.findById(tokenId)
                .filter(t -> t.personId().equals(owner.id()))
                .orElseThrow(() -> new NotFoundException(Text.of("problem.identity.noTokenOf", owner.username(), tokenId)));
        revoke(actor, owner.username(), token);
    }

    private void revoke(Actor actor, String owner, AccessToken token) {
        token.revoke(clock.instant());
        events.publishEvent(new IdentityEvent.TokenRevoked(actor.username(), owner + "/" + token.name()));
    }

    /**
     * The person as they are now, for re-checking a session or a long-lived connection: empty when they are
     * inactive or gone, or when {@code tokenId} is given and that token is revoked, expired or someone else's.
     */
    @Transactional(readOnly = true)
    public Optional<Actor> currentActor(long personId, Long tokenId) {
        if (tokenId != null && tokens.findById(tokenId)
                .filter(t -> t.personId() == personId && t.usableAt(clock.instant())).isEmpty()) {
            return Optional.empty();
        }
        return people.findById(personId).filter(Person::active).map(IdentityManagement::actorOf);
    }

    /** Who a bearer token stands for, if the token exists, is unexpired, unrevoked, and its owner active. */
    public Optional<Credential> authenticateToken(String secret) {
        if (secret == null || !secret.startsWith(TOKEN_PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(sha256(secret))
                .filter(t -> t.usableAt(now))
                .flatMap(t -> {
                    t.usedAt(now);
                    return people.findById(t.personId()).filter(Person::active)
                            .map(p -> new Credential(actorOf(p), t.id()));
                });
    }

    @Transactional(readOnly = true)
    public Optional<SignInAccount> signInAccount(String username) {
        return people.findByUsernameIgnoreCase(username).map(p -> new SignInAccount(actorOf(p), p.passwordHash(),
                p.active(), p.locale(), p.timeZone()));
    }

    /** Whether a sign-in as {@code username} from this address may be tried at all (see {@link SignInThrottle}). */
    @Transactional(readOnly = true)
    public boolean signInAllowed(String username, String remoteAddress) {
        return throttle.allows(username, remoteAddress);
    }

    public void recordSignIn(String username, String remoteAddress) {
        throttle.succeeded(username, remoteAddress);
        events.publishEvent(new IdentityEvent.SignedIn(username, username, from(remoteAddress)));
    }

    /** A wrong password or an unknown name; {@code refused} when the throttle did not let it be checked. */
    public void recordFailedSignIn(String username, String remoteAddress, boolean refused) {
        List<String> notes = new ArrayList<>();
        if (remoteAddress != null) {
            notes.add("from: " + remoteAddress);
        }
        if (refused) {
            notes.add("refused: too many failed sign-ins");
        }
        notes.addAll(throttle.failed(username, remoteAddress));
        String name = truncate(username, 64);
        String target = people.findByUsernameIgnoreCase(name).map(Person::username).orElse(name);
        events.publishEvent(new IdentityEvent.SignInFailed(name, target, notes.isEmpty() ? null : String.join("\n", notes)));
    }

    public static Actor actorOf(Person p) {
        return new Actor(p.id(), p.username(), p.orgRole());
    }

    private void apply(Person person, PersonDraft draft) {
        if (draft.locale() != null) {
            if (!LOCALES.contains(draft.locale())) {
                throw new InvalidInputException("locale", Text.of("problem.input.oneOf", LOCALES.toString()));
            }
            person.setLocale(draft.locale());
        }
        if (draft.weeklyCapacityHours() != null) {
            BigDecimal hours = draft.weeklyCapacityHours();
            if (hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(168)) > 0) {
                throw new InvalidInputException("weeklyCapacityHours", Text.of("problem.input.between", "0", "168"));
            }
            person.setWeeklyCapacityHours(hours);
        }
        if (draft.orgRole() != null) {
            person.setOrgRole(draft.orgRole());
        }
        if (draft.active() != null) {
            person.setActive(draft.active());
        }
        if (draft.skills() != null) {
            person.replaceSkills(validSkills(draft.skills()));
        }
    }

    private static List<Skill> validSkills(List<Skill> skills) {
        if (skills.size() > 50) {
            throw new InvalidInputException("skills", Text.of("problem.identity.tooManySkills"));
        }
        List<Skill> result = new ArrayList<>();
        for (Skill s : skills) {
            String name = required("skills.name", s.name(), 64);
            if (s.level() < 1 || s.level() > 5) {
                throw new InvalidInputException("skills.level", Text.of("problem.identity.skillLevel", name));
            }
            if (result.stream().anyMatch(r -> r.name().equalsIgnoreCase(name))) {
                throw new InvalidInputException("skills.name", Text.of("problem.identity.skillTwice", name));
            }
            result.add(new Skill(name, s.level()));
        }
        return result;
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new ForbiddenException(Text.of("problem.identity.adminOnly"));
        }
    }

    private static void validateUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("username", Text.of("problem.identity.username"));
        }
    }

    private static String validEmail(String email) {
        if (email == null || email.length() > 254 || !EMAIL.matcher(email.strip()).matches()) {
            throw new InvalidInputException("email", Text.of("problem.identity.email"));
        }
        return email.strip();
    }

    private static String validPassword(String password) {
        if (password.length() < 12 || password.length() > 128) {
            throw new InvalidInputException("password", Text.of("problem.identity.passwordLength"));
        }
        return password;
    }

    static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, Text.of("problem.input.empty"));
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new InvalidInputException(field, Text.of("problem.input.tooLong", max));
        }
        return stripped;
    }

    private static String describe(Person p) {
        return "displayName: " + p.displayName() + "\nemail: " + p.email() + "\nlocale: " + p.locale()
                + "\nweeklyCapacityHours: " + p.weeklyCapacityHours().stripTrailingZeros().toPlainString()
                + "\norgRole: " + (p.orgRole() == null ? "none" : p.orgRole()) + "\nactive: " + p.active()
                + "\nskills: " + p.skills().stream().map(s -> s.name() + " " + s.level()).collect(Collectors.joining(", "));
    }

    private static String changes(String before, String after) {
        String[] b = before.split("\n");
        String[] a = after.split("\n");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            if (!Objects.equals(b[i], a[i])) {
                lines.add(a[i].substring(0, a[i].indexOf(':')) + ": " + b[i].substring(b[i].indexOf(':') + 2)
                        + " → " + a[i].substring(a[i].indexOf(':') + 2));
            }
        }
        return String.join("\n", lines);
    }

    private static String from(String remoteAddress) {
        return remoteAddress == null ? null : "from: " + remoteAddress;
    }

    private static String truncate(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }

    private static String randomSecret(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the sign-in machinery needs to know of an account. */
    public record SignInAccount(Actor actor, String passwordHash, boolean active, String locale, String timeZone) {
    }
}
