/**
 * The critical path method over working-day integers and the working calendars that map them to dates: plain Java, no framework.
 * Open to other modules as the {@code engine} interface, so a forecast can rerun the compiled network.
 */
@org.springframework.modulith.NamedInterface("engine")
package dev.tandem.schedule.engine;
