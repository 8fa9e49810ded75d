package se.pejl.it.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the API, logging in as a demo user (password {@code demo}). */
public final class Http {
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI api;

  public Http(URL base) {
    this.api = URI.create(base.toExternalForm().replaceAll("/$", "") + "/pejl/api/");
  }

  public record Reply(int status, String contentType, byte[] body) {
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    public JsonObject json() {
      return Json.createReader(new StringReader(text())).readObject();
    }
  }

  public Reply get(String path, String user) {
    return send(request(path, user).GET().build());
  }

  public Reply post(String path, String user, String json) {
    return send("POST", path, user, json);
  }

  public Reply put(String path, String user, String json) {
    return send("PUT", path, user, json);
  }

  public Reply patch(String path, String user, String json) {
    return send("PATCH", path, user, json);
  }

  public Reply delete(String path, String user) {
    return send(request(path, user).DELETE().build());
  }

  /** A page outside the API, e.g. {@code ../survey/<token>}, without login, as a browser asks. */
  public Reply page(String path, String language) {
    return send(request(path, null).header("Accept-Language", language).GET().build());
  }

  /** A form posted from a page, form-encoded, without login. */
  public Reply postForm(String path, String form) {
    return send(request(path, null).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
  }

  private Reply send(String method, String path, String user, String json) {
    return send(request(path, user).header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(json)).build());
  }

  /** Waits until the REST runtime serves the API (it starts after its configuration arrives). */
  public void awaitUp(Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      try {
        if (get("health", null).status() == 200) {
          return;
        }
      } catch (RuntimeException e) {
        // not listening yet
      }
      Thread.sleep(100); // polling an HTTP port: there is no tracker to wait on
    }
    throw new AssertionError("the API did not answer within " + timeout);
  }

  private HttpRequest.Builder request(String path, String user) {
    HttpRequest.Builder b = HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofSeconds(30));
    if (user != null) {
      String token = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
      b.header("Authorization", "Basic " + token);
    }
    return b;
  }

  private Reply send(HttpRequest r) {
    try {
      HttpResponse<byte[]> response = client.send(r, HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(r.uri() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
