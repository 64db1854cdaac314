package dev.tandem.retrospective.internal;

import jakarta.persistence.*;

/** A checklist or agenda of the organisation in one language; its text lives in numbered versions. */
@Entity
@Table(name = "process_template")
public class ProcessTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String language;
    private String kind;
    private String name;
    private int currentVersion;
    @Version
    private long version;

    protected ProcessTemplate() {
    }

    public ProcessTemplate(String code, String language, String kind, String name) {
        this.code = code;
        this.language = language;
        this.kind = kind;
        this.name = name;
        this.currentVersion = 1;
    }

    public Long id() { return id; }
    public String code() { return code; }
    public String language() { return language; }
    public String kind() { return kind; }
    public String name() { return name; }
    public int currentVersion() { return currentVersion; }

    public void advance() { this.currentVersion++; }
}
