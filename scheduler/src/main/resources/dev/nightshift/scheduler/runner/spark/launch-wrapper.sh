#!/bin/sh
# Runs the real spark-submit for Nightshift's spark runner: records this wrapper's pid first and
# the exit code last (each file appears whole, by a rename), so that a restarted scheduler can
# find the application and learn how it ended.
echo $$ > "$NIGHTSHIFT_PID_FILE.tmp" && mv "$NIGHTSHIFT_PID_FILE.tmp" "$NIGHTSHIFT_PID_FILE"
SPARK_HOME="$NIGHTSHIFT_SPARK_HOME" "$NIGHTSHIFT_SPARK_HOME/bin/spark-submit" "$@"
code=$?
echo $code > "$NIGHTSHIFT_EXIT_FILE.tmp" && mv "$NIGHTSHIFT_EXIT_FILE.tmp" "$NIGHTSHIFT_EXIT_FILE"
exit $code
