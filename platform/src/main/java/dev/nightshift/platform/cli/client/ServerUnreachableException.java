package dev.nightshift.platform.cli.client;

/** Nothing answers at the server's address. */
public class ServerUnreachableException extends RuntimeException {
  public ServerUnreachableException(String url) {
    super(
        "no Nightshift server answers at "
            + url
            + ": start one with ./nightshift server or"
            + " ./nightshift demo, or point --url (or NIGHTSHIFT_URL) at a running one");
  }
}
