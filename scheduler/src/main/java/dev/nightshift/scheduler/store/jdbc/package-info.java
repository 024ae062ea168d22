/** The metadata store on JDBC: HikariCP, Flyway migrations, H2 (file) and PostgreSQL. */
package dev.nightshift.scheduler.store.jdbc;
