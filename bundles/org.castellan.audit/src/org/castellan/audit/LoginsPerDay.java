package org.castellan.audit;

import java.time.LocalDate;

/**
 * How many logins succeeded and failed on one day, for the logins chart.
 *
 * @since 0.1
 */
public record LoginsPerDay(LocalDate day, int succeeded, int failed) {
}
