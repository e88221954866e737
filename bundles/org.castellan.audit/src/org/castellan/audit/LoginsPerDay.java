package org.castellan.audit;

import java.time.LocalDate;

/** How many logins succeeded and failed on one day, for the logins chart. */
public record LoginsPerDay(LocalDate day, int succeeded, int failed) {
}
