/**
 * Work items' rules over plain values: the board's WIP rule and what makes an item edit invalid. No framework and no
 * repository, so each rule is tested by hand; the facade loads what a rule needs and acts on its answer.
 */
package dev.tandem.workitem.rules;
