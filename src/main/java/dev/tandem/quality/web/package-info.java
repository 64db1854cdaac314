/** The quality module's pages: reports with the coverage trend, one report, the gate and path mapping. */
package dev.tandem.quality.web;
