/**
 * Geography on Uber's H3 grid: the cell of a point, the cells around it that cover a radius, and
 * great-circle distances. Used for "near me" candidates and per-region trends.
 */
package dev.nightshift.precompute.geo;
