package dev.tandem.workitem;

import jakarta.persistence.*;

@Entity
@Table(name = "board_settings")
class BoardSettings {

    @Id
    private Long projectId;
    private boolean wipHardLimit;
    @Version
    private long version;

    protected BoardSettings() {
    }

    BoardSettings(long projectId) {
        this.projectId = projectId;
    }

    boolean wipHardLimit() { return wipHardLimit; }
    long version() { return version; }

    void setWipHardLimit(boolean hard) { this.wipHardLimit = hard; }
}
