package dev.tandem.identity;

/** A named skill with a level from 1 (novice) to 5 (expert). */
public record Skill(String name, int level) {
}
