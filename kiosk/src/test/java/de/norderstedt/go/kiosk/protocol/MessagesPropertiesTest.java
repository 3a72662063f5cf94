package de.norderstedt.go.kiosk.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the agent protocol over random messages of every type (a new message type
 * is covered by being one) and random damage to their text (a failing case names its
 * seed; {@code @Seed} on the method repeats it): every message comes back as itself; any
 * text, however damaged, is read as a message or refused with
 * {@link IllegalArgumentException}, never with another error that could end a connection.
 */
@ExtendWith(InstancioExtension.class)
class MessagesPropertiesTest {

	@Test
	void everyMessageOfEveryTypeRoundTrips() {
		for (Class<?> type : AgentMessage.class.getPermittedSubclasses()) {
			for (int i = 0; i < 50; i++) {
				AgentMessage message = (AgentMessage) Instancio.create(type);
				assertThat(Messages.readAgent(Messages.write(message))).isEqualTo(message);
			}
		}
		for (Class<?> type : PortalMessage.class.getPermittedSubclasses()) {
			for (int i = 0; i < 50; i++) {
				PortalMessage message = (PortalMessage) Instancio.create(type);
				assertThat(Messages.readPortal(Messages.write(message))).isEqualTo(message);
			}
		}
	}

	@Test
	void damagedTextIsAMessageOrRefused() {
		List<String> texts = new ArrayList<>();
		for (Class<?> type : AgentMessage.class.getPermittedSubclasses()) {
			texts.addAll(damaged(Messages.write((AgentMessage) Instancio.create(type))));
		}
		for (Class<?> type : PortalMessage.class.getPermittedSubclasses()) {
			texts.addAll(damaged(Messages.write((PortalMessage) Instancio.create(type))));
		}
		texts.addAll(Instancio.gen().string().length(0, 200).allowEmpty().unicode().list(300));
		for (String text : texts) {
			readsOrRefuses(text, Messages::readAgent);
			readsOrRefuses(text, Messages::readPortal);
		}
	}

	private static void readsOrRefuses(String text, Function<String, ?> read) {
		try {
			assertThat(read.apply(text)).isNotNull();
		}
		catch (IllegalArgumentException refused) {
			assertThat(refused).hasMessageNotContaining("\n");
		}
	}

	/** The text with characters cut out, doubled or replaced by JSON's own characters. */
	private static List<String> damaged(String json) {
		List<String> damaged = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			StringBuilder text = new StringBuilder(json);
			int changes = Instancio.gen().ints().range(1, 4).get();
			for (int c = 0; c < changes && !text.isEmpty(); c++) {
				int at = Instancio.gen().ints().range(0, text.length() - 1).get();
				switch (Instancio.gen().ints().range(0, 2).get()) {
					case 0 -> text.deleteCharAt(at);
					case 1 -> text.insert(at, text.charAt(at));
					default ->
						text.setCharAt(at, Instancio.gen().oneOf('"', '{', '}', ':', ',', '[', '0', '-', 'x').get());
				}
			}
			damaged.add(text.toString());
		}
		return damaged;
	}

}
