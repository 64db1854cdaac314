/** Pages of planning: charter and kick-off. */
package dev.tandem.planning.web;
