package dev.tandem.identity;

/** The outcome of typing one's password again, for an action that a session alone may not take. */
public enum PasswordCheck {
    CONFIRMED,
    WRONG,
    /** Not checked: too many failed sign-ins from this address, or for this name from it. */
    THROTTLED
}
