/** The metadata store contract; {@code store.jdbc} implements it on H2 and PostgreSQL. */
package dev.nightshift.scheduler.store;
