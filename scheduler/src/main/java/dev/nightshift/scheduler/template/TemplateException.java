package dev.nightshift.scheduler.template;

/** A placeholder that cannot be substituted; the message names it and where it was written. */
public class TemplateException extends RuntimeException {
  public TemplateException(String message) {
    super(message);
  }
}
