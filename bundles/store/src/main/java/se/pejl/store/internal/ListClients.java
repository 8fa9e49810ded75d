package se.pejl.store.internal;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import se.pejl.api.ClientRef;
import se.pejl.api.InvalidInputException;

/**
 * A list read's clients as {@code AUDIT_ENTRY.CLIENTS} holds them: a JSON array of their references
 * in the order read. JSON, as any SQL tool can read it and a host's reference may hold any
 * character, a separator too.
 */
final class ListClients {
  private final JsonProvider json;

  ListClients(JsonProvider json) {
    this.json = json;
  }

  String write(List<ClientRef> clients) {
    JsonArrayBuilder array = json.createArrayBuilder();
    clients.forEach(c -> array.add(c.value()));
    return array.build().toString();
  }

  /** The clients, or null when the text is no array of references (changed by hand). */
  List<ClientRef> read(String text) {
    try (JsonReader reader = json.createReader(new StringReader(text))) {
      JsonArray array = reader.readArray();
      List<ClientRef> clients = new ArrayList<>(array.size());
      for (int i = 0; i < array.size(); i++) {
        clients.add(new ClientRef(array.getJsonString(i).getString()));
      }
      return clients;
    } catch (JsonException | ClassCastException | InvalidInputException e) {
      return null;
    }
  }
}
