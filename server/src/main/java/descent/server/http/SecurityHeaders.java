package descent.server.http;

import io.javalin.http.Context;

/**
 * Headers sent with every response.
 *
 * <p>The Content-Security-Policy allows scripts only from this server, never inline. It needs
 * 'wasm-unsafe-eval' to compile WebAssembly, and 'unsafe-eval' because TeaVM 0.16's WasmGC
 * runtime builds its JavaScript interop glue with {@code new Function} while loading; without it
 * the Wasm backend fails with an EvalError (the JavaScript backend needs neither). See
 * docs/architecture.md.
 *
 * <p>Every page refuses to be framed ({@code frame-ancestors 'none'}) except views made to be
 * embedded: their route calls {@link #allowEmbedding} after the default was applied.
 */
public final class SecurityHeaders {
  private static final String BASE_POLICY = String.join("; ",
      "default-src 'self'",
      "script-src 'self' 'wasm-unsafe-eval' 'unsafe-eval'",
      "style-src 'self'",
      "img-src 'self' data: blob:",
      "connect-src 'self'",
      "font-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'");
  static final String CONTENT_SECURITY_POLICY = BASE_POLICY + "; frame-ancestors 'none'";
  static final String EMBEDDABLE_POLICY = BASE_POLICY + "; frame-ancestors *";

  private SecurityHeaders() {
  }

  /** The default for every response (a before-handler). */
  public static void apply(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
  }

  /** The per-route override for embeddable views such as /embed/{id}: any site may frame them. */
  public static void allowEmbedding(Context ctx) {
    ctx.header("Content-Security-Policy", EMBEDDABLE_POLICY);
  }
}
