/**
 * The delay-risk core over plain values: features of an item as of a day, the rule-based cold-start score, the
 * logistic model trained with Tribuo, its back-test, the reasons in words and the once-only warning. No framework.
 */
package dev.tandem.delayrisk.engine;
