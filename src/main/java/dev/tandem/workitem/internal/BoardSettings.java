package dev.tandem.workitem.internal;

import jakarta.persistence.*;

@Entity
@Table(name = "board_settings")
public class BoardSettings {

    @Id
    private Long projectId;
    private boolean wipHardLimit;
    @Version
    private long version;

    protected BoardSettings() {
    }

    public BoardSettings(long projectId) {
        this.projectId = projectId;
    }

    public boolean wipHardLimit() { return wipHardLimit; }
    long version() { return version; }

    void setWipHardLimit(boolean hard) { this.wipHardLimit = hard; }
}
