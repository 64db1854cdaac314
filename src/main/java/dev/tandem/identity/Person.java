package dev.tandem.identity;

import dev.tandem.shared.Actor.OrgRole;
import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "person")
class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;
    private String displayName;
    private String email;
    private String passwordHash;
    private String locale = "en";
    private String timeZone;
    private BigDecimal weeklyCapacityHours = BigDecimal.valueOf(40);

    @Enumerated(EnumType.STRING)
    private OrgRole orgRole;

    private boolean active = true;

    @Version
    private long version;

    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_skill", joinColumns = @JoinColumn(name = "person_id"))
    @OrderBy("name")
    private List<SkillValue> skills = new ArrayList<>();

    protected Person() {
    }

    Person(String username, String displayName, String email, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.createdAt = now;
    }

    PersonSummary summary() {
        return new PersonSummary(id, username, displayName, email, locale, weeklyCapacityHours, orgRole, active,
                skills.stream().map(s -> new Skill(s.name, s.level)).toList(), passwordHash != null, version);
    }

    Long id() { return id; }
    String username() { return username; }
    String displayName() { return displayName; }
    String email() { return email; }
    String passwordHash() { return passwordHash; }
    String locale() { return locale; }
    String timeZone() { return timeZone; }
    BigDecimal weeklyCapacityHours() { return weeklyCapacityHours; }
    OrgRole orgRole() { return orgRole; }
    boolean active() { return active; }
    long version() { return version; }
    List<SkillValue> skills() { return skills; }

    void setDisplayName(String displayName) { this.displayName = displayName; }
    void setEmail(String email) { this.email = email; }
    void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    void setLocale(String locale) { this.locale = locale; }
    void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    void setWeeklyCapacityHours(BigDecimal hours) { this.weeklyCapacityHours = hours; }
    void setOrgRole(OrgRole orgRole) { this.orgRole = orgRole; }
    void setActive(boolean active) { this.active = active; }

    void replaceSkills(List<Skill> newSkills) {
        skills.clear();
        newSkills.forEach(s -> skills.add(new SkillValue(s.name(), s.level())));
    }

    @Embeddable
    static class SkillValue {
        @Column(name = "name")
        String name;
        @Column(name = "level")
        int level;

        protected SkillValue() {
        }

        SkillValue(String name, int level) {
            this.name = name;
            this.level = level;
        }
    }
}
