package dev.tandem.identity;

/**
 * How people may sign in, for the sign-in page: {@code ssoProvider} is null without single sign-on;
 * {@code passwords} whether a password is taken at all (Tandem's own or the LDAP directory's).
 */
public record SignInOptions(String ssoProvider, boolean passwords) {
}
