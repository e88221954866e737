/**
 * The session of the running Castellan workbench: the installation that is open and the user
 * logged in to it, published as an OSGi service for the UI bundles of every concern.
 */
package org.castellan.app.session;
