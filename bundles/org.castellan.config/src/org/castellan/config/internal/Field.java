package org.castellan.config.internal;

/**
 * A field of an entry of the text (a user's {@code level}, a role's {@code rights}): what it holds,
 * the value that stands when it is left out, and whether it is written when it holds that value.
 *
 * @param defaultValue the value a missing field takes; null for none (the field is then absent)
 * @param omitDefault  whether the export leaves the field out when it holds its default (flags
 *                     that are rarely set); otherwise it is always written
 * @param keepEmpty    for a list, whether an empty one differs from none (a menu option's rights:
 *                     none required, or the declared ones)
 * @param required     whether an entry cannot do without it
 */
record Field(String name, Kind kind, String defaultValue, boolean omitDefault, boolean keepEmpty, boolean required) {

    /** What a field holds. */
    enum Kind {
        /** Any text; empty is none. */
        TEXT,
        /** {@code true} or {@code false}. */
        FLAG,
        /** A whole number. */
        NUMBER,
        /** A list of texts, sorted, each once. */
        LIST
    }

    static Field text(String name) {
        return new Field(name, Kind.TEXT, null, false, false, false);
    }

    static Field required(String name, Kind kind) {
        return new Field(name, kind, null, false, false, true);
    }

    /** A flag written only when it is not {@code defaultValue}. */
    static Field flag(String name, boolean defaultValue) {
        return new Field(name, Kind.FLAG, Boolean.toString(defaultValue), true, false, false);
    }

    static Field number(String name) {
        return new Field(name, Kind.NUMBER, null, false, false, false);
    }

    /** A number always written, {@code defaultValue} when missing. */
    static Field number(String name, int defaultValue) {
        return new Field(name, Kind.NUMBER, Integer.toString(defaultValue), false, false, false);
    }

    /** A text written only when it is not {@code defaultValue}. */
    static Field text(String name, String defaultValue) {
        return new Field(name, Kind.TEXT, defaultValue, true, false, false);
    }

    static Field list(String name) {
        return new Field(name, Kind.LIST, null, false, false, false);
    }

    /** A list whose being empty says something: {@code []} is written for it. */
    static Field listKeptEmpty(String name) {
        return new Field(name, Kind.LIST, null, false, true, false);
    }
}
