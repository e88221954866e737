package org.castellan.security;

/**
 * Licence seats of the installation.
 *
 * @param total    seats bought, or {@link #UNLIMITED}
 * @param occupied users counted against them (external users are not)
 *
 * @since 0.1
 */
public record Seats(int total, int occupied) {

    public static final int UNLIMITED = -1;

    public boolean isFull() {
        return total != UNLIMITED && occupied >= total;
    }
}
