/**
 * Accounts, roles and sign-in. Other modules use {@link org.claimdesk.security.Role},
 * {@link org.claimdesk.security.Roles}, {@link org.claimdesk.security.CurrentUser} and
 * {@link org.claimdesk.security.AccountService}; how sign-in works stays in {@code internal}.
 */
@NullMarked
package org.claimdesk.security;

import org.jspecify.annotations.NullMarked;
