package dev.tandem.webhook.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.webhook.engine.ItemEdit.FieldChange;
import org.junit.jupiter.api.Test;

class ItemEditTests {

    @Test
    void readsEachLineOfAnEditIntoFieldOldAndNew() {
        assertThat(ItemEdit.changes("status: To do → In progress\ntitle: Design: v1 → Design: v2\ndueDate: ∅ → 2027-03-01"))
                .containsExactly(new FieldChange("status", "To do", "In progress"),
                        new FieldChange("title", "Design: v1", "Design: v2"),
                        new FieldChange("dueDate", "∅", "2027-03-01"));
    }

    @Test
    void skipsLinesThatAreNotChanges() {
        assertThat(ItemEdit.changes("majorTechnical made\n: a → b\nnote without arrow: x")).isEmpty();
        assertThat(ItemEdit.changes(null)).isEmpty();
    }

    @Test
    void aDateMovedLaterOnlyWhenBothAreDaysAndTheNewOneIsAfter() {
        assertThat(new FieldChange("dueDate", "2027-02-20", "2027-03-15").movedLater()).isTrue();
        assertThat(new FieldChange("dueDate", "2027-03-15", "2027-02-20").movedLater()).isFalse();
        assertThat(new FieldChange("dueDate", "2027-03-15", "2027-03-15").movedLater()).isFalse();
        assertThat(new FieldChange("dueDate", "∅", "2027-03-15").movedLater()).isFalse();
        assertThat(new FieldChange("dueDate", "2027-03-15", "∅").movedLater()).isFalse();
    }
}
