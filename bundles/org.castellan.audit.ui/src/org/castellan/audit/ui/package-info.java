/**
 * What the Audit workbench bundle offers other UI bundles: the logins chart.
 *
 * @since 0.1
 */
package org.castellan.audit.ui;
