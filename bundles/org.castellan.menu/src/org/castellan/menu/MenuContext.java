package org.castellan.menu;

import java.util.Objects;

import org.osgi.framework.Version;

/**
 * What decides whether an option exists on an installation at all: whether it is the central or a
 * centre, the product's version and its edition.
 *
 * @since 0.1
 */
public record MenuContext(Site site, Version productVersion, String edition) {

    public MenuContext {
        Objects.requireNonNull(site);
        Objects.requireNonNull(productVersion);
        Objects.requireNonNull(edition);
    }
}
