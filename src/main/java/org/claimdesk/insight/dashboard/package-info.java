/**
 * The dashboard: how the desk is doing, for editors and admins. {@link DashboardService} computes every
 * panel for a date range and a tag in one read-only snapshot; the records in {@link Dashboard} carry the
 * figures. The definitions of the panels are in the README's "Dashboard" section.
 */
@NullMarked
package org.claimdesk.insight.dashboard;

import org.jspecify.annotations.NullMarked;
