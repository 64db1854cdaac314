package dev.tandem.retrospective;

import jakarta.persistence.*;

/** A checklist or agenda of the organisation in one language; its text lives in numbered versions. */
@Entity
@Table(name = "process_template")
class ProcessTemplate {

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

    ProcessTemplate(String code, String language, String kind, String name) {
        this.code = code;
        this.language = language;
        this.kind = kind;
        this.name = name;
        this.currentVersion = 1;
    }

    Long id() { return id; }
    String code() { return code; }
    String language() { return language; }
    String kind() { return kind; }
    String name() { return name; }
    int currentVersion() { return currentVersion; }

    void advance() { this.currentVersion++; }
}
