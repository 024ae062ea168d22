/**
 * Substitution of {@code {{ ds }}}-style placeholders in task arguments. Placeholders name values;
 * they are never evaluated as code.
 */
package dev.nightshift.scheduler.template;
