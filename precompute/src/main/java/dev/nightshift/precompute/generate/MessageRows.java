package dev.nightshift.precompute.generate;

import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.lake.FileRoll;
import dev.nightshift.precompute.lake.RowWriter;
import dev.nightshift.precompute.model.Message;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Chat messages of each day between two users of the same city. {@code seq} numbers a
 * conversation's messages 1, 2, 3, ... across the generated days. Like a chat service flushing
 * every few minutes, each day lands in many small files in arrival (time) order, which is what file
 * compaction then merges and sorts by conversation.
 */
final class MessageRows {
  private static final int CONVERSATIONS_PER_SLICE = 2_000;
  private static final int FILES_PER_DAY = 64;
  private static final int MIN_ROWS_PER_FILE = 100;
  private static final Comparator<Message> ARRIVAL =
      Comparator.comparing(Message::sentAt)
          .thenComparingLong(Message::conversationId)
          .thenComparingLong(Message::seq);

  private MessageRows() {}

  /** Small files on purpose: about {@value #FILES_PER_DAY} per day. */
  static FileRoll roll(Volumes volumes) {
    return FileRoll.everyRows(
        Math.max(MIN_ROWS_PER_FILE, volumes.messagesPerDay() / FILES_PER_DAY));
  }

  static List<SliceTask> tasks(World world) {
    List<SliceTask.Range> conversations =
        SliceTask.ranges(world.volumes.conversations(), CONVERSATIONS_PER_SLICE);
    List<LocalDate> dates = world.config.dates();
    List<SliceTask> tasks = new ArrayList<>();
    for (int d = 0; d < dates.size(); d++) {
      List<LocalDate> earlierDays = dates.subList(0, d);
      for (SliceTask.Range range : conversations) {
        long planned = Math.round(range.size() * world.volumes.meanMessagesPerConversationDay());
        tasks.add(
            SliceTask.of(
                Datasets.MESSAGES,
                dates.get(d),
                range.slice(),
                planned,
                out -> write(world, out, earlierDays, range.first(), range.last())));
      }
    }
    return tasks;
  }

  private static void write(
      World world, SliceOutput out, List<LocalDate> earlierDays, long first, long last) {
    Instant dayStart = out.day().atStartOfDay().toInstant(ZoneOffset.UTC);
    List<Message> messages = new ArrayList<>();
    for (long conversation = first; conversation <= last; conversation++) {
      SplittableRandom people = Mix.random(world.seed(), "conversation", conversation);
      long a = world.population.anyUser(people);
      long b = world.population.userIn(world.population.cityOf(a), people);
      b = b == a ? a % world.population.size() + 1 : b;
      long seq = 1;
      for (LocalDate earlier : earlierDays) {
        seq += count(world, conversation, earlier);
      }
      SplittableRandom random =
          Mix.random(world.seed(), "messages", conversation, out.day().toEpochDay());
      long[] times = new long[count(world, conversation, out.day())];
      for (int i = 0; i < times.length; i++) {
        times[i] = Draw.msOfDay(random);
      }
      Arrays.sort(times);
      for (long time : times) {
        long sender = random.nextBoolean() ? a : b;
        messages.add(
            new Message(
                conversation, seq++, sender, dayStart.plusMillis(time), Texts.message(random)));
      }
    }
    messages.sort(ARRIVAL);
    RowWriter<Message> writer = out.writer(Datasets.MESSAGES);
    messages.forEach(writer::write);
  }

  private static int count(World world, long conversation, LocalDate day) {
    double weight =
        Draw.paretoWeight(Mix.unit(Mix.hash(world.seed(), "conversation-weight", conversation)));
    return Draw.poisson(
        Mix.random(world.seed(), "message-count", conversation, day.toEpochDay()),
        world.volumes.meanMessagesPerConversationDay() * weight);
  }
}
