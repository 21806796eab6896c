package org.kordon.model;

/** How a list presents a name of an entity. */
public enum NameKind {
    /** The name the list files the entity under. */
    PRIMARY,
    /** A strong alias ("a.k.a."). */
    ALIAS,
    /** A low-quality alias (OFAC "weak aka", OFSI "Alias Quality: Low"): matched only nearly exactly. */
    WEAK_ALIAS,
    /** A former name ("f.k.a.", vessel's earlier name). */
    PREVIOUS,
    /** The name in its original, non-Latin script, as the list prints it. */
    ORIGINAL_SCRIPT
}
