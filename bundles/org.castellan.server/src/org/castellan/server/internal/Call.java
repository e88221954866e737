package org.castellan.server.internal;

/**
 * One request as an endpoint sees it.
 *
 * @param body          the JSON body, checked against the route's fields
 * @param grant         the token's session; null on routes that need none
 * @param clientAddress the client's IP address
 * @param path          the request's path (a route with a template has its values there)
 */
record Call(JsonBody body, Tokens.Grant grant, String clientAddress, String path) {
}
