package dev.nightshift.precompute.lake;

import dev.nightshift.precompute.model.Message;
import java.time.LocalDate;

/**
 * Run in a child JVM by the crash tests: writes {@code files} full part files and half of the next
 * one into a staged partition, prints "written", then waits on stdin without committing, until it
 * is killed.
 */
public final class UnfinishedWriterMain {
  static final int ROWS_PER_FILE = 500;

  public static void main(String[] args) throws Exception {
    String lakeLocation = args[0];
    LocalDate day = LocalDate.parse(args[1]);
    int files = Integer.parseInt(args[2]);
    Lake lake = Lake.open(lakeLocation);
    StagedPartition<Message> staged = lake.stage(Datasets.MESSAGES, day);
    RowWriter<Message> writer = staged.writer(0, FileRoll.everyRows(ROWS_PER_FILE));
    for (Message message :
        SampleRows.messages(10, ROWS_PER_FILE * files / 10 + ROWS_PER_FILE / 20)) {
      writer.write(message);
    }
    System.out.println("written");
    System.out.flush();
    System.in.read();
  }

  private UnfinishedWriterMain() {}
}
