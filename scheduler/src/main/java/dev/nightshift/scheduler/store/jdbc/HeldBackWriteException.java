package dev.nightshift.scheduler.store.jdbc;

import dev.nightshift.scheduler.store.StoreException;
import java.sql.SQLException;

/**
 * The updates a transaction held back could not be written when its next statement came. Named
 * apart from that statement's own failure, so that a caller reading the statement's SQL state
 * (a duplicate run, say) does not take the held-back write's state for it.
 */
final class HeldBackWriteException extends StoreException {
  HeldBackWriteException(String nextStatement, SQLException cause) {
    super("could not write the changes held back before '" + nextStatement + "'", cause);
  }
}
