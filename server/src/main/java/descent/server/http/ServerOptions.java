package descent.server.http;

/**
 * How the HTTP server listens.
 *
 * @param host the address to bind
 * @param port the port; 0 picks a free one
 */
public record ServerOptions(String host, int port) {
}
