package org.castellan.config.internal;

import java.util.List;
import java.util.Optional;

import org.castellan.model.SessionPolicy;

/**
 * The sections of the text, in the order they are written and applied (what an entry names comes
 * before it), each with the fields its entries take.
 */
enum Section {

    COMPANIES("companies", List.of(Field.required("name", Field.Kind.TEXT), Field.flag("archived", false))), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    ROLES("roles", List.of(Field.text("description"), Field.flag("predefined", false), Field.list("rights"))), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    GROUPS("groups", List.of(Field.text("description"), Field.list("roles"), Field.list("members"))), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    /** The directory's group mapping, by directory group DN: the Castellan groups its members join (those of the text). */
    DIRECTORY_GROUPS("directory-groups", List.of(Field.list(Section.GROUPS_FIELD))), //$NON-NLS-1$
    USERS("users", List.of(Field.text("name"), Field.text("email"), Field.number("level", 0), Field.flag("enabled", true), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            Field.flag("external", false), Field.flag("domain", false), Field.flag("guest", false), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Field.text("session-policy", SessionPolicy.NORMAL.getName()), Field.list("works-in"), Field.list("administers"), Field.list("roles"))), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    /** Folders and reports by path: the users and groups given each level. */
    PERMISSIONS("permissions", GrantNames.LEVELS.stream().map(Field::list).toList()), //$NON-NLS-1$
    DATA_RIGHTS("data-rights", List.of(Field.text("description"), Field.list(GrantNames.HOLDERS), Field.list(GrantNames.MODELS), //$NON-NLS-1$ //$NON-NLS-2$
            Field.list(GrantNames.MEASURES), Field.list(GrantNames.REFUSED_MEASURES), Field.list(GrantNames.DIMENSIONS),
            Field.list(GrantNames.REFUSED_DIMENSIONS), Field.list(GrantNames.MEMBERS), Field.list(GrantNames.MEMBERS_BELOW))),
    MENU("menu", List.of(Field.required("level", Field.Kind.NUMBER), Field.flag("ask-password", false), Field.listKeptEmpty("rights"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            Field.number("order"), Field.text("label"), Field.text("versions"), Field.text("scope"))), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    /** Each setting is one value, not a mapping: its entry has the one field {@value #VALUE}. */
    SETTINGS("settings", List.of(Field.text(Section.VALUE))); //$NON-NLS-1$

    /** The field of a directory group's entry: the Castellan groups it leads to. */
    static final String GROUPS_FIELD = "groups"; //$NON-NLS-1$

    /** The field of a setting's entry. */
    static final String VALUE = "value"; //$NON-NLS-1$

    private final String key;
    private final List<Field> fields;

    Section(String key, List<Field> fields) {
        this.key = key;
        this.fields = fields;
    }

    /** Its key in the text. */
    String key() {
        return key;
    }

    List<Field> fields() {
        return fields;
    }

    Optional<Field> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    static Optional<Section> of(String key) {
        for (Section section : values()) {
            if (section.key.equals(key)) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }
}
