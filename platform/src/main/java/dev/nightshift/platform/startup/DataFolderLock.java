package dev.nightshift.platform.startup;

import dev.nightshift.platform.cli.client.ExitCodes;
import dev.nightshift.platform.cli.client.StartupFailure;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Properties;

/**
 * The claim of one Nightshift on its data folder: an OS lock on {@value #FILE}, which also holds the
 * holder's pid and port so that a second Nightshift can name them. The OS drops the lock when the
 * process dies, so a crash leaves no stale claim.
 */
final class DataFolderLock implements AutoCloseable {
  static final String FILE = "nightshift.lock";

  private final Path dataDir;
  private final FileChannel channel;
  private final FileLock lock;

  private DataFolderLock(Path dataDir, FileChannel channel, FileLock lock) {
    this.dataDir = dataDir;
    this.channel = channel;
    this.lock = lock;
  }

  /** Creates the folder if needed, checks it can be used, and claims it for {@code port}. */
  static DataFolderLock claim(Path dataDir, int port) {
    Path dir = dataDir.toAbsolutePath().normalize();
    usable(dir);
    FileChannel channel;
    try {
      channel =
          FileChannel.open(
              dir.resolve(FILE),
              StandardOpenOption.CREATE,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw unusable(dir, "cannot write " + FILE + " in it (" + e.getMessage() + ")");
    }
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException heldInThisProcess) {
      lock = null;
    } catch (IOException e) {
      close(channel);
      throw unusable(dir, "cannot lock " + FILE + " in it (" + e.getMessage() + ")");
    }
    if (lock == null) {
      String holder = holder(channel);
      close(channel);
      throw new StartupFailure(
          ExitCodes.DATA_FOLDER_IN_USE,
          "the data folder " + dir + " is in use by another Nightshift" + holder
              + "\nstop it, or give this one another folder with --data-dir");
    }
    DataFolderLock claimed = new DataFolderLock(dir, channel, lock);
    claimed.announce(port);
    return claimed;
  }

  /** Writes who holds the folder: this process, listening on {@code port}. */
  void announce(int port) {
    String text = "pid=" + ProcessHandle.current().pid() + "\nport=" + port + "\n";
    try {
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
      channel.force(false);
    } catch (IOException e) {
      throw unusable(dataDir, "cannot write " + FILE + " in it (" + e.getMessage() + ")");
    }
  }

  Path dataDir() {
    return dataDir;
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException alreadyReleased) {
      // The channel is closed next, which releases it anyway.
    }
    close(channel);
  }

  private static void usable(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      String reason =
          e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null
              ? fs.getReason()
              : e.getMessage();
      throw unusable(dir, "it cannot be created (" + reason + ")");
    }
    if (!Files.isReadable(dir) || !Files.isWritable(dir) || !Files.isExecutable(dir)) {
      throw unusable(dir, "it is not readable and writable by this user");
    }
  }

  private static StartupFailure unusable(Path dir, String why) {
    return new StartupFailure(
        ExitCodes.DATA_FOLDER_UNUSABLE,
        "the data folder " + dir + " cannot be used: " + why
            + "\ngive a folder this user can write with --data-dir");
  }

  /** " (pid 123, port 8080)" from the holder's lock file, or "" when it wrote nothing yet. */
  private static String holder(FileChannel channel) {
    try {
      ByteBuffer buffer = ByteBuffer.allocate(256);
      channel.read(buffer, 0);
      Properties properties = new Properties();
      properties.load(
          new java.io.StringReader(
              new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8)));
      String pid = properties.getProperty("pid");
      String port = properties.getProperty("port");
      if (pid == null) {
        return "";
      }
      return " (pid " + pid + (port == null ? "" : ", port " + port) + ")";
    } catch (IOException unreadable) {
      return "";
    }
  }

  private static void close(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // Closing a lock file cannot lose anything.
    }
  }
}
