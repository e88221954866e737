package org.castellan.server.internal;

import java.util.Map;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.osgi.util.NLS;

/**
 * Jetty's own refusals (a request it cannot parse, a header too large) in the API's JSON form
 * instead of Jetty's HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() < 400 ? 500 : response.getStatus();
        Object cause = request.getAttribute(ERROR_MESSAGE);
        String message = NLS.bind(Messages.requestRefused, status, cause == null ? "" : cause); //$NON-NLS-1$
        Reply reply = ApiHandler.error(new ApiError(status, "http_" + status, message)); //$NON-NLS-1$
        Map<?, ?> json = (Map<?, ?>) reply.json();
        ApiHandler.send(response, callback, new com.google.gson.Gson().toJson(json));
        return true;
    }
}
