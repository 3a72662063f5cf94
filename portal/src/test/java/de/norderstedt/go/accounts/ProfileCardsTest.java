package de.norderstedt.go.accounts;

import java.util.List;

import de.norderstedt.go.accessibility.speech.SpeechRate;
import de.norderstedt.go.database.ServerKeys;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ExtendWith(InstancioExtension.class)
class ProfileCardsTest {

	@Autowired
	ProfileCards cards;

	@Autowired
	ServerKeys keys;

	@Test
	void a_card_carries_every_display_and_speech_setting() {
		Preferences helga = new Preferences(Language.EN, TextSize.LARGEST, true, false, SpeechRate.SLOW, true, true);
		String card = this.cards.issue(helga);
		assertThat(card).matches("NGO2\\.[0-9a-f]{8}\\.en\\.200\\.CSA\\.SLOW\\.[A-Za-z0-9_-]{22}").hasSizeLessThan(70);
		assertThat(this.cards.read(card)).contains(helga);
		assertThat(this.cards.read(this.cards.issue(Preferences.DEFAULT))).contains(Preferences.DEFAULT);
	}

	@Test
	void a_changed_or_foreign_card_is_not_read() {
		String card = this.cards.issue(Preferences.DEFAULT.withTextSize(TextSize.LARGE));
		String signature = card.substring(card.lastIndexOf('.') + 1);
		char last = signature.charAt(signature.length() - 1);
		List<String> forged = List.of(card.replace(".150.", ".200."), card.replace(".-.", ".C."),
				card.substring(0, card.length() - 1) + (last == 'A' ? 'B' : 'A'), "NGO1.de.100.-.NORMAL.", "",
				"https://example.org", card + ".x", "NGO3" + card.substring(4), "NGO1" + card.substring(13),
				"NGO2.00000000" + card.substring(13));
		for (String text : forged) {
			assertThat(this.cards.read(text)).as(text).isEmpty();
		}
	}

	/**
	 * A property over random settings and random damage (a failing case names its seed;
	 * {@code @Seed} repeats it): every card reads back as the settings it was issued for,
	 * and no other text, however close, is read as any settings at all.
	 */
	@Test
	void every_card_reads_back_and_no_changed_text_is_read() {
		for (int i = 0; i < 300; i++) {
			Preferences preferences = Instancio.create(Preferences.class);
			String card = this.cards.issue(preferences);
			assertThat(this.cards.read(card)).contains(preferences);
			assertThat(this.cards.read("  " + card + "\n")).contains(preferences);
			char[] changed = card.toCharArray();
			int at = Instancio.gen().ints().range(0, changed.length - 1).get();
			changed[at] = Instancio.gen().oneOf('.', 'A', 'a', '0', '9', '-', '_', 'C', 'S', 'e', 'n', 'd').get();
			String text = new String(changed);
			if (!text.equals(card)) {
				assertThat(this.cards.read(text)).as(text).isEmpty();
			}
		}
		for (String text : Instancio.gen().string().length(0, 120).allowEmpty().unicode().list(500)) {
			assertThat(this.cards.read(text)).as(text).isEmpty();
		}
	}

	@Test
	void a_card_of_the_first_format_is_read_with_the_legacy_secret() {
		byte[] legacy = java.util.Objects.requireNonNull(this.keys.secrets("profile-card").legacy());
		assertThat(legacy).isNotNull();
		String old = "NGO1.de.150.C.SLOW";
		String card = old + "." + ProfileCards.sign(old, legacy);

		assertThat(this.cards.read(card))
			.contains(new Preferences(Language.DE, TextSize.LARGE, true, false, SpeechRate.SLOW, false, false));
		assertThat(this.cards.read(old + "." + ProfileCards.sign(old, new byte[32]))).isEmpty();
	}

}
