package org.castellan.server.internal;

/** What an endpoint answers: a status and a value Gson writes as the JSON body. */
record Reply(int status, Object json) {

    static Reply ok(Object json) {
        return new Reply(200, json);
    }
}
