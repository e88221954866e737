package org.castellan.directory.internal;

import java.io.IOException;
import java.util.Hashtable;
import java.util.Locale;

import javax.naming.CommunicationException;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.naming.ldap.InitialLdapContext;
import javax.naming.ldap.LdapContext;
import javax.naming.ldap.StartTlsRequest;
import javax.naming.ldap.StartTlsResponse;
import javax.net.ssl.SSLSocketFactory;

import org.castellan.directory.DirectorySettings;

/**
 * One connection to one directory server through the JDK's LDAP client (JNDI): opened without a
 * bind, secured (LDAPS, or StartTLS when the settings ask for it) before anything else is sent, then
 * bound with a DN and a password that must not be empty: never an anonymous bind.
 */
final class DirectoryConnection implements AutoCloseable {

    private final LdapContext context;
    private final StartTlsResponse tls;

    private DirectoryConnection(LdapContext context, StartTlsResponse tls) {
        this.context = context;
        this.tls = tls;
    }

    /**
     * Connects to {@code url} and secures the connection as the settings say; binds nothing yet.
     *
     * @throws NamingException a {@link CommunicationException} when no server answers or TLS fails
     */
    static DirectoryConnection open(String url, DirectorySettings settings, SSLSocketFactory trust) throws NamingException {
        Hashtable<String, Object> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory"); //$NON-NLS-1$
        env.put(Context.PROVIDER_URL, url);
        env.put(Context.SECURITY_AUTHENTICATION, "none"); //$NON-NLS-1$
        env.put(Context.REFERRAL, "ignore"); //$NON-NLS-1$
        env.put("java.naming.ldap.version", "3"); //$NON-NLS-1$ //$NON-NLS-2$
        env.put("com.sun.jndi.ldap.connect.timeout", Long.toString(settings.connectTimeout().toMillis())); //$NON-NLS-1$
        env.put("com.sun.jndi.ldap.read.timeout", Long.toString(settings.readTimeout().toMillis())); //$NON-NLS-1$
        env.put("java.naming.ldap.attributes.binary", ""); //$NON-NLS-1$ //$NON-NLS-2$
        boolean ldaps = url.toLowerCase(Locale.ROOT).startsWith("ldaps:"); //$NON-NLS-1$
        if (ldaps) {
            env.put("java.naming.ldap.factory.socket", LdapsSocketFactory.class.getName()); //$NON-NLS-1$
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        LdapContext context;
        try {
            // JNDI loads the socket factory by name through the context class loader: this bundle's.
            thread.setContextClassLoader(DirectoryConnection.class.getClassLoader());
            LdapsSocketFactory.set(trust);
            context = new InitialLdapContext(env, null);
        } finally {
            LdapsSocketFactory.clear();
            thread.setContextClassLoader(previous);
        }
        if (ldaps || !settings.startTls()) {
            return new DirectoryConnection(context, null);
        }
        try {
            StartTlsResponse response = (StartTlsResponse) context.extendedOperation(new StartTlsRequest());
            response.negotiate(trust);
            return new DirectoryConnection(context, response);
        } catch (IOException e) {
            close(context);
            CommunicationException failure = new CommunicationException(e.getMessage());
            failure.setRootCause(e);
            throw failure;
        } catch (NamingException | RuntimeException e) {
            close(context);
            throw e;
        }
    }

    /**
     * Binds as {@code dn} with {@code password} on this connection (over its TLS when secured).
     *
     * @throws IllegalArgumentException when the DN or the password is empty: never an anonymous bind
     * @throws NamingException          an {@link javax.naming.AuthenticationException} when the directory refuses
     */
    void bind(String dn, char[] password) throws NamingException {
        bind(dn, password, null);
    }

    /**
     * The same bind with request controls (a user's bind asks for the password policy control);
     * {@link #responseControls()} then holds the directory's answer, refused or not.
     */
    void bind(String dn, char[] password, javax.naming.ldap.Control[] controls) throws NamingException {
        if (dn.isEmpty() || password == null || password.length == 0) {
            throw new IllegalArgumentException("an empty DN or password would be an anonymous bind"); //$NON-NLS-1$
        }
        context.addToEnvironment(Context.SECURITY_AUTHENTICATION, "simple"); //$NON-NLS-1$
        context.addToEnvironment(Context.SECURITY_PRINCIPAL, dn);
        // kept in the context until it closes: removed earlier, JNDI would re-bind with the DN and no
        // password (an unauthenticated bind) before the next operation
        context.addToEnvironment(Context.SECURITY_CREDENTIALS, password.clone());
        context.reconnect(controls);
    }

    /** The controls of the last answer (of a bind too, even one that was refused). */
    javax.naming.ldap.Control[] responseControls() throws NamingException {
        return context.getResponseControls();
    }

    /** The DNs of the entries under {@code base} that match {@code filter}; at most {@code limit}. */
    java.util.List<String> search(String base, String filter, int limit) throws NamingException {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setReturningAttributes(new String[] { "1.1" }); //$NON-NLS-1$ (no attribute: the DN only)
        controls.setCountLimit(limit);
        controls.setTimeLimit((int) Math.min(Integer.MAX_VALUE, context.getEnvironment().containsKey("com.sun.jndi.ldap.read.timeout") //$NON-NLS-1$
                ? Long.parseLong((String) context.getEnvironment().get("com.sun.jndi.ldap.read.timeout")) : 0)); //$NON-NLS-1$
        java.util.List<String> found = new java.util.ArrayList<>();
        NamingEnumeration<SearchResult> results = context.search(base, filter, controls);
        try {
            while (found.size() < limit && results.hasMore()) {
                found.add(results.next().getNameInNamespace());
            }
        } catch (javax.naming.SizeLimitExceededException e) {
            // more than asked for: what was read tells the caller enough
        } finally {
            results.close();
        }
        return found;
    }

    /** An entry a search found: its DN and the attributes asked for (each attribute's values as text). */
    record Entry(String dn, java.util.Map<String, java.util.List<String>> attributes) {

        /** The first value of {@code attribute} (matched without regard to case), empty when none. */
        String first(String attribute) {
            return values(attribute).stream().findFirst().orElse(""); //$NON-NLS-1$
        }

        java.util.List<String> values(String attribute) {
            return attributes.getOrDefault(attribute.toLowerCase(Locale.ROOT), java.util.List.of());
        }
    }

    /**
     * The entries under {@code base} ({@code scope} one of {@link SearchControls}' scopes) that match
     * {@code filter}, with {@code attributes}, at most {@code limit} (0: all, read in pages of 500 so
     * that a server's page size, such as Active Directory's 1,000, is never reached).
     */
    java.util.List<Entry> entries(String base, int scope, String filter, String[] attributes, int limit) throws NamingException {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(scope);
        controls.setReturningAttributes(attributes);
        controls.setCountLimit(limit);
        java.util.List<Entry> found = new java.util.ArrayList<>();
        byte[] cookie = null;
        try {
            do {
                if (limit == 0) {
                    context.setRequestControls(new javax.naming.ldap.Control[] {
                            new javax.naming.ldap.PagedResultsControl(500, cookie, javax.naming.ldap.Control.CRITICAL) });
                }
                NamingEnumeration<SearchResult> results = context.search(base, filter, controls);
                try {
                    while ((limit == 0 || found.size() < limit) && results.hasMore()) {
                        SearchResult result = results.next();
                        found.add(new Entry(result.getNameInNamespace(), texts(result.getAttributes())));
                    }
                } catch (javax.naming.SizeLimitExceededException e) {
                    return found; // more than asked for
                } finally {
                    results.close();
                }
                cookie = limit == 0 ? nextPage() : null;
            } while (cookie != null && cookie.length > 0);
        } catch (IOException e) {
            NamingException failure = new NamingException(e.getMessage());
            failure.setRootCause(e);
            throw failure;
        } finally {
            if (limit == 0) {
                context.setRequestControls(null);
            }
        }
        return found;
    }

    private byte[] nextPage() throws NamingException {
        javax.naming.ldap.Control[] controls = context.getResponseControls();
        if (controls != null) {
            for (javax.naming.ldap.Control control : controls) {
                if (control instanceof javax.naming.ldap.PagedResultsResponseControl paged) {
                    return paged.getCookie();
                }
            }
        }
        return null;
    }

    private static java.util.Map<String, java.util.List<String>> texts(javax.naming.directory.Attributes attributes) throws NamingException {
        java.util.Map<String, java.util.List<String>> texts = new java.util.HashMap<>();
        NamingEnumeration<? extends javax.naming.directory.Attribute> all = attributes.getAll();
        while (all.hasMore()) {
            javax.naming.directory.Attribute attribute = all.next();
            java.util.List<String> values = new java.util.ArrayList<>();
            NamingEnumeration<?> each = attribute.getAll();
            while (each.hasMore()) {
                Object value = each.next();
                values.add(value instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8) : String.valueOf(value));
            }
            texts.put(attribute.getID().toLowerCase(Locale.ROOT), values);
        }
        return texts;
    }

    @Override
    public void close() {
        if (tls != null) {
            try {
                tls.close();
            } catch (IOException e) {
                // the connection goes anyway
            }
        }
        close(context);
    }

    private static void close(LdapContext context) {
        try {
            context.close();
        } catch (NamingException e) {
            // nothing to keep
        }
    }
}
