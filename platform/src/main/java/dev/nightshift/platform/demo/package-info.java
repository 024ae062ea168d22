/** {@code nightshift demo}: the whole platform on a small generated lake, end to end. */
package dev.nightshift.platform.demo;
