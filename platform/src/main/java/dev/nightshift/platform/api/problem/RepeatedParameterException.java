package dev.nightshift.platform.api.problem;

import org.springframework.web.bind.ServletRequestBindingException;

/** A single-valued query parameter given more than once: which value was meant is unknown. */
final class RepeatedParameterException extends ServletRequestBindingException {
  private final String parameter;

  RepeatedParameterException(String parameter, int times) {
    super("query parameter '" + parameter + "' is given " + times + " times; give it once");
    this.parameter = parameter;
  }

  String parameter() {
    return parameter;
  }
}
