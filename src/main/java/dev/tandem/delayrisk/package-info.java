/**
 * Predicts which open items and milestones will finish after their planned date, from a model trained on the
 * organisation's finished work (a documented rule while there is too little), says why, and warns PM and EM once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Delay risk",
        allowedDependencies = {"shared", "system", "identity", "portfolio", "workitem", "schedule", "reporting",
                "livestream"})
package dev.tandem.delayrisk;
