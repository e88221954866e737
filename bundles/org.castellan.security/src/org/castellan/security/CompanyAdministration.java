package org.castellan.security;

import java.util.List;
import java.util.Set;

/**
 * The installation's companies (the "sociétés" of an accounting installation, the directories of
 * a payroll one, the centres of a retail chain): users open their sessions in one of them, and
 * bans and exclusive processing name them by code. A company is never deleted: archived, it keeps
 * its history (sessions, bans, journal rows) and refuses new sessions.
 * <p>
 * Every change checks in the service that the acting user holds
 * {@link AccountService#ADMINISTER_RIGHT}; a refusal saves nothing. Codes are compared without
 * letter case: {@code ACME} and {@code acme} are the same company, and one cannot be created
 * beside the other.
 * <p>
 * Publishes {@value #TOPIC_COMPANY_CHANGED} (properties {@code company}, {@code actor},
 * {@code timestamp}, {@code change}: {@code created}, {@code renamed}, {@code archived} or
 * {@code reactivated}, and {@code before} / {@code after}: the company's name and state) for the
 * audit journal. A change that changes nothing (an archived company archived again) publishes
 * nothing.
 *
 * @since 0.1
 */
public interface CompanyAdministration {

    String TOPIC_COMPANY_CHANGED = "org/castellan/security/company/CHANGED"; //$NON-NLS-1$

    /** Longest code: it is typed at login. */
    int MAXIMUM_CODE = 20;

    /** Longest name the tables hold. */
    int MAXIMUM_NAME = 120;

    /**
     * A company as administrators see it.
     *
     * @param version the stored version
     */
    record CompanyView(String code, String name, boolean archived, long version) {
    }

    /** Every company, archived ones included, in the installation's order. Anyone may read them. */
    List<CompanyView> companies() throws AccountException;

    /**
     * Creates a company. Refused when the code is empty, longer than {@value #MAXIMUM_CODE}
     * characters or holds anything but letters, digits, {@code -} and {@code _}; when a company
     * has the code already, letter case ignored; or when the name is empty or too long.
     */
    void createCompany(AuthenticatedUser actor, String code, String name) throws AccountException;

    /**
     * Gives a company another name; its code, which its history names, stays.
     *
     * @return whether the name changed
     */
    boolean renameCompany(AuthenticatedUser actor, String code, String newName) throws AccountException;

    /**
     * Archives a company, or makes an archived one active again.
     *
     * @return whether its state changed
     */
    boolean setArchived(AuthenticatedUser actor, String code, boolean archived) throws AccountException;

    /**
     * Where a user works and, for a security administrator, what he administers: company codes, an
     * empty set meaning every company (a global administrator, for {@code administers}).
     *
     * @param worksIn    the companies he may open sessions in
     * @param administers the companies whose sessions and bans he administers, when he holds the right to
     */
    record CompanyScope(Set<String> worksIn, Set<String> administers) {

        /** Every company, for both. */
        public static final CompanyScope EVERYWHERE = new CompanyScope(Set.of(), Set.of());

        public CompanyScope {
            worksIn = Set.copyOf(worksIn);
            administers = Set.copyOf(administers);
        }
    }

    /** A user's scope, for administrators. */
    CompanyScope scopeOf(AuthenticatedUser actor, String login) throws AccountException;

    /**
     * Limits a user to some companies, and what he administers to some of them (codes, letter case
     * ignored; empty sets for every company). Only a global administrator may: one limited to some
     * companies cannot widen anyone's scope, his own included; nor may a change leave the
     * installation without a global administrator. Journaled as a change of the user
     * ({@link UserAdministration#TOPIC_USER_CHANGED}, with the scope before and after).
     *
     * @return whether the scope changed
     */
    boolean setScope(AuthenticatedUser actor, String login, CompanyScope scope) throws AccountException;

    /** The active companies {@code user} may work in, in the installation's order: what he chooses from at login. */
    List<CompanyView> companiesFor(AuthenticatedUser user) throws AccountException;
}
