/**
 * Listens to what people must act on: keeps an in-app inbox per person, and sends e-mails and chat messages through
 * an outbox as each person and project chose; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
        allowedDependencies = {"shared", "system", "identity", "portfolio", "change", "delayrisk", "meeting", "query"})
package dev.tandem.notification;
