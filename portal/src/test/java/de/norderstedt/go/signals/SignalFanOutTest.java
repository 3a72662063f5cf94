package de.norderstedt.go.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The keys of one change travel in as few signals as fit 200 characters each.
 */
class SignalFanOutTest {

	@Test
	void keys_are_joined_by_commas_into_signals_of_at_most_200_characters() {
		List<String> keys = IntStream.rangeClosed(1, 100).mapToObj(n -> String.valueOf(100000 + n)).toList();

		List<String> payloads = SignalFanOut.payloads(keys);

		assertThat(payloads).allSatisfy(payload -> assertThat(payload).hasSizeLessThanOrEqualTo(200));
		assertThat(payloads).hasSize(4);
		assertThat(String.join(",", payloads).split(",")).containsExactlyElementsOf(keys);
	}

	@Test
	void one_key_is_one_signal() {
		assertThat(SignalFanOut.payloads(List.of("42"))).containsExactly("42");
	}

	@Test
	void a_key_with_a_comma_or_none_at_all_is_refused() {
		assertThatThrownBy(() -> SignalFanOut.payloads(List.of("1,2"))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> SignalFanOut.payloads(List.of(""))).isInstanceOf(IllegalArgumentException.class);
	}

}
