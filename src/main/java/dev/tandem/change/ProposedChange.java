package dev.tandem.change;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One step of a change request; the JSON property {@code op} names the kind of step. Properties a kind does not use
 * are ignored, so requests stored when every step carried every property still read back. A missing or unknown
 * {@code op} reads as {@link Unrecognised}, which validation refuses with a clear message.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "op", visible = true, defaultImpl = ProposedChange.Unrecognised.class)
@JsonSubTypes({
        @JsonSubTypes.Type(ProposedChange.SetEstimate.class),
        @JsonSubTypes.Type(ProposedChange.SetDates.class),
        @JsonSubTypes.Type(ProposedChange.SetAssignee.class),
        @JsonSubTypes.Type(ProposedChange.AddItem.class),
        @JsonSubTypes.Type(ProposedChange.RemoveItem.class),
        @JsonSubTypes.Type(ProposedChange.AddDependency.class)})
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(oneOf = {ProposedChange.SetEstimate.class, ProposedChange.SetDates.class, ProposedChange.SetAssignee.class,
        ProposedChange.AddItem.class, ProposedChange.RemoveItem.class, ProposedChange.AddDependency.class})
public sealed interface ProposedChange {

    /** The name of this kind of step, as the JSON {@code op} property and the page messages spell it. */
    String op();

    /** The existing items this step refers to. */
    List<String> referencedItems();

    /** What the step acts on, for the request page: the item, or the new item's title. */
    String subject();

    /** The step's new value, for the request page. */
    Object detail();

    /** Changes an item's estimate; a new most-likely estimate replaces the three-point range. */
    @JsonTypeName("setEstimate")
    record SetEstimate(String item, BigDecimal mostLikelyDays, BigDecimal estimateHours, BigDecimal storyPoints)
            implements ProposedChange {
        public String op() { return "setEstimate"; }
        public List<String> referencedItems() { return item == null ? List.of() : List.of(item); }
        public String subject() { return item; }
        public Object detail() { return mostLikelyDays; }
    }

    @JsonTypeName("setDates")
    record SetDates(String item, LocalDate plannedStart, LocalDate plannedFinish) implements ProposedChange {
        public String op() { return "setDates"; }
        public List<String> referencedItems() { return item == null ? List.of() : List.of(item); }
        public String subject() { return item; }
        public Object detail() { return plannedStart; }
    }

    @JsonTypeName("setAssignee")
    record SetAssignee(String item, String assignee) implements ProposedChange {
        public String op() { return "setAssignee"; }
        public List<String> referencedItems() { return item == null ? List.of() : List.of(item); }
        public String subject() { return item; }
        public Object detail() { return assignee; }
    }

    /** Adds an item of {@code type} (task, milestone, …), finishing-to-starting after each of {@code predecessors}. */
    @JsonTypeName("addItem")
    record AddItem(String type, String title, BigDecimal mostLikelyDays, BigDecimal estimateHours,
                   BigDecimal storyPoints, List<String> predecessors, LocalDate plannedStart, LocalDate plannedFinish,
                   String assignee) implements ProposedChange {
        public String op() { return "addItem"; }
        public List<String> referencedItems() { return predecessors == null ? List.of() : predecessors; }
        public String subject() { return title; }
        public Object detail() {
            return mostLikelyDays != null ? mostLikelyDays : plannedStart != null ? plannedStart : assignee;
        }
    }

    @JsonTypeName("removeItem")
    record RemoveItem(String item) implements ProposedChange {
        public String op() { return "removeItem"; }
        public List<String> referencedItems() { return item == null ? List.of() : List.of(item); }
        public String subject() { return item; }
        public Object detail() { return null; }
    }

    /** Makes {@code item} depend on {@code predecessor}; {@code type} is the link type FS, SS, FF or SF. */
    @JsonTypeName("addDependency")
    record AddDependency(String item, String predecessor, String type, Integer lagDays) implements ProposedChange {
        public String op() { return "addDependency"; }
        public List<String> referencedItems() {
            return java.util.stream.Stream.of(item, predecessor).filter(java.util.Objects::nonNull).toList();
        }
        public String subject() { return item; }
        public Object detail() { return predecessor; }
    }

    /** A step whose {@code op} is missing or names no kind of step; never valid, never stored. */
    @Schema(hidden = true)
    record Unrecognised(String op) implements ProposedChange {
        public List<String> referencedItems() { return List.of(); }
        public String subject() { return null; }
        public Object detail() { return null; }
    }
}
