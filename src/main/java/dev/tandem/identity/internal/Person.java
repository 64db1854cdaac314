package dev.tandem.identity.internal;

import dev.tandem.shared.Actor.OrgRole;
import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import dev.tandem.identity.PersonSummary;
import dev.tandem.identity.Skill;

@Entity
@Table(name = "person")
public class Person {

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

    public Person(String username, String displayName, String email, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.createdAt = now;
    }

    public PersonSummary summary() {
        return new PersonSummary(id, username, displayName, email, locale, weeklyCapacityHours, orgRole, active,
                skills.stream().map(s -> new Skill(s.name, s.level)).toList(), passwordHash != null, version);
    }

    public Long id() { return id; }
    public String username() { return username; }
    public String displayName() { return displayName; }
    public String email() { return email; }
    public String passwordHash() { return passwordHash; }
    public String locale() { return locale; }
    public String timeZone() { return timeZone; }
    public BigDecimal weeklyCapacityHours() { return weeklyCapacityHours; }
    public OrgRole orgRole() { return orgRole; }
    public boolean active() { return active; }
    public long version() { return version; }
    public List<SkillValue> skills() { return skills; }

    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public void setEmail(String email) { this.email = email; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public void setLocale(String locale) { this.locale = locale; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public void setWeeklyCapacityHours(BigDecimal hours) { this.weeklyCapacityHours = hours; }
    public void setOrgRole(OrgRole orgRole) { this.orgRole = orgRole; }
    public void setActive(boolean active) { this.active = active; }

    public void replaceSkills(List<Skill> newSkills) {
        skills.clear();
        newSkills.forEach(s -> skills.add(new SkillValue(s.name(), s.level())));
    }

    @Embeddable
    public static class SkillValue {
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

        public String name() { return name; }

        public int level() { return level; }
    }
}
