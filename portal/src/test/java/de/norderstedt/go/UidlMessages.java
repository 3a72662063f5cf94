package de.norderstedt.go;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Vaadin's client-to-server messages as a browser sends them, for tests and benchmarks
 * that speak the protocol over plain HTTP.
 */
public final class UidlMessages {

	private UidlMessages() {
	}

	/**
	 * The body of a UIDL request that navigates the page to a route (the router's
	 * {@code ui-navigate} event on the UI's root node).
	 */
	public static String navigation(String route, String csrfToken, int syncId, int clientId) {
		JsonObject navigation = new JsonObject();
		navigation.addProperty("route", route);
		navigation.addProperty("query", "");
		navigation.addProperty("appShellTitle", "");
		navigation.add("historyState", JsonParser.parseString("{\"idx\":0}"));
		navigation.addProperty("trigger", "");
		JsonObject event = new JsonObject();
		event.addProperty("type", "event");
		event.addProperty("node", 1);
		event.addProperty("event", "ui-navigate");
		event.add("data", navigation);
		JsonArray rpc = new JsonArray();
		rpc.add(event);
		JsonObject message = new JsonObject();
		message.addProperty("csrfToken", csrfToken);
		message.add("rpc", rpc);
		message.addProperty("syncId", syncId);
		message.addProperty("clientId", clientId);
		return message.toString();
	}

}
