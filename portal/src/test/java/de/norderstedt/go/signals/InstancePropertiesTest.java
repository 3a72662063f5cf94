package de.norderstedt.go.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * {@code go.instance-id}: a pod's name is taken as it is; without one, every start picks
 * its own id; anything else is refused at start.
 */
class InstancePropertiesTest {

	@Test
	void a_pod_name_is_the_instance_id() {
		assertThat(new InstanceProperties("portal-7d9f8b6c5-x2k4q").instanceId()).isEqualTo("portal-7d9f8b6c5-x2k4q");
	}

	@Test
	void without_an_id_every_start_picks_its_own() {
		String first = new InstanceProperties(null).instanceId();
		String second = new InstanceProperties(" ").instanceId();
		assertThat(first).matches("portal-[0-9a-f]{16}");
		assertThat(second).matches("portal-[0-9a-f]{16}").isNotEqualTo(first);
	}

	@Test
	void an_id_with_other_characters_or_too_long_is_refused() {
		assertThatThrownBy(() -> new InstanceProperties("portal a")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("go.instance-id");
		assertThatThrownBy(() -> new InstanceProperties("p".repeat(101))).isInstanceOf(IllegalArgumentException.class);
	}

}
