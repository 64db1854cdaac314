package dev.tandem.identity;

/** How people may sign in, for the sign-in page: {@code ssoProvider} is null without single sign-on. */
public record SignInOptions(String ssoProvider, boolean localPasswords) {
}
