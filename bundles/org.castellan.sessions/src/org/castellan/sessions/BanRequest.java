package org.castellan.sessions;

import java.time.Instant;

/**
 * What an administrator asks for in "Block openings"; {@link SessionRegistry#block} checks it.
 *
 * @param company  a company's code, or {@link Ban#ALL_COMPANIES}
 * @param startsAt the start; may be in the future (a ban set in advance)
 * @param endsAt   the end, after the start and after now
 * @param message  for the people refused; may be empty
 *
 * @since 0.1
 */
public record BanRequest(String company, Instant startsAt, Instant endsAt, String message) {
}
