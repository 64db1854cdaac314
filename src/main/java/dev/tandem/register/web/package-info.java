/** Pages of the registers: risk register, tech debt and buffer, scorecards. */
package dev.tandem.register.web;
