package org.castellan.security;

/**
 * The login and password were right, but the password has expired: the user must choose a new
 * one ({@link AccountService#changePassword}) before he can log in.
 *
 * @since 0.1
 */
public class PasswordExpiredException extends AccountException {

    private static final long serialVersionUID = 1L;

    public PasswordExpiredException(String message) {
        super(message);
    }
}
