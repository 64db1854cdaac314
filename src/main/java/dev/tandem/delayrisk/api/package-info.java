/** The delay-risk JSON API: a project's risks, and the model versions for administrators. */
package dev.tandem.delayrisk.api;
