/** The browser pages of sprints: the backlog with its sprint plan, a sprint's page with its charts, the stand-up. */
package dev.tandem.sprint.web;
