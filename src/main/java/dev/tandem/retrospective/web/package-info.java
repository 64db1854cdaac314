/** The pages of retrospectives, process templates and a project's process. */
package dev.tandem.retrospective.web;
