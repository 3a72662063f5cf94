package de.norderstedt.go.notifications;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import de.norderstedt.go.web.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which push endpoints the server posts to. */
class PushEndpointsTest {

	private static final List<String> BROWSERS = List.of("fcm.googleapis.com", "updates.push.services.mozilla.com",
			"*.notify.windows.com", "web.push.apple.com", "*.push.apple.com");

	/** A name service for the test: a few names, nothing from the network. */
	private static final Map<String, byte[]> NAMES = Map.of("push.example.org", new byte[] { 93, (byte) 184, 1, 1 },
			"intranet.example.org", new byte[] { 10, 0, 0, 5 }, "metadata.example.org",
			new byte[] { (byte) 169, (byte) 254, (byte) 169, (byte) 254 }, "cgnat.example.org",
			new byte[] { 100, 64, 1, 1 });

	private static final PushEndpoints.Lookup LOOKUP = host -> {
		byte[] address = NAMES.get(host);
		if (address == null) {
			throw new UnknownHostException(host);
		}
		return new InetAddress[] { InetAddress.getByAddress(host, address) };
	};

	@Test
	void the_browsers_push_services_are_admitted_over_https_and_nothing_else_by_default() {
		PushEndpoints endpoints = new PushEndpoints(BROWSERS, false, LOOKUP);
		assertThat(endpoints.check("https://fcm.googleapis.com/fcm/send/abc"))
			.isEqualTo("https://fcm.googleapis.com/fcm/send/abc");
		assertThat(endpoints.check("https://updates.push.services.mozilla.com/wpush/v2/x")).startsWith("https://");
		assertThat(endpoints.check("https://wns2-par02p.notify.windows.com/w/?token=x")).startsWith("https://");
		assertThat(endpoints.check("https://web.push.apple.com/QGx")).startsWith("https://");
		assertThat(endpoints.check("https://api.push.apple.com/3/device/x")).startsWith("https://");

		for (String refused : new String[] { "http://fcm.googleapis.com/fcm/send/abc", "https://push.example.org/x",
				"https://notify.windows.com.example.org/x", "https://evilnotify.windows.com/x",
				"https://93.184.1.1/push/x", "http://127.0.0.1:8080/push/x", "https://localhost/push/x",
				"https://[::1]/push/x", "https://192.168.1.5/push/x", "ftp://fcm.googleapis.com/x",
				"https://user@fcm.googleapis.com/x", "", "https://" }) {
			assertThatThrownBy(() -> endpoints.check(refused)).as(refused)
				.isInstanceOfSatisfying(Refusal.class,
						refusal -> assertThat(refusal.messageKey()).isEqualTo("notifications.push.error.endpoint"));
		}
	}

	@Test
	void where_any_host_is_admitted_a_name_resolving_to_a_private_address_is_refused() {
		PushEndpoints endpoints = new PushEndpoints(List.of("*"), false, LOOKUP);
		assertThat(endpoints.check("https://push.example.org/x")).isEqualTo("https://push.example.org/x");
		for (String refused : new String[] { "https://intranet.example.org/x", "https://metadata.example.org/x",
				"https://cgnat.example.org/x", "https://unknown.example.org/x", "https://10.0.0.5/x",
				"https://[fd00::1]/x" }) {
			assertThatThrownBy(() -> endpoints.check(refused)).as(refused).isInstanceOf(Refusal.class);
		}
		// the same check as the address for a connection
		assertThatThrownBy(() -> endpoints.resolve("intranet.example.org"))
			.isInstanceOf(PushEndpoints.NonPublicAddress.class);
	}

	@Test
	void local_endpoints_only_where_allowed_for_tests() throws Exception {
		PushEndpoints tests = new PushEndpoints(BROWSERS, true, LOOKUP);
		assertThat(tests.check("http://127.0.0.1:8080/push/x")).isEqualTo("http://127.0.0.1:8080/push/x");
		assertThat(tests.check("http://localhost:8080/push/x")).startsWith("http://localhost");
		assertThatThrownBy(() -> tests.check("http://192.168.1.5/push/x")).isInstanceOf(Refusal.class);
		assertThat(tests.resolve("intranet.example.org")).hasSize(1);
	}

	@Test
	void public_means_none_of_the_special_networks() throws Exception {
		for (String address : new String[] { "127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.0.1", "169.254.169.254",
				"100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "fe80::1", "fd12:3456::1",
				"::ffff:10.0.0.1", "64:ff9b::a00:1", "198.18.0.1" }) {
			assertThat(PushEndpoints.isPublic(InetAddress.getByName(address))).as(address).isFalse();
		}
		for (String address : new String[] { "93.184.216.34", "142.250.185.10", "2a00:1450:4001:82b::200a",
				"::ffff:93.184.216.34" }) {
			assertThat(PushEndpoints.isPublic(InetAddress.getByName(address))).as(address).isTrue();
		}
	}

}
