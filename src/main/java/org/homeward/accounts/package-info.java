/**
 * Who is signed in: staff, operator, family and inmate credentials, sign-in for the API
 * (bearer tokens) and for pages (cookie sessions with CSRF), and the rules that decide
 * which paths need which caller.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
@org.jspecify.annotations.NullMarked
package org.homeward.accounts;
