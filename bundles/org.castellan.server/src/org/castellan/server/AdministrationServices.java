package org.castellan.server;

import java.util.Optional;

/**
 * Where the server finds the administration services it serves to client workstations
 * ({@code POST /api/v1/services/{service}/{method}}): the installation's own services, so that
 * every rule a client's call meets is the one a local call meets. Only the interfaces of
 * {@link org.castellan.server.client.RemoteServices#SERVED} are ever asked for.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface AdministrationServices {

    /** The installation's service of that type, if it runs. */
    Optional<?> service(Class<?> type);

    /** None: a server started for the decision API alone (tests, benchmarks). */
    AdministrationServices NONE = type -> Optional.empty();
}
