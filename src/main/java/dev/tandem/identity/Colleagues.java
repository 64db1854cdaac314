package dev.tandem.identity;

/**
 * Whether two people work together, answered by the module that keeps project membership. Identity owns this
 * interface so that it can decide who reads a person's leave without depending on that module.
 */
public interface Colleagues {

    /** True when both people are members of at least one common project. */
    boolean shareAProject(long personId, long otherPersonId);
}
