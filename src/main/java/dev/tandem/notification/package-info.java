/**
 * Listens to what people must act on and keeps an in-app inbox per person; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
        allowedDependencies = {"shared", "identity", "change", "delayrisk", "meeting", "query"})
package dev.tandem.notification;
