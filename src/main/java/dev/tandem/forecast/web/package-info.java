/** The forecast page with its SVG chart. */
package dev.tandem.forecast.web;
