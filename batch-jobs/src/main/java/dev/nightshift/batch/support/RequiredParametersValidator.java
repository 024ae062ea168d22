package dev.nightshift.batch.support;

import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersValidator;

/**
 * Refuses a launch without {@code lake} or {@code date}: nothing to identify the run by. Values
 * are checked by the job's first step, so that a bad date or a lake that does not exist is a
 * failed job execution with the reason as its exit description.
 */
public final class RequiredParametersValidator implements JobParametersValidator {
  @Override
  public void validate(JobParameters parameters) throws InvalidJobParametersException {
    for (String name : new String[] {BuildParameters.LAKE, BuildParameters.DATE}) {
      String value = parameters == null ? null : parameters.getString(name);
      if (value == null || value.isBlank()) {
        throw new InvalidJobParametersException(
            "job parameter '" + name + "' is required (" + BuildParameters.LAKE + "=<lake>, "
                + BuildParameters.DATE + "=YYYY-MM-DD)");
      }
    }
  }
}
