/** DAG definitions: the model, the YAML file format, its validation and the watched DAG folder. */
package dev.nightshift.scheduler.dag;
