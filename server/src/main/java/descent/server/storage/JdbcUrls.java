package descent.server.storage;

import java.util.regex.Pattern;

/** Helpers for JDBC URLs given on the command line. */
public final class JdbcUrls {
  // Passwords may sit in the query (password=...) or in user info (//user:secret@host).
  private static final Pattern PASSWORD_PARAMETER =
      Pattern.compile("(?i)([?&;]password=)[^&;]*");
  private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/:@]*):[^/@]*@");

  private JdbcUrls() {
  }

  /** The URL with any password replaced by {@code ***}, for messages and logs. */
  public static String redact(String url) {
    if (url == null) {
      return null;
    }
    String withoutParameter = PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
    return USER_INFO_PASSWORD.matcher(withoutParameter).replaceAll("$1:***@");
  }

  public static boolean isPostgres(String url) {
    return url.startsWith("jdbc:postgresql:");
  }
}
