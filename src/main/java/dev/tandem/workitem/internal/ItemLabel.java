package dev.tandem.workitem.internal;

import jakarta.persistence.*;
import java.io.Serializable;
import java.util.Objects;

/**
 * A row of an item's labels, read-only: the items keep their labels as a collection; queries use this mapping to
 * find the items with a label straight from the label index, without going through every item.
 */
@Entity
@Table(name = "work_item_label")
@IdClass(ItemLabel.Key.class)
@org.hibernate.annotations.Immutable
public class ItemLabel {

    @Id
    @Column(name = "work_item_id")
    private Long workItemId;
    @Id
    private String label;

    protected ItemLabel() {
    }

    static class Key implements Serializable {

        private Long workItemId;
        private String label;

        protected Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(workItemId, k.workItemId) && Objects.equals(label, k.label);
        }

        @Override
        public int hashCode() {
            return Objects.hash(workItemId, label);
        }
    }
}
